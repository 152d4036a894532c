import type { OpenAPIV2, OpenAPIV3, OpenAPIV3_1 } from 'openapi-types';
import { diagnostic, fragmentPointer, pointerOf, segmentsOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { locationKey, resolveLocation } from './location.ts';
import { parseSource, type SourceFile } from './source.ts';
import { definitionNames, formatOf, upgradeSwagger, type DocumentFormat } from './upgrade.ts';

/** The root document as every stage after load reads it: OpenAPI 3.0 or 3.1. */
export type OpenApiDocument = OpenAPIV3.Document | OpenAPIV3_1.Document;

/**
 * A spec and every file its `$ref`s reach, keyed by normalised path. The
 * root is always OpenAPI 3 to the stages after load: a Swagger 2.0 file is
 * converted, and `written` keeps it as the user wrote it. The root's type is
 * what its version field claims; validate/ checks the claim against the
 * format's schema (a root that names no version is reported as such), and
 * nothing after validation runs on a document that fails it, so validate/
 * alone reads the root as data of unknown shape. Files reached by `$ref` are
 * fragments of no fixed type.
 */
export interface Workspace {
  readonly root: SourceFile<OpenApiDocument>;
  readonly files: ReadonlyMap<string, SourceFile>;
  /** What the root document was written as; undefined when it names no version the generator reads. */
  readonly format: DocumentFormat | undefined;
  /** The root as written, when it was converted on load. */
  readonly written?: SourceFile<OpenAPIV2.Document>;
}

/** Where a `$ref` string was found. */
export interface RefSite {
  readonly ref: string;
  readonly file: SourceFile;
  /** Pointer of the object holding the `$ref`. */
  readonly pointer: string;
}

/** What a `$ref` resolves to. */
export interface Target {
  readonly file: SourceFile;
  readonly pointer: string;
  readonly value: unknown;
}

export type ReadText = (path: string) => string;

/**
 * Loads a spec and the files its external `$ref`s name. Never throws: an
 * unreadable or malformed file becomes a diagnostic.
 */
export function loadWorkspace(path: string, read: ReadText): { workspace?: Workspace; diagnostics: Diagnostic[] } {
  const files = new Map<string, SourceFile>();
  // A file that cannot be read or parsed is reported once, not again for every `$ref` into it.
  const failed = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const pending: { path: string; from?: RefSite }[] = [{ path }];
  while (pending.length > 0) {
    const next = pending.shift()!;
    const key = locationKey(next.path);
    if (files.has(key) || failed.has(key)) continue;
    let text: string;
    try {
      text = read(next.path);
    } catch (error) {
      const where = next.from
        ? next.from.file.locate(next.from.pointer + '/$ref')
        : { file: next.path, line: 1, col: 1 };
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      diagnostics.push(
        diagnostic('file-unreadable', `cannot read ${next.path} (${reason})`, next.from?.pointer ?? '', where),
      );
      failed.add(key);
      continue;
    }
    const parsed = parseSource(next.path, text);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.source) {
      failed.add(key);
      continue;
    }
    if (files.size === 0 && formatOf(parsed.source.value) === 'swagger-2.0') definitionNames(parsed.source.value);
    files.set(key, parsed.source);
    for (const site of refSites(parsed.source)) {
      const file = refFile(site.ref);
      if (file) pending.push({ path: resolveLocation(next.path, file), from: site });
    }
  }
  const rootFile = files.get(locationKey(path));
  if (!rootFile) return { diagnostics };
  const format = formatOf(rootFile.value);
  if (format !== 'swagger-2.0')
    return { workspace: { root: claimed<OpenApiDocument>(rootFile), files, format }, diagnostics };
  // Converted once every file is read: parameters the 2.0 document takes from other files are converted with it.
  const written = claimed<OpenAPIV2.Document>(rootFile);
  const root = upgradeSwagger(written, (ref) => {
    const target = resolveRef({ files }, ref, written);
    return target && { value: target.value, location: target.file.path };
  });
  files.set(locationKey(path), root);
  return { workspace: { root, files, format, written }, diagnostics };
}

/** The one place a parsed file is taken for the document its version field names (see `Workspace`). */
function claimed<T>(file: SourceFile): SourceFile<T> {
  return file as SourceFile<T>;
}

/** Every `$ref` in a file, in document order. */
export function refSites(file: SourceFile): RefSite[] {
  const sites: RefSite[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      const ref = (value as { $ref?: unknown }).$ref;
      if (typeof ref === 'string') sites.push({ ref, file, pointer: pointerOf(path) });
      for (const [key, child] of Object.entries(value)) {
        if (key !== '$ref') visit(child, [...path, key]);
      }
    }
  };
  visit(file.value, []);
  return sites;
}

function refFile(ref: string): string | undefined {
  const hash = ref.indexOf('#');
  const file = hash === -1 ? ref : ref.slice(0, hash);
  return file === '' ? undefined : file;
}

/** Resolves a `$ref` relative to the file it appears in; undefined when it points at nothing. */
export function resolveRef(workspace: Pick<Workspace, 'files'>, ref: string, from: SourceFile): Target | undefined {
  const hash = ref.indexOf('#');
  const filePart = refFile(ref);
  const pointer = hash === -1 ? '' : fragmentPointer(ref.slice(hash + 1));
  const file = filePart ? workspace.files.get(locationKey(resolveLocation(from.path, filePart))) : from;
  if (!file) return undefined;
  let value: unknown = file.value;
  for (const segment of segmentsOf(pointer)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return { file, pointer, value };
}

/**
 * Follows `$ref` chains until a non-reference object. Returns undefined on a
 * broken link or a cycle of pure references (both reported by validation).
 */
export function deref(workspace: Workspace, value: unknown, from: SourceFile, pointer: string): Target | undefined {
  return followRefs(workspace, value, from, pointer).target;
}

/** Where a chain of `$ref`s ends: a target, or nothing, because a link is broken or the chain comes back on itself. */
export function followRefs(
  workspace: Workspace,
  value: unknown,
  from: SourceFile,
  pointer: string,
): { target?: Target; cycle: boolean } {
  let current: Target = { file: from, pointer, value };
  const seen = new Set<string>();
  while (isRef(current.value)) {
    const key = `${current.file.path}#${current.pointer}`;
    if (seen.has(key)) return { cycle: true };
    seen.add(key);
    const next = resolveRef(workspace, current.value.$ref, current.file);
    if (!next) return { cycle: false };
    current = next;
  }
  return { target: current, cycle: false };
}

export function isRef(value: unknown): value is { $ref: string } {
  return value !== null && typeof value === 'object' && typeof (value as { $ref?: unknown }).$ref === 'string';
}
