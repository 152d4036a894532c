import type { Api, Model, Operation, Parameter } from '../ir/types.ts';
import { RESERVED_NAMES } from './runtime-exports.ts';
import { camelCase, memberName, NameScope, propertyName, typeName } from './names.ts';
import { aliasCycles, dependsOnDepth, differsByDirection, genericInDepth, sentInRequests } from './models.ts';

/** What one callable is named as a method of its group and as an exported function. */
export interface Callables {
  readonly method: string;
  readonly function: string;
}

/** A parameter's key in the generated params object. */
export interface PlannedParameter {
  readonly parameter: Parameter;
  readonly key: string;
  /** Whether the caller must give it (client-filled and defaulted ones are optional). */
  readonly required: boolean;
}

export interface PlannedOperation {
  readonly operation: Operation;
  readonly methodName: string;
  /** Name of the exported function that calls the operation on a Transport (the tree-shakeable form of the method). */
  readonly functionName: string;
  /** Name of the OperationSpec constant in its group's module. */
  readonly specName: string;
  /** Name of the params interface, when the operation takes any. */
  readonly paramsType?: string;
  /** Name of the union of the error responses the operation declares, when it declares any. */
  readonly errorType?: string;
  readonly parameters: readonly PlannedParameter[];
  /** The wait helper's names as a method and as a function (x-wait). */
  readonly wait?: Callables;
  /** Whether the operation's `depth` argument drives its response type. */
  readonly depthAware: boolean;
}

export interface PlannedGroup {
  readonly tag: string;
  readonly description?: string;
  /** Property on the client (`instances`). */
  readonly property: string;
  readonly className: string;
  /** Module file name without extension (`instances`). */
  readonly file: string;
  readonly operations: readonly PlannedOperation[];
  /** Names of the wait for accepted requests, in the group that reads request status. */
  readonly requestWait?: Callables;
}

/** Names and placement of everything generated for one API. */
export interface Plan {
  readonly api: Api;
  readonly models: ReadonlyMap<string, Model>;
  /** Type name of each model as read from responses. */
  readonly readNames: ReadonlyMap<string, string>;
  /** Type name of models a request carries whose request shape differs (readOnly, writeOnly, depth). */
  readonly writeNames: ReadonlyMap<string, string>;
  /** Models whose shape depends on response depth. */
  readonly depthDependent: ReadonlySet<string>;
  /** Models that take a depth parameter `D`. */
  readonly depthGeneric: ReadonlySet<string>;
  /** Models defined only through themselves, declared `unknown`. */
  readonly selfAliases: ReadonlySet<string>;
  /** The element alias of each depth resource (`DatacenterItem<D>`). */
  readonly itemNames: ReadonlyMap<string, string>;
  readonly groups: readonly PlannedGroup[];
  readonly clientOptionsName: string;
  /** The function that makes a Transport for this API, and the type of its options. */
  readonly transportFactory: string;
  readonly transportOptionsName: string;
}

/**
 * One naming pass for a whole API: every exported name is claimed in one
 * scope, in a fixed order (models, then per-operation types, then groups),
 * so collisions resolve the same way on every run.
 */
export function planApi(api: Api): Plan {
  const scope = new NameScope(RESERVED_NAMES);
  const clientName = scope.claim(typeName(api.clientName));
  const clientOptionsName = scope.claim(`${clientName}Options`);
  const apiName = typeName(api.clientName.replace(/Client$/, '') || api.clientName);
  const transportOptionsName = scope.claim(`${apiName}TransportOptions`);
  const models = new Map(api.models.map((m) => [m.id, m]));

  const selfAliases = aliasCycles(api.models);
  const readNames = new Map<string, string>();
  for (const m of api.models) readNames.set(m.id, scope.claim(typeName(m.name)));
  const depthDependent = dependsOnDepth(api.models, models);
  const depthGeneric = genericInDepth(api.models, depthDependent);
  const itemNames = new Map<string, string>();
  for (const m of api.models) {
    if (m.depth === 'resource') itemNames.set(m.id, scope.claim(`${readNames.get(m.id)}Item`));
  }
  const writeNames = new Map<string, string>();
  const sent = sentInRequests(api, models);
  for (const id of differsByDirection(api.models, models, depthDependent)) {
    if (selfAliases.has(id) || !sent.has(id)) continue;
    writeNames.set(id, scope.claim(`${readNames.get(id)}Input`));
  }

  const groups: PlannedGroup[] = [];
  const properties = new NameScope(['constructor']);
  const files = new NameScope(['index', 'types', 'parameters', 'client']);
  // Values at module top level: the exported functions (one index exports them all), then the
  // module-private spec constants. Runtime names are imported beside them; `then` stays out.
  const values = new NameScope([...RESERVED_NAMES, 'then', 'shared']);
  const transportFactory = values.claim(`create${apiName}Transport`);
  const functionNames = new Map(api.operations.map((o) => [o, values.claim(memberName(o.id))]));
  for (const tag of api.tags) {
    // `Api` keeps group classes apart from models named after the same resource (Datacenters, the collection).
    const className = scope.claim(`${typeName(tag.name)}Api`);
    const own = api.operations.filter((o) => o.tag === tag.name);
    // Operations' own method names first, so a wait helper can never take one of them.
    const methods = new NameScope();
    const methodNames = own.map((o) => methods.claim(o.methodName));
    const operations = own.map((operation, i) =>
      planOperation(operation, methodNames[i]!, functionNames.get(operation)!, scope, methods, values),
    );
    const readsStatus = own.some((o) => o.id === api.asyncStatus?.operation);
    groups.push({
      tag: tag.name,
      ...(tag.description ? { description: tag.description } : {}),
      property: properties.claim(propertyName(tag.name)),
      className,
      file: files.claim(camelCase(tag.name).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) || 'default'),
      operations,
      ...(readsStatus
        ? { requestWait: { method: methods.claim('wait'), function: values.claim('waitForRequest') } }
        : {}),
    });
  }
  return {
    api,
    models,
    readNames,
    writeNames,
    depthDependent,
    depthGeneric,
    selfAliases,
    itemNames,
    groups,
    clientOptionsName,
    transportFactory,
    transportOptionsName,
  };
}

function planOperation(
  operation: Operation,
  methodName: string,
  functionName: string,
  scope: NameScope,
  methods: NameScope,
  values: NameScope,
): PlannedOperation {
  const keys = new NameScope(operation.body ? ['body'] : []);
  const parameters = operation.parameters.map((parameter) => ({
    parameter,
    key: keys.claim(memberName(parameter.name)),
    required: parameter.required && !parameter.correlationId && parameter.clientOption === undefined,
  }));
  const takesParams = parameters.length > 0 || operation.body !== undefined;
  const base = typeName(operation.id);
  return {
    operation,
    methodName,
    functionName,
    specName: values.claim(`${functionName}Spec`),
    ...(takesParams ? { paramsType: scope.claim(`${base}Params`) } : {}),
    ...(operation.responses.some((r) => isErrorStatus(r.status)) ? { errorType: scope.claim(`${base}Error`) } : {}),
    parameters,
    ...(operation.wait
      ? {
          wait: {
            method: methods.claim(`waitFor${operation.wait.name}`),
            function: values.claim(`waitFor${operation.wait.name}`),
          },
        }
      : {}),
    depthAware: operation.parameters.some((p) => p.depth),
  };
}

/** Whether a response status is an error the runtime throws: 4xx, 5xx (`4XX`, `5XX`), or `default`. */
export function isErrorStatus(status: string): boolean {
  return /^[45]/.test(status) || status === 'default';
}
