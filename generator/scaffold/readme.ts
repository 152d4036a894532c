import type { Plan } from '../plan/plan.ts';
import {
  authExample,
  errorsExample,
  functionsExample,
  functionsLoggingExample,
  resultsExample,
  retriesExample,
} from './examples/client.ts';
import { fetchOptionsExample, hooksExample, loggingExample, retryPolicyExample } from './examples/observe.ts';
import { authKinds } from './examples/code.ts';
import {
  acceptedExample,
  conditionalExample,
  depthExample,
  paginationExample,
  waitExample,
} from './examples/features.ts';
import { listed, type PackageIdentity } from './identity.ts';

const oneLine = (text: string | undefined): string | undefined => text?.trim().replace(/\s*\n\s*/g, ' ');
const code = (text: string): string => `\`${text}\``;
/** A sentence continued after a colon: `How many` becomes `how many`, an acronym stays. */
const lowerFirst = (text: string | undefined): string | undefined =>
  text?.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());

/**
 * What the package README says, from the plans alone: which sections it
 * has (authentication kinds, pagination, waits, accepted writes, depth,
 * conditional requests) and the examples, made of each API's own names.
 * The words are in templates/README.md.hbs.
 */
export function readmeView(identity: PackageIdentity, plans: readonly Plan[]) {
  const apis = plans.map((plan) => apiView(plan, identity.name));
  const some = <K extends keyof ApiView>(key: K): ApiView[] => apis.filter((a) => a[key] !== undefined);
  const paginated = some('pagination');
  return {
    ...identity,
    apis,
    several: apis.length > 1,
    first: apis[0],
    last: apis.at(-1),
    entries: listed(apis.map((a) => code(a.module))),
    paginated,
    // Said only beside an API that is: where none is, the section is not there at all.
    unpaginated: paginated.length ? apis.filter((a) => !a.pagination) : [],
    waiting: apis.filter((a) => a.waits || a.accepted),
    waits: some('waits').length > 0,
    accepted: some('accepted').length > 0,
    correlated: some('correlation').length > 0,
    depth: some('depth'),
    conditional: some('conditional'),
  };
}

type ApiView = ReturnType<typeof apiView>;

function apiView(plan: Plan, name: string) {
  const { api } = plan;
  const module = `${name}/${api.entry}`;
  const kinds = authKinds(plan);
  const password = kinds.find((a) => a.kind === 'oauth2-password');
  const apiKey = kinds.find((a) => a.kind === 'api-key');
  const paginated = api.operations.filter((o) => o.pagination);
  const asyncStatus = api.asyncStatus;
  const requests = plan.groups.find((g) => g.requestWait);
  const waits = plan.groups.flatMap((g) =>
    g.operations.filter((o) => o.wait).map((o) => ({ method: o.wait!.method, group: g.property })),
  );
  const depth = api.operations.flatMap((o) => o.parameters).find((p) => p.depth);
  const etags = conditionalKeys(plan);
  return {
    entry: api.entry,
    module,
    clientName: api.clientName,
    transportFactory: plan.transportFactory,
    title: api.title,
    version: api.version,
    description: api.description?.trim(),
    auth: {
      passwordGrant: password?.kind === 'oauth2-password' ? { tokenUrl: password.tokenUrl } : undefined,
      bearer: kinds.some((a) => a.kind === 'bearer'),
      apiKey:
        apiKey?.kind === 'api-key'
          ? { name: apiKey.name, where: apiKey.in === 'header' ? 'header' : 'query parameter' }
          : undefined,
      basic: kinds.some((a) => a.kind === 'basic'),
      none: kinds.length === 0,
      example: authExample(plan, module),
    },
    correlation: correlation(plan),
    settings: settings(plan),
    functions: functionsExample(plan, module),
    results: resultsExample(plan, module),
    errors: errorsExample(plan, module),
    retries: retriesExample(plan, module),
    retryPolicy: retryPolicyExample(plan, module),
    hooks: hooksExample(plan, module),
    logging: loggingExample(plan, module),
    functionsLogging: functionsLoggingExample(plan, module),
    fetchOptions: fetchOptionsExample(plan, module),
    pagination: paginated.length
      ? {
          page: code(paginated[0]!.pagination!.page),
          size: code(paginated[0]!.pagination!.size),
          example: paginationExample(plan, module),
        }
      : undefined,
    waits: waits.length
      ? {
          helpers: listed(waits.map((w) => `${code(w.method)} (on ${code(`client.${w.group}`)})`)),
          example: waitExample(plan, module),
        }
      : undefined,
    accepted: api.operations.some((o) => o.async)
      ? {
          all: api.operations.filter((o) => o.method !== 'GET').every((o) => o.async),
          header: code(asyncStatus?.header ?? 'Location'),
          done: listed((asyncStatus?.done ?? []).map(code)),
          failed: listed((asyncStatus?.failed ?? []).map(code)),
          requestWait: requests?.requestWait
            ? code(`client.${requests.property}.${requests.requestWait.method}(idOrLocation)`)
            : undefined,
          example: acceptedExample(plan, module),
        }
      : undefined,
    depth: depth
      ? {
          parameter: code(depth.name),
          description: lowerFirst(oneLine(depth.description)),
          example: depthExample(plan, module),
        }
      : undefined,
    conditional:
      etags.ifMatch || etags.ifNoneMatch ? { ...etags, example: conditionalExample(plan, module) } : undefined,
    groups: plan.groups.map((g) => ({
      property: g.property,
      description: g.description?.trim(),
      operations: g.operations.map((o) => ({
        methodName: o.methodName,
        functionName: o.functionName,
        method: o.operation.method,
        path: o.operation.path,
        summary: (oneLine(o.operation.summary) ?? '').replace(/\|/g, '\\|'),
      })),
    })),
  };
}

/** The correlation id the client fills in (`x-correlation-id`), and whether every call sends one. */
function correlation(plan: Plan) {
  const taking = plan.groups
    .flatMap((g) => g.operations)
    .filter((o) => o.parameters.some((p) => p.parameter.correlationId));
  const first = taking[0]?.parameters.find((p) => p.parameter.correlationId);
  if (!first) return undefined;
  return {
    header: code(first.parameter.name),
    key: code(first.key),
    every: taking.length === plan.api.operations.length,
  };
}

/** The client-wide defaults (`x-client-option`): option, what it is sent as, and the per-call key that wins over it. */
function settings(plan: Plan) {
  const out = new Map<string, { option: string; sentAs: string; key: string }>();
  for (const op of plan.groups.flatMap((g) => g.operations)) {
    for (const p of op.parameters) {
      const option = p.parameter.clientOption;
      if (!option || out.has(option)) continue;
      out.set(option, {
        option: code(option),
        sentAs: `${p.parameter.in === 'query' ? 'query parameter' : p.parameter.in} ${code(p.parameter.name)}`,
        key: code(p.key),
      });
    }
  }
  return [...out.values()].sort((a, b) => a.option.localeCompare(b.option, 'en'));
}

/** The params keys of `If-Match` (on writes) and `If-None-Match` (on reads that declare 304). */
function conditionalKeys(plan: Plan): { ifMatch?: string; ifNoneMatch?: string } {
  const ops = plan.groups.flatMap((g) => g.operations);
  const key = (name: RegExp, keep: (o: (typeof ops)[number]) => boolean): string | undefined => {
    const found = ops
      .filter(keep)
      .flatMap((o) => o.parameters)
      .find((p) => p.parameter.in === 'header' && name.test(p.parameter.name));
    return found && code(found.key);
  };
  const ifMatch = key(/^if-match$/i, (o) => o.operation.method !== 'GET');
  const ifNoneMatch = key(/^if-none-match$/i, (o) => o.operation.responses.some((r) => r.status === '304'));
  return { ...(ifMatch ? { ifMatch } : {}), ...(ifNoneMatch ? { ifNoneMatch } : {}) };
}
