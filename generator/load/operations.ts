import { pointerOf } from '../diagnostics/diagnostic.ts';
import type { SourceFile } from './source.ts';
import { deref, type Workspace } from './workspace.ts';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** An operation as written in the document, with where it is. */
export interface RawOperation {
  readonly path: string;
  readonly method: HttpMethod;
  readonly pointer: string;
  readonly value: Record<string, unknown>;
  /** Parameters of the path item and the operation, the operation's winning (OpenAPI 3.0, Path Item Object). */
  readonly parameters: readonly RawParameter[];
}

export interface RawParameter {
  /** Where the operation lists it (maybe a `$ref`). */
  readonly pointer: string;
  /** Where the parameter object itself is written. */
  readonly definedIn: SourceFile;
  readonly definedAt: string;
  readonly value: Record<string, unknown>;
}

/** Every operation of the root document, in document order. */
export function rawOperations(workspace: Workspace): RawOperation[] {
  const root = workspace.root;
  const paths = record(record(root.value)['paths']);
  const out: RawOperation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    const pathItem = record(item);
    const itemPointer = pointerOf(['paths', path]);
    const shared = parameterList(workspace, pathItem['parameters'], `${itemPointer}/parameters`);
    for (const method of HTTP_METHODS) {
      const value = pathItem[method];
      if (value === null || typeof value !== 'object') continue;
      const pointer = `${itemPointer}/${method}`;
      const own = parameterList(workspace, (value as Record<string, unknown>)['parameters'], `${pointer}/parameters`);
      const ownKeys = new Set(own.map(parameterKey));
      const parameters = [...shared.filter((p) => !ownKeys.has(parameterKey(p))), ...own];
      out.push({ path, method, pointer, value: value as Record<string, unknown>, parameters });
    }
  }
  return out;
}

export function parameterKey(p: RawParameter): string {
  return `${String(p.value['in'])}:${String(p.value['name'])}`;
}

function parameterList(workspace: Workspace, list: unknown, pointer: string): RawParameter[] {
  if (!Array.isArray(list)) return [];
  const out: RawParameter[] = [];
  list.forEach((entry, i) => {
    const target = deref(workspace, entry, workspace.root, `${pointer}/${i}`);
    if (target && target.value !== null && typeof target.value === 'object') {
      out.push({
        pointer: `${pointer}/${i}`,
        definedIn: target.file,
        definedAt: target.pointer,
        value: target.value as Record<string, unknown>,
      });
    }
  });
  return out;
}

/** The value as a record, or an empty one: the document is validated separately. */
export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
