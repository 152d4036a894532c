import {
  StructureKind,
  type ClassDeclarationStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  type StatementStructures,
} from 'ts-morph';
import type { Plan, PlannedGroup, PlannedOperation } from '../plan/plan.ts';
import { docText } from './docs.ts';
import { importsFor } from './imports.ts';
import { literalText } from './literal.ts';
import { bodyType, depthOf, resultType } from './responses.ts';
import { typeToString } from './type-to-string.ts';

/** One module per resource group: a class whose methods are the group's operations. */
export function groupStatements(plan: Plan, group: PlannedGroup): StatementStructures[] {
  const methods = group.operations.flatMap((op) => [operationMethod(plan, op), ...(op.waitName ? [waitMethod(plan, op, op.waitName)] : [])]);
  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: group.className,
    isExported: true,
    docs: [docText({ summary: `Operations on ${group.tag}.`, docs: group.description ? { description: group.description } : undefined })!],
    properties: [{ name: '#transport', isReadonly: true, type: 'Transport' }],
    ctors: [
      {
        docs: ['@internal Created by the client; reach the group as a client property.'],
        parameters: [{ name: 'transport', type: 'Transport' }],
        statements: ['this.#transport = transport;'],
      },
    ],
    methods,
  };
  return [...importsFor(plan, cls, { ops: true }), cls];
}

function operationMethod(plan: Plan, op: PlannedOperation): OptionalKind<MethodDeclarationStructure> {
  const o = op.operation;
  const result = resultType(plan, op);
  const params = paramsParameter(op);
  const args = `${params ? 'params' : '{}'}, options`;
  let returnType: string;
  let call: string;
  if (o.pagination) {
    const item = bodyType(plan, o.pagination.itemType, depthOf(op));
    returnType = `PagePromise<${result}, ${item}>`;
    call = `this.#transport.paginate(ops.${op.specName}, ${args})`;
  } else {
    returnType = `ApiPromise<${result}>`;
    call = `this.#transport.request(ops.${op.specName}, ${args})`;
  }
  const docs = docText({
    summary: o.summary,
    docs: o,
    notes: [`\`${o.method} ${o.path}\` (${o.id})`, o.pagination ? 'Await it for the first page; iterate it with `for await` for every item across pages.' : undefined],
  });
  return {
    name: op.methodName,
    ...(op.depthAware ? { typeParameters: [{ name: 'D', constraint: 'Depth', default: '0' }] } : {}),
    parameters: [...(params ? [params] : []), { name: 'options', type: 'RequestOptions', initializer: '{}' }],
    returnType,
    statements: [`return ${call};`],
    ...(docs ? { docs: [docs] } : {}),
  };
}

function paramsParameter(op: PlannedOperation): OptionalKind<ParameterDeclarationStructure> | undefined {
  if (!op.paramsType) return undefined;
  const required = op.parameters.some((p) => p.required) || op.operation.body?.required === true;
  return {
    name: 'params',
    type: op.depthAware ? `${op.paramsType}<D>` : op.paramsType,
    ...(required ? {} : { initializer: '{}' }),
  };
}

/** `waitFor<Name>`: reads the resource until its status is one waited for (x-wait). */
function waitMethod(plan: Plan, op: PlannedOperation, name: string): OptionalKind<MethodDeclarationStructure> {
  const wait = op.operation.wait!;
  const statusType = typeToString(wait.statusType, { plan, direction: 'read', depth: '0' });
  const status = /^("[^"]*"( \| "[^"]*")*|[A-Z]\w*)$/.test(statusType) && statusType !== 'unknown' ? statusType : 'string';
  const result = resultType(plan, op, '0');
  const params = paramsParameter(op);
  const rule = literalText({ status: wait.status, ready: wait.ready, failed: wait.failed });
  const read = params ? `(request) => this.${op.methodName}(params, request)` : `(request) => this.${op.methodName}(request)`;
  const site = literalText({ method: op.operation.method, path: op.operation.path });
  const docs = docText({
    summary: `Reads ${op.operation.path} until its status (${wait.status}) is one waited for: by default ${wait.ready.join(', ')}.`,
    notes: [
      wait.failed.length ? `Fails with WaitFailedError on ${wait.failed.join(', ')} unless waited for; with WaitTimeoutError when \`timeoutMs\` passes.` : 'Fails with WaitTimeoutError when `timeoutMs` passes.',
    ],
    tags: ['@returns the resource as last read.'],
  });
  return {
    name,
    parameters: [...(params ? [{ ...params, type: op.depthAware ? `${op.paramsType}<0>` : op.paramsType! }] : []), { name: 'options', type: `WaitOptions<${status}>`, initializer: '{}' }],
    returnType: `Promise<${result}>`,
    statements: [`return waitForStatus(${read}, ${rule}, options, ${site});`],
    ...(docs ? { docs: [docs] } : {}),
  };
}
