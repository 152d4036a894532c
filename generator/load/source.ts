import { createRequire } from 'node:module';
import type { CST, Document, LineCounter } from 'yaml';
import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.ts';
import { JsonLocator } from './json-locate.ts';
import { scanJson } from './json-syntax.ts';
import { Lines } from './lines.ts';
import { aliasCause, yamlCauses, type Cause, type YamlModule } from './syntax.ts';
import { duplicateKeys } from './yaml-duplicates.ts';
import { eventPlaces, readEvents, type EventsModule } from './yaml-events.ts';
import { YamlPlaces } from './yaml-places.ts';
import { valueOf } from './yaml-value.ts';

/** A parsed spec file that can say where any JSON pointer sits in its text; `T` is what its value is known to be. */
export interface SourceFile<T = unknown> {
  /** The path as the user gave it (or as resolved from a `$ref`), used in messages. */
  readonly path: string;
  readonly text: string;
  /** The document as plain data. */
  readonly value: T;
  locate(pointer: string): Location;
}

type Parsed = { source?: SourceFile; diagnostics: Diagnostic[] };

/**
 * Parses YAML, or JSON; syntax errors become diagnostics, one per mistake, at
 * the place it was made. YAML is read from js-yaml's events when they say
 * the same as `yaml` would (yaml-events.ts), and located by reading them
 * again only when a message needs a position; all else, errors first, is
 * read by `yaml`, whose parse gives the value and the positions together.
 * JSON is read by `JSON.parse`, and located by a walk over its text only
 * when a message needs a position.
 */
export function parseSource(path: string, text: string): Parsed {
  if (/\.json$/i.test(path) || /^\uFEFF?\s*\{/.test(text)) {
    const parsed = parseJson(path, text);
    if (parsed) return parsed;
  }
  return parseYamlSource(path, text);
}

/**
 * A `.json` file is strict JSON. Other text that starts with `{` is JSON when
 * `JSON.parse` reads it; when it does not, it may still be YAML in flow style,
 * and is judged as JSON only if YAML cannot read it either and its first key
 * is in double quotes. Undefined: read it as YAML.
 */
function parseJson(path: string, text: string): Parsed | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    if (!/\.json$/i.test(path) && (readsAsYaml(text) || !/^\uFEFF?\s*\{\s*"/.test(text))) return undefined;
    const lines = new Lines(text);
    const cause = scanJson(text).syntax ?? parseErrorCause(error);
    return { diagnostics: [syntaxDiagnostic(path, lines, cause)] };
  }
  // JSON.parse keeps the last of two equal keys without a word; a spec says each once.
  const { duplicates } = scanJson(text);
  if (duplicates.length) {
    const lines = new Lines(text);
    return { diagnostics: duplicates.map((d) => syntaxDiagnostic(path, lines, d)) };
  }
  const locate = lazyLocator(path, text, () => new JsonLocator(text));
  return { source: { path, text, value, locate }, diagnostics: [] };
}

/**
 * `locate` from what finds a pointer's offset in the text, made when a
 * message first needs a position: for JSON a walk along the pointer, no
 * second parse (json-locate.ts); for YAML read from events, the events read
 * again (yaml-events.ts).
 */
function lazyLocator(path: string, text: string, offsets: () => { offsetOf(pointer: string): number }) {
  let located: { offsets: { offsetOf(pointer: string): number }; lines: Lines } | undefined;
  return (pointer: string): Location => {
    located ??= { offsets: offsets(), lines: new Lines(text) };
    return { file: path, ...located.lines.position(located.offsets.offsetOf(pointer)) };
  };
}

function readsAsYaml(text: string): boolean {
  return parseYaml(text).doc.errors.length === 0;
}

/** `JSON.parse`'s own account, should the scan find nothing wrong. */
function parseErrorCause(error: unknown): Cause {
  const message = error instanceof Error ? error.message : String(error);
  const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? 0);
  return { offset, message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, pointer: '' };
}

function syntaxDiagnostic(path: string, lines: Lines, cause: Cause): Diagnostic {
  const at = (offset: number): Location => ({ file: path, ...lines.position(offset) });
  const related = cause.related && { ...at(cause.related.offset), message: cause.related.message };
  return diagnostic('yaml-syntax', cause.message, cause.pointer, at(cause.offset), related);
}

/** `yaml` is loaded only for YAML text that js-yaml's events do not read: a run over sound specs never needs it. */
let yaml: YamlModule | undefined;
function loadYaml(): YamlModule {
  return (yaml ??= createRequire(import.meta.url)('yaml') as YamlModule);
}

/** js-yaml, for the events every YAML text is read from first. */
let jsYaml: EventsModule | undefined;
function loadJsYaml(): EventsModule {
  return (jsYaml ??= createRequire(import.meta.url)('js-yaml') as EventsModule);
}

/**
 * The text as `yaml` composes it, and the tokens it read:
 * where brackets and quotes opened. YAML 1.2's core schema, as JSON data
 * needs it: a date stays the string it is written as, integers past 2^53
 * lose precision as `JSON.parse` would have them. `<<` merges mappings
 * (YAML 1.1's merge key, which authors of specs use with anchors), and a
 * key written twice in one mapping is an error.
 */
function parseYaml(text: string): { doc: Document; cst: CST.Token[]; lineCounter: LineCounter } {
  const { Composer, LineCounter, Parser, YAMLParseError } = loadYaml();
  const lineCounter = new LineCounter();
  const cst = [...new Parser(lineCounter.addNewLine).parse(text)];
  // Keys are checked once each after composing (yaml-duplicates.ts), not by yaml's quadratic `uniqueKeys`.
  const [doc, next] = new Composer({ uniqueKeys: false, merge: true, stringKeys: true }).compose(
    cst,
    true,
    text.length,
  );
  doc!.errors.push(...duplicateKeys(loadYaml(), doc!));
  if (next)
    doc!.errors.push(
      new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'),
    );
  return { doc: doc!, cst, lineCounter };
}

/** YAML text: its value and its positions, or what is wrong and where. */
function parseYamlSource(path: string, text: string): Parsed {
  const read = readEvents(loadJsYaml(), text);
  if (read) {
    const locate = lazyLocator(path, text, () => eventPlaces(loadJsYaml(), text));
    return { source: { path, text, value: read.value, locate }, diagnostics: [] };
  }
  const { doc, cst, lineCounter } = parseYaml(text);
  if (doc.errors.length > 0) {
    const lines = new Lines(text);
    return { diagnostics: yamlCauses(loadYaml(), text, doc, cst).map((c) => syntaxDiagnostic(path, lines, c)) };
  }
  let value: unknown;
  try {
    value = valueOf(loadYaml(), doc);
  } catch (error) {
    return { diagnostics: [syntaxDiagnostic(path, new Lines(text), aliasCause(loadYaml(), text, doc, cst, error))] };
  }
  // The places are kept, not the document, which the rest of the run does not need.
  const places = YamlPlaces.of(loadYaml(), doc);
  const locate = (pointer: string): Location => ({ file: path, ...lineCounter.linePos(places.offsetOf(pointer)) });
  return { source: { path, text, value, locate }, diagnostics: [] };
}
