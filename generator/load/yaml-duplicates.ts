import type { Document, Node, YAMLParseError } from 'yaml';
import type { YamlModule } from './syntax.ts';

/**
 * The keys a composed document repeats within one mapping, as the errors
 * `yaml`'s `uniqueKeys` option reports them (`DUPLICATE_KEY`, at the repeated
 * key). That option compares each key with every earlier key of its mapping,
 * which is quadratic: half a second of a spec whose `paths` has 10,000
 * entries. Here each mapping keeps a set of the keys it has. Keys are equal
 * as the option has them: scalars of the same value (empty keys among them),
 * a collection only to itself.
 */
export function duplicateKeys(yaml: YamlModule, doc: Document): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  const visit = (node: unknown): void => {
    if (yaml.isMap(node)) {
      const seen = new Set<unknown>();
      for (const { key, value } of node.items) {
        const id = yaml.isScalar(key) ? key.value : key;
        if (seen.has(id)) {
          const at = (key as Node).range![0];
          errors.push(new yaml.YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        } else seen.add(id);
        visit(key);
        visit(value);
      }
    } else if (yaml.isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(doc.contents);
  return errors;
}
