import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers/generate.ts';

/**
 * specs/contabo.yaml against the facts read from Contabo's own published API
 * description (test/fixtures/contabo-api-facts.json, see test/fixtures/README.md):
 * every operation, and parameters, request
 * fields and response fields matching in name, type, format, enum and
 * required flag. Additions must come from the reference page (the seed).
 */
type Schema = Record<string, unknown>;
type Doc = { paths: Record<string, Record<string, Schema>>; components: Record<string, Record<string, Schema>> };
type FactOp = {
  method: string;
  path: string;
  parameters: Schema[];
  requestBody: { content: Record<string, Schema> } | null;
  responses: Record<string, Record<string, Schema> | null>;
};

const doc = parse(readFileSync(join(root, 'specs/contabo.yaml'), 'utf8')) as Doc;
const facts = JSON.parse(readFileSync(join(root, 'test/fixtures/contabo-api-facts.json'), 'utf8')) as {
  operations: FactOp[];
  schemas: Record<string, Schema>;
};
const factsDoc = { components: { schemas: facts.schemas } };

/** Fields the seed documents and the facts lack (see specs/contabo.md, "Where the seed and the facts disagree"). */
const FROM_SEED = new Set(['POST /v1/tags body description', 'PATCH /v1/tags/{tagId} body description']);

function resolve(root: object, value: unknown): Schema {
  let s = value as Schema;
  for (let n = 0; typeof s?.['$ref'] === 'string' && n < 20; n++) {
    s = String(s['$ref'])
      .slice(2)
      .split('/')
      .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], root) as Schema;
  }
  return s ?? {};
}

/** Properties with allOf parts merged in. */
function merged(root: object, value: unknown): Schema {
  const s = resolve(root, value);
  if (!Array.isArray(s['allOf'])) return s;
  const parts = (s['allOf'] as unknown[]).map((p) => merged(root, p));
  const out: Schema = {
    ...s,
    properties: { ...(s['properties'] as object) },
    required: [...((s['required'] as string[]) ?? [])],
  };
  for (const p of parts) {
    Object.assign(out['properties'] as object, p['properties']);
    (out['required'] as string[]).push(...((p['required'] as string[]) ?? []));
    for (const k of ['type', 'format', 'enum']) if (out[k] === undefined && p[k] !== undefined) out[k] = p[k];
  }
  return out;
}

/** Every field under a schema as `a.b[].c` with what identifies its shape. */
function fields(
  root: object,
  value: unknown,
  prefix = '',
  out = new Map<string, string>(),
  depth = 0,
): Map<string, string> {
  const s = merged(root, value);
  if (depth > 8) return out;
  if (s['type'] === 'array' || s['items']) return fields(root, s['items'], `${prefix}[]`, out, depth + 1);
  const required = new Set((s['required'] as string[]) ?? []);
  for (const [name, raw] of Object.entries((s['properties'] as Record<string, unknown>) ?? {})) {
    const p = merged(root, raw);
    const path = prefix ? `${prefix}.${name}` : name;
    const items = p['items'] ? merged(root, p['items']) : undefined;
    out.set(
      path,
      JSON.stringify([
        p['type'],
        p['format'],
        p['enum'],
        required.has(name),
        items?.['type'],
        items?.['format'],
        items?.['enum'],
      ]),
    );
    if (p['properties'] || p['items'] || p['allOf']) fields(root, p, path, out, depth + 1);
  }
  return out;
}

const ours = new Map<string, Schema>();
for (const [path, item] of Object.entries(doc.paths))
  for (const [method, op] of Object.entries(item)) ours.set(`${method.toUpperCase()} ${path}`, op);

interface Tally {
  total: number;
  matched: number;
  invented: string[];
}
function compare(tally: Tally, label: string, theirs: Map<string, string>, mine: Map<string, string>): void {
  for (const [field, shape] of theirs) {
    tally.total++;
    if (mine.get(field) === shape) tally.matched++;
  }
  for (const field of mine.keys())
    if (!theirs.has(field) && !FROM_SEED.has(`${label} ${field}`)) tally.invented.push(`${label} ${field}`);
}

describe('specs/contabo.yaml against the facts', () => {
  const params: Tally = { total: 0, matched: 0, invented: [] };
  const bodies: Tally = { total: 0, matched: 0, invented: [] };
  const responses: Tally = { total: 0, matched: 0, invented: [] };
  for (const f of facts.operations) {
    const label = `${f.method} ${f.path}`;
    const op = ours.get(label);
    if (!op) continue;
    const mine = ((op['parameters'] as unknown[]) ?? []).map((p) => resolve(doc, p));
    const shape = (p: Schema) =>
      JSON.stringify([
        p['in'],
        p['required'] === true,
        p['deprecated'] === true,
        (p['schema'] as Schema)['type'],
        (p['schema'] as Schema)['format'],
        (p['schema'] as Schema)['enum'],
      ]);
    compare(
      params,
      label,
      new Map(f.parameters.map((p) => [String(p['name']), shape(p)])),
      new Map(mine.map((p) => [String(p['name']), shape(p)])),
    );
    const body = (op['requestBody'] as { content?: Record<string, Schema> } | undefined)?.content?.[
      'application/json'
    ]?.['schema'];
    if (f.requestBody)
      compare(bodies, `${label} body`, fields(factsDoc, f.requestBody.content['application/json']), fields(doc, body));
    for (const [status, content] of Object.entries(f.responses)) {
      if (!content) continue;
      const response = resolve(doc, (op['responses'] as Record<string, unknown>)[status]);
      const schema = (response['content'] as Record<string, Schema> | undefined)?.['application/json']?.['schema'];
      compare(responses, `${label} ${status}`, fields(factsDoc, content['application/json']), fields(doc, schema));
    }
  }

  it('has all 88 operations, by method and path', () => {
    const theirs = facts.operations.map((f) => `${f.method} ${f.path}`).sort();
    expect([...ours.keys()].sort()).toEqual(theirs);
    expect(theirs).toHaveLength(88);
  });

  it('matches parameters and their required flags (at least 98%)', () => {
    expect(params.matched / params.total).toBeGreaterThanOrEqual(0.98);
    expect(params.invented).toEqual([]);
  });

  it('matches request body fields (at least 98%)', () => {
    expect(bodies.matched / bodies.total).toBeGreaterThanOrEqual(0.98);
    expect(bodies.invented).toEqual([]);
  });

  it('matches response data fields (at least 95%), inventing none', () => {
    expect(responses.total).toBeGreaterThan(500);
    expect(responses.matched / responses.total).toBeGreaterThanOrEqual(0.95);
    expect(responses.invented).toEqual([]);
  });
});
