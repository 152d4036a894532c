import type { RawOperation } from '../load/operations.ts';
import { camelCase, isMethodName } from '../plan/names.ts';

/** The operation's id, or one derived from method and path (`get /users/{id}` gives `getUsersById`). */
export function operationIdOf(op: RawOperation): string {
  const id = op.value['operationId'];
  if (typeof id === 'string' && id !== '') return id;
  const parts = op.path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith('{') ? `by ${segment.slice(1, -1)}` : segment));
  return camelCase([op.method, ...parts].join(' ')) || op.method;
}

/** The method's name in its group: `x-method`, else the camelCased operation id. */
export function methodNameOf(op: RawOperation): string {
  const xMethod = op.value['x-method'];
  if (typeof xMethod === 'string' && isMethodName(xMethod)) return xMethod;
  const name = camelCase(operationIdOf(op)) || op.method;
  if (/^[0-9]/.test(name)) return `call${name}`;
  return isMethodName(name) ? name : `${name}Operation`;
}

/** The tag an operation is grouped under: its first tag, or "default". */
export function tagOf(op: RawOperation): string {
  const tags = op.value['tags'];
  return Array.isArray(tags) && typeof tags[0] === 'string' && tags[0] !== '' ? tags[0] : 'default';
}
