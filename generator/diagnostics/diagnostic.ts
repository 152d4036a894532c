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
}

/** Where a pointer sits in its source file. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** The pointer as the file is written, where it differs from the one asked for (a Swagger 2.0 file seen as OpenAPI 3). */
  readonly pointer?: string;
}

export function diagnostic(
  code: DiagnosticCode,
  message: string,
  pointer: string,
  at: Location,
): Diagnostic {
  return { code, severity: CATALOGUE[code].severity, message, pointer, ...at };
}

/** `FILE:LINE:COL  severity  CODE  message  (pointer)`: one finding per line. */
export function formatDiagnostic(d: Diagnostic): string {
  const message = d.message.replace(/\s*\n\s*/g, ' ');
  return `${d.file}:${d.line}:${d.col}  ${d.severity}  ${d.code}  ${message}  (${d.pointer || '/'})`;
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

/** JSON pointer helpers (RFC 6901). */
export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function segmentsOf(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer
    .replace(/^#/, '')
    .slice(1)
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}
