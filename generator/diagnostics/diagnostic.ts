import { CATALOGUE, type DiagnosticCode } from './catalogue.ts';

export type Severity = 'error' | 'warning';

/** One finding about a spec, located well enough to jump to it in an editor. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** JSON pointer into the document, `''` for the document itself. */
  readonly pointer: string;
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** A second place that explains the first, such as where a parser noticed a mistake made earlier. */
  readonly related?: Note;
}

/** Where a pointer sits in its source file. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** The pointer as the file is written, where it differs from the one asked for (a Swagger 2.0 file seen as OpenAPI 3). */
  readonly pointer?: string;
}

/** A location with a word on what is there. */
export interface Note extends Location {
  readonly message: string;
}

export function diagnostic(
  code: DiagnosticCode,
  message: string,
  pointer: string,
  at: Location,
  related?: Note,
): Diagnostic {
  return { code, severity: CATALOGUE[code].severity, message, pointer, ...at, ...(related ? { related } : {}) };
}

/**
 * `FILE:LINE:COL  severity  CODE  message  (pointer)`: one finding per line,
 * and its related place, if any, indented on the next: `  FILE:LINE:COL  note  message`.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const line = `${d.file}:${d.line}:${d.col}  ${d.severity}  ${d.code}  ${oneLine(d.message)}  (${d.pointer || '/'})`;
  const r = d.related;
  return r ? `${line}\n  ${r.file}:${r.line}:${r.col}  note  ${oneLine(r.message)}` : line;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order: by file, position, then code, so output never depends on discovery order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}

/**
 * JSON pointers (RFC 6901), as every place in the generator writes and reads
 * them: `~` is written `~0` and `/` is written `~1` inside a segment. A
 * pointer is plain text; only a `$ref` carries one as a URI fragment,
 * percent-encoded, which `fragmentPointer` turns into a plain one.
 */
export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapeSegment(s)}`).join('');
}

export function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointer a `$ref`'s fragment (`#/components/schemas/Foo%20Bar`, with or without its `#`) stands for; a `%` that encodes nothing is kept as written. */
export function fragmentPointer(fragment: string): string {
  const encoded = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}
