import type { Type } from '../ir/types.ts';
import { isErrorStatus, type Plan, type PlannedOperation } from '../plan/plan.ts';
import { RUNTIME, type Imports } from './imports.ts';
import { typeToString, usedType, withDepth } from './type-to-string.ts';

/** The depth expression an operation's response types use: its `D`, or 0. */
export function depthOf(op: PlannedOperation): string {
  return op.depthAware ? 'D' : '0';
}

/**
 * The type of a response body read at the top of a response. A resource read
 * at depth d is full with entities at d; a collection read at depth d lists
 * its items at level d, so it is the collection one level up.
 */
export function bodyType(plan: Plan, type: Type, depth: string, imports?: Imports): string {
  if (type.kind === 'ref' && plan.depthGeneric.has(type.model)) {
    const name = usedType(plan.readNames.get(type.model)!, imports);
    if (plan.models.get(type.model)?.depth !== 'collection') return withDepth(name, depth);
    return `${name}<${depth === '0' ? '1' : `${usedType('Next', imports, RUNTIME)}<${depth}>`}>`;
  }
  if (type.kind === 'ref' && plan.itemNames.has(type.model)) return usedType(plan.readNames.get(type.model)!, imports);
  return typeToString(type, { plan, direction: 'read', depth, imports });
}

/** What awaiting the operation gives: the union of its success bodies. */
export function resultType(plan: Plan, op: PlannedOperation, imports: Imports, depth: string = depthOf(op)): string {
  const types = op.operation.responses
    .filter((r) => /^2/.test(r.status))
    .map((r) => (r.type ? bodyType(plan, r.type, depth, imports) : 'undefined'));
  const unique = [...new Set(types)];
  return unique.length ? unique.join(' | ') : 'undefined';
}

/**
 * The error class the runtime throws for a status, by status; the rest by
 * class (errors.ts holds the same table, and a test keeps the two alike).
 */
export const ERROR_CLASSES: Readonly<Record<string, string>> = {
  '400': 'BadRequestError',
  '401': 'AuthenticationError',
  '402': 'PaymentRequiredError',
  '403': 'PermissionDeniedError',
  '404': 'NotFoundError',
  '405': 'MethodNotAllowedError',
  '409': 'ConflictError',
  '412': 'PreconditionFailedError',
  '415': 'UnsupportedMediaTypeError',
  '422': 'UnprocessableEntityError',
  '429': 'RateLimitError',
};

/** The error class of a declared status: its own, or the class of its range (`4XX`, `500`, `default`). */
export function errorClass(status: string): string {
  return (
    ERROR_CLASSES[status] ?? (/^5/.test(status) ? 'ServerError' : /^4/.test(status) ? 'ClientError' : 'StatusError')
  );
}

/**
 * `<Operation>Error`: one DeclaredError per error response the operation
 * declares, with the body its schema gives (JSON bodies only: the runtime
 * parses nothing else).
 */
export function errorUnion(plan: Plan, op: PlannedOperation, imports: Imports): string {
  const members = op.operation.responses
    .filter((r) => isErrorStatus(r.status))
    .map((r) => {
      const status = /^\d{3}$/.test(r.status) ? r.status : 'number';
      const body =
        r.type && r.mediaType && /json/i.test(r.mediaType)
          ? typeToString(r.type, { plan, direction: 'read', depth: '0', imports })
          : 'unknown';
      return `${imports.type('DeclaredError', RUNTIME)}<${imports.type(errorClass(r.status), RUNTIME)}, ${status}, ${body}>`;
    });
  return [...new Set(members)].join(' | ');
}
