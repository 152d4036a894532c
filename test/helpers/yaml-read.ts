import * as jsYaml from 'js-yaml';
import * as yaml from 'yaml';
import { pointerOf } from '../../generator/diagnostics/diagnostic.ts';
import { readEvents, eventPlaces } from '../../generator/load/yaml-events.ts';
import { valueOf } from '../../generator/load/yaml-value.ts';
import { YamlPlaces } from '../../generator/load/yaml-places.ts';

/** A YAML text composed as source.ts composes it when js-yaml's events do not read it. */
export const compose = (text: string) => yaml.parseDocument(text, { uniqueKeys: true, merge: true, stringKeys: true });

/** What js-yaml's events read, or undefined where they leave the text to `yaml`. */
export const fromEvents = (text: string): { value: unknown } | undefined => readEvents(jsYaml, text);

/** What `yaml` reads: the value, or undefined when the document has errors or does not make one. */
export function fromDocument(text: string): { value: unknown } | undefined {
  const doc = compose(text);
  if (doc.errors.length) return undefined;
  try {
    return { value: valueOf(yaml, doc) };
  } catch {
    return undefined;
  }
}

/** Every pointer into the value, and for each a few that go wrong after it: a missing key, an index past the end. */
export function pointersOf(value: unknown, path: string[] = [], out: string[] = []): string[] {
  out.push(pointerOf(path), pointerOf([...path, 'no-such-key']), pointerOf([...path, '99999']));
  if (value !== null && typeof value === 'object' && out.length < 30_000)
    for (const [key, inner] of Object.entries(value)) pointersOf(inner, [...path, key], out);
  return out;
}

/** Both ways of placing a pointer in a document that both read: from its events, and from its composed nodes. */
export function placesBothWays(text: string): { events: YamlPlaces; document: YamlPlaces } {
  return { events: eventPlaces(jsYaml, text), document: YamlPlaces.of(yaml, compose(text)) };
}

/** Lines where two ways of reading YAML part if anything does: anchors, aliases, merges, keys objects inherit. */
export const ANCHORED_LINES = [
  'base: &base { a: 1, b: [1, 2] }',
  'other: &other { b: 3, c: 4 }',
  'merged: { <<: *base, a: 9 }',
  'both: { <<: [*other, *base], d: 5 }',
  'quoted: { "<<": 1 }',
  'list: &list [x, *base]',
  'again: *list',
  'renamed: &base 7',
  'latest: *base',
  '__proto__: { polluted: true }',
  'constructor: 1',
  'empty:',
];

/** Nine anchors, each a list of ten aliases to the one before: a document that reads as 10^9 values. */
export function aliasBomb(): string {
  const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) {
    const [name, before] = ['abcdefghi'[i], 'abcdefghi'[i - 1]];
    lines.push(`${name}: &${name} [${Array(10).fill(`*${before}`).join(', ')}]`);
  }
  return lines.join('\n');
}
