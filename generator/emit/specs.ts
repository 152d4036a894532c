import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { Operation, Response, Type } from '../ir/types.ts';
import { NameScope } from '../plan/names.ts';
import type { Plan, PlannedOperation } from '../plan/plan.ts';
import { someType } from '../ir/visit.ts';
import { Imports, RUNTIME } from './imports.ts';
import { literalText, runtimeValue, sharedSpec, type Expression } from './literal.ts';

/** The OperationSpecs of an API: shared constants, and one spec per operation. */
export interface SpecTable {
  /** parameters.ts: parameter specs used by several operations, and how accepted writes report progress. */
  readonly shared: StatementStructures[];
  /** The module-level constant of an operation's spec, for the module of its group, whose imports it records. */
  spec(op: PlannedOperation, imports: Imports): StatementStructures;
}

/**
 * One OperationSpec per operation, the data the runtime needs to send it.
 * Each lives in its group's module, so a change to one operation touches
 * that module only; parameter specs used more than once are shared
 * constants (`shared.xRequestId`), which keeps bundles small.
 */
export function specTable(plan: Plan): SpecTable {
  const operations = plan.groups.flatMap((g) => g.operations);
  const names = new NameScope(['asyncStatus']);
  const shared = new Map<string, { name: string; value: Record<string, unknown>; uses: number }>();
  const paramSpecs = operations.map((op) =>
    op.parameters.map((p) => {
      const value = parameterSpec(plan, p.parameter);
      const key = JSON.stringify([p.key, value]);
      const entry = shared.get(key) ?? { name: '', value, uses: 0 };
      entry.uses++;
      shared.set(key, entry);
      return { key: p.key, entry };
    }),
  );
  const imports = new Imports();
  const constants: StatementStructures[] = [];
  for (const [key, entry] of [...shared].sort(([a], [b]) => a.localeCompare(b))) {
    if (entry.uses < 2) continue;
    entry.name = names.claim(JSON.parse(key)[0] as string);
    constants.push(
      constant(entry.name, imports.type('ParameterSpec', RUNTIME), literalText(entry.value, imports), true),
    );
  }
  const index = new Map(operations.map((op, i) => [op, i]));
  const spec = (op: PlannedOperation, into: Imports): StatementStructures => {
    const params = Object.fromEntries(
      paramSpecs[index.get(op)!]!.map(({ key, entry }) => [key, entry.name ? sharedSpec(entry.name) : entry.value]),
    );
    const value = operationSpec(op, params);
    const type = value['pagination']
      ? 'PaginatedOperationSpec'
      : value['async']
        ? 'AsyncOperationSpec'
        : 'OperationSpec';
    return constant(op.specName, into.type(type, RUNTIME), literalText(value, into), false);
  };
  const status = asyncStatusConstant(plan, imports);
  const statements = [...(status ? [status] : []), ...constants];
  return { shared: statements.length ? [...imports.declarations(), ...statements] : [], spec };
}

/** How the API reports an accepted write's progress, shared by every asynchronous operation. */
function asyncStatusConstant(plan: Plan, imports: Imports): StatementStructures | undefined {
  const status = plan.api.asyncStatus;
  if (!status) return undefined;
  const { operation, ...rest } = status;
  const path = plan.api.operations.find((o) => o.id === operation)?.path;
  return constant(
    'asyncStatus',
    imports.type('AsyncStatusSpec', RUNTIME),
    literalText({ ...rest, ...(path ? { path } : {}) }, imports),
    true,
  );
}

function constant(name: string, type: string, initializer: string, isExported: boolean): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, type, initializer }],
  };
}

function parameterSpec(plan: Plan, p: Operation['parameters'][number]): Record<string, unknown> {
  const list = mayBe(plan, p.type, 'array');
  const object = mayBe(plan, p.type, 'object');
  const query = p.in === 'query';
  // Scalars and exploded lists are the transport's own; other shapes and styles take the styled serializer.
  const styled = query && (object || (list && (p.style !== 'form' || !p.explode)));
  return {
    in: p.in,
    name: p.name,
    ...(query && p.style !== 'form' ? { style: p.style } : {}),
    ...((list || object) && query && !p.explode ? { explode: false } : {}),
    ...(styled ? { serialize: runtimeValue('styledQuery') } : {}),
    ...(p.clientOption ? { option: p.clientOption } : {}),
    ...(p.correlationId ? { correlation: runtimeValue('uuid') } : {}),
  };
}

function operationSpec(op: PlannedOperation, params: Record<string, unknown>): Record<string, unknown> {
  const o = op.operation;
  // Successes, and 304: the answer to a conditional read, which has no body.
  const responses = Object.fromEntries(
    o.responses.filter((r) => /^2|^304$/.test(r.status)).map((r) => [r.status, bodyKind(r)]),
  );
  const pagination = o.pagination;
  const pageKey =
    pagination && op.parameters.find((p) => p.parameter.in === 'query' && p.parameter.name === pagination.page)?.key;
  return {
    method: o.method,
    path: o.path,
    id: o.id,
    ...(Object.keys(params).length ? { params } : {}),
    ...(o.body ? { body: o.body.mediaType, ...encoderOf(o.body.mediaType) } : {}),
    ...(Object.keys(responses).length ? { responses } : {}),
    ...(o.authenticated ? {} : { auth: false }),
    ...(pagination && pageKey
      ? {
          pagination: {
            page: pageKey,
            items: pagination.items,
            totalPages: pagination.totalPages,
            self: pagination.self,
            next: pagination.next,
            last: pagination.last,
          },
        }
      : {}),
    ...(o.async ? { async: { result: o.async.result, status: sharedSpec('asyncStatus') } } : {}),
  };
}

/** The runtime's encoder for a request body that is not JSON (the transport encodes JSON itself). */
function encoderOf(mediaType: string): { encode?: Expression } {
  if (/json/i.test(mediaType)) return {};
  if (/^application\/x-www-form-urlencoded$/i.test(mediaType)) return { encode: runtimeValue('formBody') };
  if (/^multipart\/form-data$/i.test(mediaType)) return { encode: runtimeValue('multipartBody') };
  return { encode: runtimeValue('rawBody') };
}

/** Whether a value of the type can be an array, or an object (unknown can be either): its own shape, a variant's or its model's. */
function mayBe(plan: Plan, type: Type, shape: 'array' | 'object'): boolean {
  const is = (t: Type): boolean =>
    t.kind === 'array'
      ? shape === 'array'
      : t.kind === 'object' || t.kind === 'intersection'
        ? shape === 'object'
        : t.kind === 'scalar' && t.name === 'unknown';
  return someType(type, is, (t) => t.kind === 'union' || t.kind === 'ref', { models: (id) => plan.models.get(id) });
}

function bodyKind(r: Response): string {
  if (!r.mediaType) return 'none';
  if (/json/i.test(r.mediaType)) return 'json';
  if (/^text\//i.test(r.mediaType)) return 'text';
  return 'binary';
}
