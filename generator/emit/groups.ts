import {
  StructureKind,
  type ClassDeclarationStructure,
  type FunctionDeclarationOverloadStructure,
  type FunctionDeclarationStructure,
  type MethodDeclarationOverloadStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
} from 'ts-morph';
import type { Callables, Plan, PlannedGroup, PlannedOperation } from '../plan/plan.ts';
import { docText } from './docs.ts';
import { Imports, RUNTIME } from './imports.ts';
import { paramsStatements } from './params.ts';
import type { SpecTable } from './specs.ts';
import { literalText } from './literal.ts';
import { bodyType, depthOf, errorUnion, resultType } from './responses.ts';
import { depthParameters, typeToString } from './type-to-string.ts';

type Method = OptionalKind<MethodDeclarationStructure>;
type Overload = OptionalKind<MethodDeclarationOverloadStructure>;
type Parameter = OptionalKind<ParameterDeclarationStructure>;

/**
 * One operation's signature, shared by its method on the group class and
 * its exported function, which takes the Transport first. `call` is the body
 * given the expression that reaches the transport.
 */
interface Callable {
  readonly typeParameters?: Method['typeParameters'];
  readonly docs?: string;
  readonly overloads?: readonly Overload[];
  readonly parameters: readonly Parameter[];
  readonly returnType: string;
  readonly call: (transport: string) => string;
}

/**
 * One module per resource group: the params types and OperationSpecs of its
 * operations, a class whose methods are the operations, and the same
 * operations as functions over a Transport, which bundlers can drop one by one.
 */
export function groupStatements(plan: Plan, group: PlannedGroup, table: SpecTable): StatementStructures[] {
  const imports = new Imports();
  const callables: { callable: Callable; names: Callables }[] = group.operations.flatMap((op) => [
    { callable: operationCallable(plan, op, imports), names: { method: op.methodName, function: op.functionName } },
    ...(op.wait ? [{ callable: waitCallable(plan, op, imports), names: op.wait }] : []),
  ]);
  if (group.requestWait)
    callables.push({ callable: requestWaitCallable(plan, group, imports), names: group.requestWait });
  const transport = imports.type('Transport', RUNTIME);
  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: group.className,
    isExported: true,
    docs: [
      docText({
        summary: `Operations on ${group.tag}.`,
        docs: group.description ? { description: group.description } : undefined,
      })!,
    ],
    properties: [{ name: '#transport', isReadonly: true, type: transport }],
    ctors: [
      {
        docs: ['@internal Created by the client; reach the group as a client property.'],
        parameters: [{ name: 'transport', type: transport }],
        statements: ['this.#transport = transport;'],
      },
    ],
    methods: callables.map(({ callable, names }) => asMethod(callable, names.method)),
  };
  const functions = callables.map(({ callable, names }) =>
    asFunction(callable, names.function, { name: 'transport', type: transport }),
  );
  const declarations = [
    ...paramsStatements(plan, group, imports),
    ...errorStatements(plan, group, imports),
    ...group.operations.map((op) => table.spec(op, imports)),
  ];
  return [...imports.declarations(), ...declarations, cls, ...functions];
}

/** `<Operation>Error` of each operation that declares error responses. */
function errorStatements(plan: Plan, group: PlannedGroup, imports: Imports): TypeAliasDeclarationStructure[] {
  return group.operations.flatMap((op) =>
    op.errorType
      ? [
          {
            kind: StructureKind.TypeAlias,
            name: op.errorType,
            isExported: true,
            type: errorUnion(plan, op, imports),
            docs: [
              `The errors \`${op.operation.id}\` declares, as thrown: narrow by \`instanceof\` or by \`status\` to read \`body\` as the spec gives it.`,
            ],
          },
        ]
      : [],
  );
}

function asMethod(c: Callable, name: string): Method {
  return {
    name,
    ...(c.typeParameters ? { typeParameters: c.typeParameters } : {}),
    ...(c.overloads ? { overloads: [...c.overloads], docs: [] } : c.docs ? { docs: [c.docs] } : {}),
    parameters: [...c.parameters],
    returnType: c.returnType,
    statements: [`return ${c.call('this.#transport')};`],
  };
}

/** An operation as a function over a Transport, which it takes first. */
function asFunction(c: Callable, name: string, transport: Parameter): FunctionDeclarationStructure {
  const first = (o: Overload): FunctionDeclarationOverloadStructure => ({
    ...o,
    kind: StructureKind.FunctionOverload,
    parameters: [transport, ...(o.parameters ?? [])],
  });
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    ...(c.typeParameters ? { typeParameters: c.typeParameters } : {}),
    ...(c.overloads ? { overloads: c.overloads.map(first) } : c.docs ? { docs: [c.docs] } : {}),
    parameters: [transport, ...c.parameters],
    returnType: c.returnType,
    statements: [`return ${c.call('transport')};`],
  };
}

function operationCallable(plan: Plan, op: PlannedOperation, imports: Imports): Callable {
  const o = op.operation;
  const docs = docText({
    summary: o.summary,
    docs: o,
    notes: [
      `\`${o.method} ${o.path}\` (${o.id})`,
      o.pagination
        ? 'Await it for the first page; iterate it with `for await` for every item across pages.'
        : undefined,
      o.async
        ? 'Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.'
        : undefined,
    ],
  });
  const base = {
    ...(op.depthAware ? { typeParameters: depthParameters(imports) } : {}),
    ...(docs ? { docs } : {}),
  };
  const params = paramsParameter(op);
  const args = `${op.specName}, ${params ? 'params' : '{}'}, options`;
  if (o.async) return asyncCallable(plan, op, base, params, imports);
  const result = resultType(plan, op, imports);
  const options: Parameter = { name: 'options', type: imports.type('RequestOptions', RUNTIME), initializer: '{}' };
  if (o.pagination) {
    const item = bodyType(plan, o.pagination.itemType, depthOf(op), imports);
    const returnType = `${imports.type('PagePromise', RUNTIME)}<${result}, ${item}>`;
    return {
      ...base,
      parameters: [...(params ? [params] : []), options],
      returnType,
      call: (t) => `${imports.value('paginate', RUNTIME)}(${t}, ${args})`,
    };
  }
  const promise = imports.type('ApiPromise', RUNTIME);
  const call = (t: string): string => `${t}.request(${args})`;
  const conditional = conditionalKey(op);
  if (conditional && params) {
    // A conditional read may come back 304 Not Modified, with no body. Only a call that surely sends no
    // condition is typed without `undefined`: a value that may be a string (an ETag held as `string | undefined`) may send one.
    const overloads: Overload[] = [
      {
        ...overloadBase(base),
        parameters: [
          { ...optionalParams(params), type: `${params.type as string} & { ${conditional}?: undefined }` },
          optionalOptions(options),
        ],
        returnType: `${promise}<${result}>`,
      },
      {
        ...overloadBase(base),
        parameters: [requiredParams(params), optionalOptions(options)],
        returnType: `${promise}<${result} | undefined>`,
      },
    ];
    return { ...base, overloads, parameters: [params, options], returnType: `${promise}<${result} | undefined>`, call };
  }
  return { ...base, parameters: [...(params ? [params] : []), options], returnType: `${promise}<${result}>`, call };
}

/**
 * An accepted write: resolves to its handle (`Accepted`), or, called with
 * the `wait` option, to what the finished write yields.
 */
function asyncCallable(
  plan: Plan,
  op: PlannedOperation,
  base: Pick<Callable, 'typeParameters' | 'docs'>,
  params: Parameter | undefined,
  imports: Imports,
): Callable {
  const accepted = resultType(plan, op, imports);
  const done = op.operation.async!.result === 'resource' ? accepted : 'undefined';
  const handle = `${imports.type('Accepted', RUNTIME)}<${accepted}, ${done}>`;
  const promise = imports.type('ApiPromise', RUNTIME);
  const options = imports.type('AsyncCallOptions', RUNTIME);
  const paramsFirst = params ? [params] : [];
  const waiting = `${options} & { wait: true | ${imports.type('AsyncWaitOptions', RUNTIME)} }`;
  const overloads: Overload[] = [
    {
      ...overloadBase(base),
      parameters: [...paramsFirst.map(requiredParams), { name: 'options', type: waiting }],
      returnType: `Promise<${done}>`,
    },
    {
      ...overloadBase(base),
      parameters: [
        ...paramsFirst.map(optionalParams),
        { name: 'options', type: `${options} & { wait?: false | undefined }`, hasQuestionToken: true },
      ],
      returnType: `${promise}<${handle}>`,
    },
  ];
  return {
    ...base,
    overloads,
    parameters: [...paramsFirst, { name: 'options', type: options, initializer: '{}' }],
    returnType: `${promise}<${handle}> | Promise<${done}>`,
    call: (t) => `${imports.value('asyncWrite', RUNTIME)}(${t}, ${op.specName}, ${params ? 'params' : '{}'}, options)`,
  };
}

function overloadBase(base: Pick<Callable, 'typeParameters' | 'docs'>): Overload {
  return {
    ...(base.typeParameters ? { typeParameters: base.typeParameters } : {}),
    ...(base.docs ? { docs: [base.docs] } : {}),
  };
}

function requiredParams(p: Parameter): Parameter {
  const { initializer: _, ...rest } = p;
  return rest;
}

function optionalParams(p: Parameter): Parameter {
  const { initializer: _, ...rest } = p;
  return { ...rest, hasQuestionToken: p.initializer !== undefined };
}

function optionalOptions(p: Parameter): Parameter {
  return { name: p.name, type: p.type as string, hasQuestionToken: true };
}

/** The key of the header that makes a read conditional, when the operation declares the 304 it can cause. */
function conditionalKey(op: PlannedOperation): string | undefined {
  if (!op.operation.responses.some((r) => r.status === '304')) return undefined;
  return op.parameters.find(
    (p) => p.parameter.in === 'header' && /^if-(none-match|modified-since)$/i.test(p.parameter.name),
  )?.key;
}

function paramsParameter(op: PlannedOperation): Parameter | undefined {
  if (!op.paramsType) return undefined;
  const required = op.parameters.some((p) => p.required) || op.operation.body?.required === true;
  return {
    name: 'params',
    type: op.depthAware ? `${op.paramsType}<D>` : op.paramsType,
    ...(required ? {} : { initializer: '{}' }),
  };
}

/** `waitFor<Name>`: reads the resource until its status is one waited for (x-wait). */
function waitCallable(plan: Plan, op: PlannedOperation, imports: Imports): Callable {
  const wait = op.operation.wait!;
  // Printed aside: the status type is only used when it is a list of strings or a name.
  const statusImports = new Imports();
  const statusType = typeToString(wait.statusType, { plan, direction: 'read', depth: '0', imports: statusImports });
  const usable = /^("[^"]*"( \| "[^"]*")*|[A-Z]\w*)$/.test(statusType) && statusType !== 'unknown';
  if (usable) imports.addAll(statusImports);
  const status = usable ? statusType : 'string';
  const result = resultType(plan, op, imports, '0');
  const params = paramsParameter(op);
  const rule = literalText({ status: wait.status, ready: wait.ready, failed: wait.failed });
  const args = params ? 'params, ' : '';
  const docs = docText({
    summary: `Reads ${op.operation.path} until its status (${wait.status}) is one waited for: by default ${wait.ready.join(', ')}.`,
    notes: [
      wait.failed.length
        ? `Fails with WaitFailedError on ${wait.failed.join(', ')} unless waited for; with WaitTimeoutError when \`timeoutMs\` passes.`
        : 'Fails with WaitTimeoutError when `timeoutMs` passes.',
    ],
    tags: ['@returns the resource as last read.'],
  });
  return {
    parameters: [
      ...(params ? [{ ...params, type: op.depthAware ? `${op.paramsType}<0>` : op.paramsType! }] : []),
      { name: 'options', type: `${imports.type('WaitOptions', RUNTIME)}<${status}>`, initializer: '{}' },
    ],
    returnType: `Promise<${result}>`,
    call: (t) => {
      const site = `${imports.value('siteOf', RUNTIME)}(${t}, ${op.specName}${params ? ', params' : ''})`;
      return `${imports.value('waitForStatus', RUNTIME)}((request) => ${op.functionName}(${t}, ${args}request), ${rule}, options, ${site})`;
    },
    ...(docs ? { docs } : {}),
  };
}

/** `wait(request)`: polls an accepted request, by id or status URL, until it is done (x-async-status). */
function requestWaitCallable(plan: Plan, group: PlannedGroup, imports: Imports): Callable {
  const statusOp = group.operations.find((o) => o.operation.id === plan.api.asyncStatus?.operation)!;
  const result = resultType(plan, statusOp, imports, '0');
  return {
    docs: docText({
      summary: 'Waits until an accepted request is done, polling its status with backoff.',
      notes: [
        '`request` is its id or its status URL (the `Location` of the 202). Resolves to the final status; throws RequestFailedError if the request failed, WaitTimeoutError when `timeoutMs` passes.',
      ],
    })!,
    parameters: [
      { name: 'request', type: 'string' },
      { name: 'options', type: imports.type('AsyncWaitOptions', RUNTIME), initializer: '{}' },
    ],
    returnType: `Promise<${result}>`,
    call: (t) =>
      `${imports.value('pollRequest', RUNTIME)}(${t}, ${imports.shared('asyncStatus')}, request, options) as Promise<${result}>`,
  };
}
