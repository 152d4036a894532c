/**
 * The one-pass reading of a YAML document's value gives what `yaml`'s own
 * `toJS` gives, over every YAML document the project holds and over the
 * constructs that make the two differ if anything does: anchors, aliases,
 * merge keys, keys objects inherit, and documents that would expand past
 * reason.
 */
import * as yaml from 'yaml';
import { describe, expect, it } from 'vitest';
import { valueOf } from '../../generator/load/yaml-value.ts';
import { repositoryYaml } from '../helpers/yaml-files.ts';
import { aliasBomb, ANCHORED_LINES, compose } from '../helpers/yaml-read.ts';

// Compared as JSON text, key order included: toStrictEqual takes an own `constructor` key for the object's class.
const same = (actual: unknown, expected: unknown, label?: string) =>
  expect(JSON.stringify(actual), label).toBe(JSON.stringify(expected));

describe('the value of a YAML document', () => {
  it('is what toJS gives, for every YAML document in the repository that parses', () => {
    let compared = 0;
    for (const [file, text] of repositoryYaml()) {
      const doc = compose(text);
      if (doc.errors.length) continue;
      same(valueOf(yaml, doc), doc.toJS({ maxAliasCount: -1 }), file);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('is what toJS gives for anchors, aliases, merges and inherited key names', () => {
    const text = [...ANCHORED_LINES, '1.0: number key'].join('\n');
    const doc = compose(text);
    expect(doc.errors).toEqual([]);
    const value = valueOf(yaml, doc) as Record<string, unknown>;
    same(value, doc.toJS());
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // An alias is the anchored value itself, shared, as toJS gives it.
    expect((value['list'] as unknown[])[1]).toBe(value['base']);
  });

  it('refuses an alias before its anchor, and a document whose aliases expand past reason', () => {
    expect(() => valueOf(yaml, compose('a: *nowhere\nb: &nowhere 1'))).toThrow(/Unresolved alias/);
    expect(() => valueOf(yaml, compose(aliasBomb()))).toThrow(/resource exhaustion/);
  });
});
