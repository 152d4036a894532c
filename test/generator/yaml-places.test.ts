/**
 * A YAML spec is located by offsets taken from its composed document, which
 * is then let go. They must place every pointer where the document itself
 * places it: walked along its mappings and sequences by the ranges `yaml`
 * gives each node.
 */
import * as yaml from 'yaml';
import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../generator/diagnostics/diagnostic.ts';
import { YamlPlaces } from '../../generator/load/yaml-places.ts';
import { repositoryYaml } from '../helpers/yaml-files.ts';
import { compose, pointersOf } from '../helpers/yaml-read.ts';

/** The document's own answer: the range of the deepest node the pointer reaches (a mapping entry's key). */
function documentOffset(doc: yaml.Document, pointer: string): number {
  let node: unknown = doc.contents;
  let offset = (node as yaml.Node | null)?.range?.[0] ?? 0;
  for (const segment of segmentsOf(pointer)) {
    if (yaml.isMap(node)) {
      const pair = node.items.find((p) => yaml.isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      offset = (pair.key as yaml.Node).range![0];
      node = pair.value;
    } else if (yaml.isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      node = item;
      offset = (item as yaml.Node | null)?.range?.[0] ?? 0;
    } else break;
  }
  return offset;
}

function compare(text: string, label: string): number {
  const doc = compose(text);
  const places = YamlPlaces.of(yaml, doc);
  const pointers = pointersOf(doc.toJS({ maxAliasCount: -1 }));
  for (const pointer of pointers)
    expect(places.offsetOf(pointer), `${label} ${pointer}`).toBe(documentOffset(doc, pointer));
  return pointers.length;
}

describe('the places of a YAML spec', () => {
  it('are where the composed document places every pointer, in every YAML document of the repository', () => {
    let located = 0;
    for (const [file, text] of repositoryYaml()) {
      if (compose(text).errors.length === 0) located += compare(text, file);
    }
    expect(located).toBeGreaterThan(50_000);
  });

  it('follow what is written: not into aliases or merged keys, and by index only into sequences', () => {
    const text = [
      'base: &base { a: 1, b: [x, y] }',
      'merged:',
      '  <<: *base',
      '  c: 2',
      'alias: *base',
      'list:',
      '  - first',
      '  -',
      '  - { k: v }',
      '"quoted key": 1',
      '200: number-like key',
      'a~b/c: escaped in pointers',
      ': empty key',
    ].join('\n');
    compare(text, 'edge cases');
    const places = YamlPlaces.of(yaml, compose(text));
    const at = (pointer: string) => text.slice(places.offsetOf(pointer)).split('\n')[0];
    expect(at('/merged/a')).toBe('merged:');
    expect(at('/merged/c')).toBe('c: 2');
    expect(at('/alias/a')).toBe('alias: *base');
    expect(at('/list/2/k')).toBe('k: v }');
    expect(at('/list/1.5')).toBe('list:');
    expect(at('/200')).toBe('200: number-like key');
    expect(at('/a~0b~1c')).toBe('a~b/c: escaped in pointers');
    expect(at('/base/b/1')).toBe('y] }');
  });
});
