/**
 * The ProfitBricks v4 reference's examples (test/fixtures/profitbricks-examples.json,
 * written by extract-examples.mjs) and what checking them against
 * specs/profitbricks-v4.yaml finds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { root } from '../helpers/generate.ts';
import { schemaValidator, type Direction } from '../helpers/oas-schema.ts';

type Content = Record<string, { schema?: unknown }>;
export type Operation = {
  operationId: string;
  requestBody?: { $ref?: string; content?: Content };
  responses: Record<string, { $ref?: string; content?: Content }>;
};
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, unknown>;
    responses: Record<string, { content?: Content }>;
    requestBodies?: Record<string, { content?: Content }>;
  };
};

export interface Example {
  readonly line: number;
  readonly kind: 'request' | 'response';
  /** Method and path template, as the reference names the request. */
  readonly operation: string;
  readonly status?: number;
  /** The depth the response was read at, when the reference says. */
  readonly depth?: number;
  readonly mediaType?: string;
  readonly body?: unknown;
  /** Why the example as printed is not JSON. */
  readonly error?: string;
}

export const doc = parse(readFileSync(join(root, 'specs/profitbricks-v4.yaml'), 'utf8')) as Doc;
export const examples = (
  JSON.parse(readFileSync(join(root, 'test/fixtures/profitbricks-examples.json'), 'utf8')) as { examples: Example[] }
).examples;

/** The spec's operation for an example: the one path whose literal segments all match, and the method. */
export function operationOf(example: Example): Operation | undefined {
  const [method, path] = example.operation.split(' ') as [string, string];
  const segments = path.split('/');
  const fits = (template: string) => {
    const t = template.split('/');
    return (
      t.length === segments.length &&
      t.every((s, i) => s === segments[i] || (s.startsWith('{') && segments[i]!.startsWith('{')))
    );
  };
  const matches = Object.keys(doc.paths).filter(fits);
  return matches.length === 1 ? doc.paths[matches[0]!]![method.toLowerCase()] : undefined;
}

function deref<T>(value: T & { $ref?: string }, pool: Record<string, T> | undefined): T | undefined {
  return value.$ref ? pool?.[value.$ref.split('/').pop()!] : value;
}

/** The status key an example answers under: its own, else its class (`4XX`), else `default`. */
export function responseKey(op: Operation, status: number): string | undefined {
  return [String(status), `${String(status)[0]}XX`, 'default'].find((key) => op.responses[key] !== undefined);
}

/** The schema an example must satisfy: its response's for its status, or the request body's for its media type. */
export function schemaOf(example: Example, op: Operation): unknown {
  if (example.kind === 'request')
    return deref(op.requestBody ?? {}, doc.components.requestBodies)?.content?.[example.mediaType!]?.schema;
  const key = responseKey(op, example.status!);
  return key && deref(op.responses[key]!, doc.components.responses)?.content?.['application/json']?.schema;
}

const compilers: Record<Direction, ReturnType<typeof schemaValidator>> = {
  response: schemaValidator(doc, true, 'response'),
  request: schemaValidator(doc, true, 'request'),
};
const compiled = new Map<unknown, ReturnType<ReturnType<typeof schemaValidator>>>();
function validator(schema: unknown, direction: Direction) {
  const key = JSON.stringify([direction, schema]);
  if (!compiled.has(key)) compiled.set(key, compilers[direction](schema));
  return compiled.get(key)!;
}

/**
 * What is wrong with a body, one finding per place (a JSON pointer into the
 * body): `invented` for a field the schema does not declare, `missing` for a
 * required one it lacks, `malformed` for a value of the right type in the
 * wrong format, `invalid` for one of the wrong type or not in the enum. A
 * finding inside a place, or a format one at it, hides `invalid` of the
 * place: that is the alternatives of a composition failing along with it.
 */
export function findings(body: unknown, schema: unknown, direction: Direction): string[] {
  const validate = validator(schema, direction);
  if (validate(body)) return [];
  const found = [...new Set((validate.errors ?? []).map(finding))];
  const placeOf = (f: string) => f.slice(f.indexOf(' ') + 1);
  const hidden = (f: string) =>
    f.startsWith('invalid ') &&
    found.some((g) => g !== f && (placeOf(g) === placeOf(f) || placeOf(g).startsWith(`${placeOf(f)}/`)));
  return found.filter((f) => !hidden(f)).sort();
}

function finding(error: ErrorObject): string {
  const params = error.params as { unevaluatedProperty?: string; missingProperty?: string };
  if (error.keyword === 'unevaluatedProperties') return `invented ${error.instancePath}/${params.unevaluatedProperty}`;
  if (error.keyword === 'required') return `missing ${error.instancePath}/${params.missingProperty}`;
  return `${error.keyword === 'format' ? 'malformed' : 'invalid'} ${error.instancePath}`;
}

/** The value at a JSON pointer of a body. */
export function at(body: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      body,
    );
}
