import { pointerOf } from '../diagnostics/diagnostic.ts';
import type { SourceFile } from './source.ts';
import { deref, type Workspace } from './workspace.ts';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** An operation as written in the document, with where it is. */
export interface RawOperation {
  readonly path: string;
  readonly method: HttpMethod;
  /** The file the operation object is written in: the root, or one its path item or the operation itself is `$ref`ed from. */
  readonly file: SourceFile;
  /** Where the operation object is, in `file`. */
  readonly pointer: string;
  readonly value: Record<string, unknown>;
  /** Parameters of the path item and the operation, the operation's winning (OpenAPI 3.0, Path Item Object). */
  readonly parameters: readonly RawParameter[];
}

export interface RawParameter {
  /** Where the operation or its path item lists it (maybe a `$ref`), in `listedIn`. */
  readonly pointer: string;
  readonly listedIn: SourceFile;
  /** Where the parameter object itself is written. */
  readonly definedIn: SourceFile;
  readonly definedAt: string;
  readonly value: Record<string, unknown>;
}

/**
 * Every operation of the root document, in document order. Path items and
 * operations may be `$ref`s into other files, as multi-file descriptions
 * write them; each operation says which file it is in.
 */
export function rawOperations(workspace: Workspace): RawOperation[] {
  const root = workspace.root;
  const paths = asObject(asObject(root.value)['paths']);
  const out: RawOperation[] = [];
  for (const [path, written] of Object.entries(paths)) {
    const item = deref(workspace, written, root, pointerOf(['paths', path]));
    if (!item || item.value === null || typeof item.value !== 'object') continue;
    const pathItem = item.value as Record<string, unknown>;
    const shared = parameterList(workspace, pathItem['parameters'], item.file, `${item.pointer}/parameters`);
    for (const method of HTTP_METHODS) {
      const target =
        pathItem[method] === undefined
          ? undefined
          : deref(workspace, pathItem[method], item.file, `${item.pointer}/${method}`);
      if (!target || target.value === null || typeof target.value !== 'object') continue;
      const value = target.value as Record<string, unknown>;
      const own = parameterList(workspace, value['parameters'], target.file, `${target.pointer}/parameters`);
      const ownKeys = new Set(own.map(parameterKey));
      const parameters = [...shared.filter((p) => !ownKeys.has(parameterKey(p))), ...own];
      out.push({ path, method, file: target.file, pointer: target.pointer, value, parameters });
    }
  }
  return out;
}

export function parameterKey(p: RawParameter): string {
  return `${String(p.value['in'])}:${String(p.value['name'])}`;
}

function parameterList(workspace: Workspace, list: unknown, file: SourceFile, pointer: string): RawParameter[] {
  if (!Array.isArray(list)) return [];
  const out: RawParameter[] = [];
  list.forEach((entry, i) => {
    const target = deref(workspace, entry, file, `${pointer}/${i}`);
    if (target && target.value !== null && typeof target.value === 'object') {
      out.push({
        pointer: `${pointer}/${i}`,
        listedIn: file,
        definedIn: target.file,
        definedAt: target.pointer,
        value: target.value as Record<string, unknown>,
      });
    }
  });
  return out;
}

/** The value if it is an object (not an array), else an empty one: the document is validated separately. */
export function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
