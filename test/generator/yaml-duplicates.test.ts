/**
 * Repeated keys are found after composing, in one pass, where `yaml`'s
 * `uniqueKeys` option compares every pair of keys: the errors must be the
 * ones that option gives, code and place, for every way a key can repeat.
 */
import * as yaml from 'yaml';
import { describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../generator/load/yaml-duplicates.ts';
import { repositoryYaml } from '../helpers/yaml-files.ts';

const composed = (text: string, uniqueKeys: boolean) => {
  const cst = [...new yaml.Parser().parse(text)];
  const [doc] = new yaml.Composer({ uniqueKeys, merge: true, stringKeys: true }).compose(cst, true, text.length);
  return doc!;
};
const repeats = (errors: readonly yaml.YAMLError[]) =>
  errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => [e.code, e.pos[0], e.message]);

/** What `uniqueKeys: true` reports against what the one pass reports. */
function compare(text: string) {
  const expected = repeats(composed(text, true).errors);
  const actual = repeats(duplicateKeys(yaml, composed(text, false)));
  expect(actual, text).toEqual(expected);
  return actual.length;
}

describe('keys repeated in a YAML mapping', () => {
  it('are the errors yaml reports itself, each at the repeated key', () => {
    const cases = [
      'a: 1\nb: 2\na: 3\n',
      'a: 1\na: 2\na: 3\n',
      'outer:\n  x: 1\n  # a comment\n  x: 2\nother:\n  x: 3\n',
      '{ a: 1, b: 2, a: 3 }\n',
      'list:\n  - { k: 1, k: 2 }\n  - k: 1\n    k: 2\n',
      '"a": 1\na: 2\n\'a\': 3\n',
      '1: one\n"1": again\n1.0: float\n',
      ': empty\n: again\n',
      '&anchor a: 1\na: 2\n',
      '? a\n: 1\n? a\n: 2\n',
      'base: &b { x: 1 }\nuse:\n  <<: *b\n  <<: *b\n',
      'deep:\n  - - a: 1\n      a: 2\n',
      '[ { a: 1, a: 2 } ]\n',
      'no: repeats\nhere: at all\n',
    ];
    const found = cases.map(compare);
    expect(found.filter((n) => n > 0)).toHaveLength(cases.length - 1);
  });

  it('are none in any YAML document of the repository, as yaml says', () => {
    const files = repositoryYaml();
    for (const text of files.values()) compare(text);
    expect(files.size).toBeGreaterThan(20);
  });
});
