import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers/generate.ts';

/**
 * specs/contabo.yaml against the samples of the Contabo reference
 * (test/fixtures/contabo-samples.json, from extract-contabo-samples.mjs).
 * The reference collapses every nested object and array, so a sample shows
 * a body's top-level fields only: which there are, their kind (object,
 * array, scalar), and scalar values. That much is checked: each field is
 * declared, with the kind the spec gives it, and each required one is there.
 */
type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  items?: Schema;
  additionalProperties?: unknown;
  nullable?: boolean;
};
type Operation = {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
};
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  };
};
interface Sample {
  readonly line: number;
  readonly kind: 'request' | 'response';
  readonly operation: string | null;
  readonly fields: Record<string, unknown>;
}

const doc = parse(readFileSync(join(root, 'specs/contabo.yaml'), 'utf8')) as Doc;
const { samples } = JSON.parse(readFileSync(join(root, 'test/fixtures/contabo-samples.json'), 'utf8')) as {
  samples: Sample[];
};

/** The shape of a schema: `$ref` followed, `allOf` parts merged. */
function shape(schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) return shape(doc.components.schemas[schema.$ref.split('/').pop()!]);
  if (!schema.allOf) return schema;
  const parts = [schema, ...schema.allOf.map(shape)];
  return {
    type: parts.find((p) => p.type)?.type ?? 'object',
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
    required: parts.flatMap((p) => p.required ?? []),
  };
}

/** The kind a sample shows for a value of this schema. */
function kindOf(schema: Schema): string {
  const s = shape(schema);
  if (s.type === 'array') return 'array';
  if (s.type === 'object' || s.properties || s.additionalProperties !== undefined) return 'object';
  return s.type === 'integer' ? 'number' : (s.type ?? 'unknown');
}

/** A sample against a body schema: one finding per field that is invented, missing or of another kind. */
function findings(sample: Sample, schema: Schema): string[] {
  const s = shape(schema);
  const declared = s.properties ?? {};
  const out: string[] = [];
  for (const [name, value] of Object.entries(sample.fields)) {
    const property = declared[name];
    if (!property) out.push(`invented ${name}`);
    else {
      const shown = value === 'object' || value === 'array' ? value : value === null ? 'null' : typeof value;
      const kind = kindOf(property);
      if (shown !== kind && !(shown === 'null' && shape(property).nullable))
        out.push(`${name} is ${shown}, the spec says ${kind}`);
    }
  }
  for (const name of s.required ?? []) if (!(name in sample.fields)) out.push(`missing ${name}`);
  return out;
}

/** The spec's operation for a request as a curl sample writes it: literal segments equal, the most of them. */
function operationOf(request: string): Operation | undefined {
  const [method, path] = request.split(' ') as [string, string];
  const segments = path.split('/');
  const score = (template: string) => {
    const t = template.split('/');
    if (t.length !== segments.length || !t.every((s, i) => s === segments[i] || s.startsWith('{'))) return -1;
    return t.filter((s, i) => s === segments[i]).length;
  };
  const candidates = Object.keys(doc.paths).filter((p) => doc.paths[p]![method.toLowerCase()] && score(p) >= 0);
  const best = Math.max(...candidates.map(score));
  const chosen = candidates.filter((p) => score(p) === best);
  return chosen.length === 1 ? doc.paths[chosen[0]!]![method.toLowerCase()] : undefined;
}

/** The JSON bodies an operation's success responses declare. */
function successBodies(op: Operation): Schema[] {
  return Object.entries(op.responses)
    .filter(([status]) => status.startsWith('2'))
    .map(
      ([, r]) =>
        (r.$ref ? doc.components.responses?.[r.$ref.split('/').pop()!] : r)?.content?.['application/json']?.schema,
    )
    .filter((s): s is Schema => s !== undefined);
}

/** Samples whose section shows a curl command for a request the spec does not have, with the reason. */
const UNTIED: Record<number, string> = {
  4943: 'The curl sample writes GET /v1/api-permissions; the API serves /v1/roles/api-permissions (specs/contabo.md, "Where the seed and the facts disagree").',
};

const tied = samples.filter((s) => s.operation !== null);

describe('the Contabo reference samples against specs/contabo.yaml', () => {
  it('ties every sample of a section with a curl command to one operation', () => {
    expect(tied.length).toBeGreaterThan(45);
    const untied = tied.filter((s) => !operationOf(s.operation!)).map((s) => s.line);
    expect(untied).toEqual(Object.keys(UNTIED).map(Number));
  });

  it('finds each response sample a declared success body with its fields, of their kinds', () => {
    const wrong: string[] = [];
    for (const sample of tied.filter((s) => s.kind === 'response')) {
      const op = operationOf(sample.operation!);
      if (!op) continue;
      const results = successBodies(op).map((schema) => findings(sample, schema));
      if (results.length === 0) wrong.push(`${sample.line} ${sample.operation}: no JSON success body declared`);
      else if (!results.some((r) => r.length === 0))
        wrong.push(`${sample.line} ${sample.operation}: ${results[0]!.join('; ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('shows JSON request samples only in sections without a curl command, so they cannot be tied', () => {
    // A rendered reference shows either a curl command or a JSON body per request; these bodies name no request.
    expect(samples.filter((s) => s.kind === 'request' && s.operation !== null)).toEqual([]);
    expect(samples.filter((s) => s.kind === 'request').length).toBe(26);
  });

  it('declares every field of every request sample in some request body', () => {
    const bodies = Object.values(doc.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => Object.values(op.requestBody?.content ?? {}).map((c) => shape(c.schema))),
    );
    const orphans = samples
      .filter((s) => s.kind === 'request')
      .filter((s) => !bodies.some((b) => Object.keys(s.fields).every((name) => b.properties?.[name] !== undefined)))
      .map((s) => `${s.line}: ${Object.keys(s.fields).join(', ')}`);
    expect(orphans).toEqual([]);
  });
});

describe('the check of a Contabo sample', () => {
  const list = samples.find((s) => s.line === 295)!; // GET /v1/compute/instances
  const [body] = successBodies(operationOf(list.operation!)!);
  const check = (fields: Record<string, unknown>) => findings({ ...list, fields }, body!);

  it('passes the sample as printed, and finds a field left out, one invented and one of another kind', () => {
    expect(check(list.fields)).toEqual([]);
    const { _pagination: _, ...rest } = list.fields;
    expect(check(rest)).toEqual(['missing _pagination']);
    expect(check({ ...list.fields, extra: 'array' })).toEqual(['invented extra']);
    expect(check({ ...list.fields, data: 'object' })).toEqual(['data is object, the spec says array']);
  });
});
