import type { Document, Node } from 'yaml';
import { segmentsOf } from '../diagnostics/diagnostic.ts';
import type { YamlModule } from './syntax.ts';

/**
 * Where the entries of one written mapping or sequence start: a mapping's
 * keys (as written, in order) with each key's offset, a sequence's items
 * with each item's offset, and for entries that are themselves mappings or
 * sequences, theirs.
 */
export interface Places {
  readonly keys?: readonly string[];
  readonly starts: readonly number[];
  readonly inner: readonly (Places | undefined)[];
}

/**
 * The offsets a located pointer can end at, taken from a composed document
 * (`YamlPlaces.of`) or from js-yaml's events (yaml-events.ts), so that
 * neither need be kept: on a large spec the document holds several times
 * the memory of its value for the whole run.
 * A pointer is followed through what is written, as a reader of the text
 * would follow it: not into an alias, nor to a key a `<<` merge brings in.
 */
export class YamlPlaces {
  readonly #root: number;
  readonly #places: Places | undefined;

  constructor(root: number, places: Places | undefined) {
    this.#root = root;
    this.#places = places;
  }

  static of(yaml: YamlModule, doc: Document): YamlPlaces {
    return new YamlPlaces(startOf(doc.contents), placesOf(yaml, doc.contents));
  }

  /** Offset of the deepest entry the pointer reaches: for a mapping entry its key, where an editor puts the cursor. */
  offsetOf(pointer: string): number {
    let places = this.#places;
    let offset = this.#root;
    for (const segment of segmentsOf(pointer)) {
      if (!places) break;
      const index = places.keys ? places.keys.indexOf(segment) : Number(segment);
      if (!(Number.isInteger(index) && index >= 0 && index < places.starts.length)) break;
      offset = places.starts[index]!;
      places = places.inner[index];
    }
    return offset;
  }
}

function placesOf(yaml: YamlModule, node: unknown): Places | undefined {
  if (yaml.isMap(node)) {
    const keys: string[] = [];
    const starts: number[] = [];
    const inner: (Places | undefined)[] = [];
    for (const pair of node.items) {
      // Only a scalar key can be named by a pointer segment.
      if (!yaml.isScalar(pair.key)) continue;
      keys.push(String(pair.key.value));
      starts.push(startOf(pair.key));
      inner.push(placesOf(yaml, pair.value));
    }
    return { keys, starts, inner };
  }
  if (yaml.isSeq(node)) {
    return { starts: node.items.map(startOf), inner: node.items.map((item) => placesOf(yaml, item)) };
  }
  return undefined;
}

function startOf(node: unknown): number {
  return (node as Node | null)?.range?.[0] ?? 0;
}
