import type { Document, Node, Pair } from 'yaml';
import type { YamlModule } from './syntax.ts';

/** A node's value, and how many values it reads as with its aliases expanded. */
interface Read {
  readonly value: unknown;
  readonly size: number;
}

/** How many values beyond ten for each node a document may read as, its aliases expanded. */
const EXPANSION_ALLOWANCE = 100_000;

/** Whether a document of `nodes` nodes that reads as `size` values, its aliases expanded, is past reason. */
export function expandsPastReason(size: number, nodes: number): boolean {
  return size > nodes * 10 + EXPANSION_ALLOWANCE;
}

/**
 * The plain value of a composed YAML document, as `yaml`'s own `toJS` gives
 * it, in one pass. `toJS` looks each alias up by scanning every anchor and
 * alias before it, which is quadratic: 12 s of a 4.4 MB spec with 14,000
 * aliases. Here anchors are kept by name as they are met, and an alias takes
 * the value of the last one of its name, shared, as `toJS` shares it. A `<<`
 * key merges as `toJS` merges (keys the mapping has win), and a document
 * whose aliases would make it read as far more values than it holds is
 * refused, as `toJS` refuses one.
 */
export function valueOf(yaml: YamlModule, doc: Document): unknown {
  const anchors = new Map<string, Read>();
  let nodes = 0;

  const read = (node: unknown): Read => {
    nodes++;
    if (yaml.isAlias(node)) {
      const anchor = anchors.get(node.source);
      if (!anchor)
        throw new ReferenceError(`Unresolved alias (the anchor must be set before the alias): ${node.source}`);
      return anchor;
    }
    const named = (node as Node | null)?.anchor;
    let result: Read;
    if (yaml.isMap(node)) {
      const map: Record<string, unknown> = {};
      // Named before its entries are read, so that an alias inside reaches it, as with toJS.
      if (named) anchors.set(named, { value: map, size: 1 });
      let size = 1;
      for (const pair of node.items) size += entry(map, pair);
      result = { value: map, size };
    } else if (yaml.isSeq(node)) {
      const list: unknown[] = [];
      if (named) anchors.set(named, { value: list, size: 1 });
      let size = 1;
      for (const item of node.items) {
        const inner = read(item);
        list.push(inner.value);
        size += inner.size;
      }
      result = { value: list, size };
    } else {
      result = { value: yaml.isScalar(node) ? node.value : null, size: 1 };
    }
    if (named) anchors.set(named, result);
    return result;
  };

  /** Adds a pair to a mapping, and says how many values it adds. */
  const entry = (map: Record<string, unknown>, pair: Pair): number => {
    if (isMergeKey(yaml, pair.key)) return merge(map, pair.value);
    const key = yaml.isScalar(pair.key) ? pair.key.value : pair.key;
    const { value, size } = read(pair.value);
    setOwn(map, key === null || key === undefined ? '' : String(key), value);
    return size;
  };

  /** `<<: *base` or `<<: [*a, *b]`: each mapping's keys the target lacks, the earlier sources first. */
  const merge = (map: Record<string, unknown>, sources: unknown): number => {
    let size = 0;
    for (const source of yaml.isSeq(sources) ? sources.items : [sources]) {
      const { value, size: added } = read(source);
      if (!mergeInto(map, value)) throw new Error('Merge sources must be maps or map aliases');
      size += added;
    }
    return size;
  };

  const { value, size } = read(doc.contents);
  if (expandsPastReason(size, nodes))
    throw new ReferenceError(
      `Excessive alias count indicates a resource exhaustion attack: the document reads as ${size} values`,
    );
  return value;
}

/** `<<` written plain, which the schema reads as the merge key. */
function isMergeKey(yaml: YamlModule, key: unknown): boolean {
  if (!yaml.isScalar(key)) return false;
  const { value } = key;
  if (typeof value === 'symbol') return value.description === '<<';
  return value === '<<' && (!key.type || key.type === 'PLAIN');
}

/** A `<<` source's keys the mapping lacks, added to it; false when the source is not a mapping. */
export function mergeInto(map: Record<string, unknown>, source: unknown): boolean {
  if (source === null || typeof source !== 'object' || Array.isArray(source)) return false;
  for (const [key, merged] of Object.entries(source)) if (!Object.hasOwn(map, key)) setOwn(map, key, merged);
  return true;
}

/** An own property, even for a name objects inherit (`__proto__`, `constructor`), as toJS sets it. */
export function setOwn(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key in map) Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}
