/**
 * YAML is read from js-yaml's events when they say what `yaml` would, and
 * left to `yaml` otherwise. So what the events read must be `yaml`'s value
 * and `yaml`'s places exactly, over every YAML document the project holds,
 * over the constructs where two readers part, and over documents written
 * in every style `yaml` and js-yaml write; and what `yaml` refuses, the
 * events must leave to it.
 */
import fc from 'fast-check';
import * as jsYaml from 'js-yaml';
import * as yaml from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../generator/load/source.ts';
import { repositoryYaml } from '../helpers/yaml-files.ts';
import {
  aliasBomb,
  ANCHORED_LINES,
  fromDocument,
  fromEvents,
  placesBothWays,
  pointersOf,
} from '../helpers/yaml-read.ts';

const json = (value: unknown): string => JSON.stringify(value);

/** The events read the text, and read it as `yaml` does: value, key order and places. */
function readsAsYaml(text: string, label = text): unknown {
  const events = fromEvents(text);
  const document = fromDocument(text);
  expect(events, `${label}: read from events`).toBeDefined();
  expect(document, `${label}: read by yaml`).toBeDefined();
  expect(json(events!.value), label).toBe(json(document!.value));
  const places = placesBothWays(text);
  for (const pointer of pointersOf(document!.value))
    expect(places.events.offsetOf(pointer), `${label} ${pointer}`).toBe(places.document.offsetOf(pointer));
  return events!.value;
}

describe('YAML read from events', () => {
  it('is what yaml reads, value and places, for every YAML document in the repository; what yaml refuses is left to it', () => {
    let read = 0;
    for (const [file, text] of repositoryYaml()) {
      if (!fromEvents(text)) continue;
      readsAsYaml(text, file);
      read++;
    }
    expect(read).toBeGreaterThan(20);
    for (const [file, text] of repositoryYaml())
      if (!fromDocument(text)) expect(fromEvents(text), file).toBeUndefined();
  });

  it('reads plain scalars by the core schema as yaml has it, and keys as the strings they are written as', () => {
    const scalars = [
      ['~', 'null', 'Null', 'NULL', '', 'nULL', 'none'],
      ['true', 'True', 'TRUE', 'false', 'FALSE', 'tRUE', 'yes', 'on', 'y'],
      ['0', '-0', '+12', '007', '0o17', '0o8', '0x1F', '0X1F', '0b101', '1_000', '12345678901234567890'],
      ['1.5', '-.5', '1.', '.5e3', '1e3', '1E-3', '+.inf', '-.Inf', '.INF', '.nan', '.NaN', 'nan', '1.2.3', '1e', '.'],
      ['2024-01-01', '12:30', '1:20', '"5"', "'true'", 'v1', '-x', 'null value'],
    ].flat();
    const value = readsAsYaml(scalars.map((s, i) => `k${i}: ${s}`).join('\n')) as Record<string, unknown>;
    expect(value['k0']).toBeNull();
    expect(value[`k${scalars.indexOf('True')}`]).toBe(true);
    expect(Object.is(value[`k${scalars.indexOf('-0')}`], -0)).toBe(true);
    expect(value[`k${scalars.indexOf('0o17')}`]).toBe(15);
    expect(value[`k${scalars.indexOf('0b101')}`]).toBe('0b101');
    expect(Number.isNaN(value[`k${scalars.indexOf('.nan')}`])).toBe(true);
    expect(value[`k${scalars.indexOf('2024-01-01')}`]).toBe('2024-01-01');
    // Quoted keys left out: `'true'` is the same key as `true`, written twice.
    const plain = scalars.filter((s) => s && !/^["']/.test(s));
    const keys = readsAsYaml(plain.map((s, i) => `${s}: ${i}`).join('\n'));
    expect(Object.keys(keys as object)).toEqual(expect.arrayContaining(['~', 'true', '007', '0x1F', '1.', '.nan']));
  });

  it('reads anchors, aliases, merges and keys objects inherit as yaml does, aliases shared', () => {
    const value = readsAsYaml(
      [
        ...ANCHORED_LINES,
        'before: { b: 9, <<: *other }',
        'inline:',
        '  <<: { x: 1 }',
        '  y: 2',
        'block: |',
        '  one',
        '  two',
        'folded: >-',
        '  one',
        '  two',
        'kept: |+',
        '  end',
        '',
        'items:',
        '  - |',
        '    in a list',
        '  - "quoted"',
        "  - 'single'",
        '  - &item anchored',
        '  - *item',
        '  - - nested',
        '  - plain',
        '    continued',
      ].join('\n'),
    ) as Record<string, unknown>;
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((value['list'] as unknown[])[1]).toBe(value['base']);
    expect(value['merged']).toEqual({ a: 9, b: [1, 2] });
    expect(value['before']).toEqual({ b: 9, c: 4 });
  });

  it('leaves to yaml what only yaml reads right, and source.ts then reports what yaml reports', () => {
    const left = {
      'a key written twice': 'a: 1\nb: 2\na: 3',
      'a key written twice after a merge': 'base: &b { x: 1 }\nm:\n  <<: *b\n  y: 1\n  y: 2',
      'a tag': 'a: !!str 5',
      'a local tag': 'a: !thing 5',
      'a directive': '%YAML 1.1\n---\na: yes',
      'a second document': 'a: 1\n---\nb: 2',
      'an anchor on a key': '&k a: 1',
      'a collection as a key': '? [a, b]\n: 1',
      'an alias to no anchor': 'a: *nowhere',
      'an alias before its anchor': 'a: *later\nb: &later 1',
      'a key past 1024 characters': `${'k'.repeat(1100)}: 1`,
      'a merge of a scalar': 'a: { <<: 1 }',
      'aliases that expand past reason': aliasBomb(),
      'a syntax error': 'a: [1, 2',
    };
    for (const [what, text] of Object.entries(left)) {
      expect(fromEvents(text), what).toBeUndefined();
      const viaYaml = fromDocument(text);
      const parsed = parseSource('spec.yaml', text);
      if (viaYaml) expect(json(parsed.source?.value), what).toBe(json(viaYaml.value));
      else expect(parsed.diagnostics.length, what).toBeGreaterThan(0);
    }
  });

  it('locates a pointer in text read from events where yaml would, line and column', () => {
    const text = 'info:\n  title: T\npaths:\n  "/a":\n    get:\n      responses:\n        - |\n          text\n';
    const { source } = parseSource('spec.yaml', text);
    expect(source?.locate('/paths/~1a/get')).toEqual({ file: 'spec.yaml', line: 5, col: 5 });
    expect(source?.locate('/paths/~1a')).toEqual({ file: 'spec.yaml', line: 4, col: 3 });
    expect(source?.locate('/paths/~1a/get/responses/0')).toEqual({ file: 'spec.yaml', line: 7, col: 11 });
    expect(source?.locate('/paths/~1b')).toEqual({ file: 'spec.yaml', line: 3, col: 1 });
  });

  it('is what yaml reads for any JSON data, written in any style either library writes', () => {
    const data = fc.jsonValue({ maxDepth: 4 });
    const written = fc.oneof(
      fc
        .record({
          collectionStyle: fc.constantFrom('any', 'block', 'flow'),
          defaultStringType: fc.constantFrom('PLAIN', 'BLOCK_FOLDED', 'BLOCK_LITERAL', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
          defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
          lineWidth: fc.constantFrom(0, 20, 80),
          indent: fc.constantFrom(2, 4),
        })
        .map((options) => (value: unknown) => yaml.stringify(value, options as yaml.ToStringOptions)),
      fc
        .record({ flowLevel: fc.constantFrom(-1, 0, 1, 2), lineWidth: fc.constantFrom(-1, 20, 80) })
        .map((options) => (value: unknown) => jsYaml.dump(value, options)),
    );
    let read = 0;
    fc.assert(
      fc.property(data, written, (value, write) => {
        const text = write(value);
        const events = fromEvents(text);
        const document = fromDocument(text);
        if (!document) return expect(events, text).toBeUndefined();
        if (!events) return;
        read++;
        expect(json(events.value), text).toBe(json(document.value));
        const places = placesBothWays(text);
        for (const pointer of pointersOf(document.value))
          expect(places.events.offsetOf(pointer), `${text} ${pointer}`).toBe(places.document.offsetOf(pointer));
      }),
      { numRuns: 400, seed: 20261202 },
    );
    // Almost every document either library writes is read from events.
    expect(read).toBeGreaterThan(360);
  });
});
