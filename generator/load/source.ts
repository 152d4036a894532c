import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import type { Document, Node } from 'yaml';
import { diagnostic, segmentsOf, type Diagnostic, type Location } from '../diagnostics/diagnostic.ts';

/** A parsed spec file that can say where any JSON pointer sits in its text. */
export interface SourceFile {
  /** The path as the user gave it (or as resolved from a `$ref`), used in messages. */
  readonly path: string;
  readonly text: string;
  /** The document as plain data. */
  readonly value: unknown;
  locate(pointer: string): Location;
}

/**
 * Parses YAML (or JSON, a subset); syntax errors become diagnostics with
 * their position. The value comes from js-yaml, several times faster than a
 * parser that keeps positions; positions are worked out only when a message
 * needs one, by parsing again with `yaml`, which keeps them.
 */
export function parseSource(path: string, text: string): { source?: SourceFile; diagnostics: Diagnostic[] } {
  let value: unknown;
  try {
    value = load(text, { filename: path });
  } catch {
    return parseWithPositions(path, text);
  }
  let positioned: SourceFile | undefined;
  const locate = (pointer: string): Location => {
    positioned ??= parseWithPositions(path, text).source;
    return positioned ? positioned.locate(pointer) : { file: path, line: 1, col: 1 };
  };
  return { source: { path, text, value, locate }, diagnostics: [] };
}

/** `yaml` is loaded only when a position is needed: most runs never need one. */
let yaml: typeof import('yaml') | undefined;
function loadYaml(): typeof import('yaml') {
  return (yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}

function parseWithPositions(path: string, text: string): { source?: SourceFile; diagnostics: Diagnostic[] } {
  const { LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, merge: false });
  const at = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: path, line, col };
  };
  if (doc.errors.length > 0) {
    return { diagnostics: doc.errors.map((e) => diagnostic('yaml-syntax', firstLine(e.message), '', at(e.pos[0]))) };
  }
  const value: unknown = doc.toJS({ maxAliasCount: 1000 });
  return { source: { path, text, value, locate: (pointer) => at(offsetOf(doc, pointer)) }, diagnostics: [] };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Offset of the deepest node the pointer reaches. For a map entry this is its
 * key, which is where an editor should put the cursor.
 */
function offsetOf(doc: Document, pointer: string): number {
  const { isMap, isPair, isScalar, isSeq } = loadYaml();
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const segment of segmentsOf(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      offset = rangeStart(pair.key);
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      node = item;
      offset = rangeStart(item);
    } else {
      break;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number {
  return (node as Node | null)?.range?.[0] ?? 0;
}
