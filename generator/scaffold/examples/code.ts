import type { Auth } from '../../ir/types.ts';
import { memberName, words } from '../../plan/names.ts';
import type { Plan, PlannedGroup, PlannedOperation } from '../../plan/plan.ts';
import { Samples } from './samples.ts';

/** One operation an example calls, with the params it passes (`''` when it takes none). */
export interface Call {
  readonly group: PlannedGroup;
  readonly op: PlannedOperation;
  readonly params: string;
}

/**
 * One example of the README: a module that imports from one entry. Names
 * it declares never shadow what it imports.
 */
export class Example {
  private readonly imports = new Set<string>();
  private readonly locals = new Set<string>();
  private readonly lines: string[] = [];

  constructor(private readonly from: string) {}

  use(name: string): string {
    this.imports.add(name);
    return name;
  }

  /** A fresh local name, `base` unless that is taken. */
  local(base: string): string {
    let name = base;
    for (let i = 2; this.imports.has(name) || this.locals.has(name); i++) name = `${base}${i}`;
    this.locals.add(name);
    return name;
  }

  /** Fields taken out of an object under fresh local names: the pattern (`{ data, status: status2 }`) and the names. */
  destructure(...fields: string[]): { pattern: string; names: string[] } {
    const names = fields.map((field) => this.local(field));
    return {
      pattern: `{ ${fields.map((field, i) => (field === names[i] ? field : `${field}: ${names[i]}`)).join(', ')} }`,
      names,
    };
  }

  add(...lines: string[]): this {
    this.lines.push(...lines);
    return this;
  }

  /** Lines before everything added so far (what the client being made refers to). */
  prepend(...lines: string[]): this {
    this.lines.unshift(...lines, '');
    return this;
  }

  text(): string {
    const names = [...this.imports].sort((a, b) => a.localeCompare(b, 'en'));
    return `import { ${names.join(', ')} } from '${this.from}';\n\n${this.lines.join('\n').trim()}\n`;
  }
}

/** The order the client tests credentials in (see emit/client.ts): the first is what examples show. */
const AUTH_ORDER: readonly Auth['kind'][] = ['oauth2-password', 'bearer', 'api-key', 'basic'];

/** The API's kinds of authentication, each once, in the client's order. */
export function authKinds(plan: Plan): Auth[] {
  const seen = new Set<string>();
  return plan.api.auth
    .filter((a) => !seen.has(a.kind) && seen.add(a.kind))
    .sort((a, b) => AUTH_ORDER.indexOf(a.kind) - AUTH_ORDER.indexOf(b.kind));
}

/** `PROFITBRICKS_V4`: the prefix of the environment variables an example reads. */
export function envPrefix(plan: Plan): string {
  return words(plan.api.entry).join('_').toUpperCase() || 'API';
}

/** The client's variable in examples: named after the entry (`contabo`). */
export function clientVariable(example: Example, plan: Plan): string {
  return example.local(memberName(plan.api.entry) || 'client');
}

/** Credentials short enough for examples about something else, as object fields. */
export function plainCredentials(plan: Plan): string[] {
  const kinds = authKinds(plan).map((a) => a.kind);
  if (kinds.includes('bearer')) return ["accessToken: 'token'"];
  if (kinds.includes('api-key')) return ["apiKey: 'key'"];
  if (kinds.includes('basic')) return ["username: 'user'", "password: 'password'"];
  if (kinds.includes('oauth2-password'))
    return ["clientId: 'id'", "clientSecret: 'secret'", "username: 'user'", "password: 'password'"];
  return [];
}

/** `const contabo = new ContaboClient({ accessToken: 'token' });` */
export function newClient(example: Example, plan: Plan, fields: readonly string[] = plainCredentials(plan)): string {
  const name = clientVariable(example, plan);
  example.add(
    `const ${name} = new ${example.use(plan.api.clientName)}(${fields.length ? `{ ${fields.join(', ')} }` : ''});`,
  );
  return name;
}

/**
 * An example that makes a client and goes on with `body` about `call`;
 * undefined when there is no call to show.
 */
export function clientExample(
  plan: Plan,
  from: string,
  call: Call | undefined,
  body: (example: Example, client: string, call: Call) => void,
  fields: readonly string[] = plainCredentials(plan),
): string | undefined {
  if (!call) return undefined;
  const example = new Example(from);
  const client = newClient(example, plan, fields);
  example.add('');
  body(example, client, call);
  return example.text();
}

/** Every operation of the plan that `keep` accepts and whose params can be made, in plan order. */
export function calls(
  plan: Plan,
  keep: (op: PlannedOperation) => boolean,
  extra?: (op: PlannedOperation) => Record<string, string>,
): Call[] {
  const samples = new Samples(plan);
  const out: Call[] = [];
  for (const group of plan.groups) {
    for (const op of group.operations) {
      if (!keep(op)) continue;
      const params = samples.params(op, extra?.(op));
      if (params !== undefined) out.push({ group, op, params });
    }
  }
  return out;
}

/** The call with the lowest score (compared element by element); the first in plan order among equals. */
export function best(candidates: readonly Call[], score: (call: Call) => readonly number[]): Call | undefined {
  let winner: { call: Call; score: readonly number[] } | undefined;
  for (const call of candidates) {
    const s = score(call);
    if (!winner || compare(s, winner.score) < 0) winner = { call, score: s };
  }
  return winner?.call;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** How much an example must write to call it: required parameters, a required body counting double. */
export function effort(call: Call): number {
  return call.op.parameters.filter((p) => p.required).length + (call.op.operation.body?.required ? 2 : 0);
}

/** A read of one resource: a GET with one path parameter, or as near to that as the API has. */
export function readCall(plan: Plan, keep: (op: PlannedOperation) => boolean = () => true): Call | undefined {
  const reads = calls(plan, (op) => keep(op) && op.operation.method === 'GET' && !op.operation.async);
  const onePath = (c: Call): number =>
    c.op.parameters.filter((p) => p.required).every((p) => p.parameter.in === 'path') && effort(c) === 1 ? 0 : 1;
  return (
    best(reads, (c) => [c.op.operation.pagination ? 1 : 0, onePath(c), effort(c)]) ??
    best(calls(plan, keep), (c) => [c.op.operation.async ? 1 : 0, effort(c)])
  );
}

/** The arguments of a call: params (or `{}` where options follow and params are declared), then options. */
export function args(call: Call, options?: string): string {
  const params = call.params || (options && call.op.paramsType ? '{}' : '');
  return [params, options].filter(Boolean).join(', ');
}

/** `contabo.instances.get({ instanceId: 100 })` */
export function methodCall(client: string, call: Call, options?: string): string {
  return `${client}.${call.group.property}.${call.op.methodName}(${args(call, options)})`;
}

/** `getInstance(transport, { instanceId: 100 })` */
export function functionCall(example: Example, transport: string, call: Call, options?: string): string {
  return `${example.use(call.op.functionName)}(${[transport, args(call, options)].filter(Boolean).join(', ')})`;
}

/** A paginated operation, its page size set to `size` where it has one. */
export function pageCall(plan: Plan, size?: number): Call | undefined {
  const sized = (op: PlannedOperation): Record<string, string> => {
    const key = op.parameters.find(
      (p) => p.parameter.in === 'query' && p.parameter.name === op.operation.pagination?.size,
    )?.key;
    return key && size !== undefined ? { [key]: String(size) } : {};
  };
  return best(
    calls(plan, (op) => op.operation.pagination !== undefined, sized),
    (c) => [effort(c)],
  );
}

/** An accepted write with the least to write, of those with the result asked for. */
export function acceptedCall(plan: Plan, result: 'resource' | 'none'): Call | undefined {
  return best(
    calls(plan, (op) => op.operation.async?.result === result),
    (c) => [effort(c)],
  );
}
