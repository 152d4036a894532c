import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers/generate.ts';
import { schemaValidator } from '../helpers/oas-schema.ts';

type Op = {
  operationId: string;
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>;
};
const doc = parse(readFileSync(join(root, 'specs/profitbricks-v4.yaml'), 'utf8')) as {
  paths: Record<string, Record<string, Op>>;
  components: {
    responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
    schemas: Record<string, unknown>;
  };
};
const fixtures = JSON.parse(readFileSync(join(root, 'test/fixtures/profitbricks/responses.json'), 'utf8')) as {
  operationId: string;
  status: number;
  body: unknown;
}[];
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'put', 'post', 'patch', 'delete'].includes(method))
    .map(([method, op]) => ({ path, method, op })),
);

describe('specs/profitbricks-v4.yaml', () => {
  it('holds the 101 operations of the Cloud API v4 reference, each once', () => {
    const keys = operations.map((o) => `${o.method.toUpperCase()} ${o.path}`);
    expect(new Set(keys).size).toBe(101);
    expect(keys).toContain('POST /datacenters/{dataCenterId}/volumes/{volumeId}/create-snapshot');
    expect(keys).toContain('GET /requests/{requestId}/status');
    expect(keys).toContain('DELETE /um/groups/{groupId}/shares/{resourceId}');
  });

  // The recorded examples of the reference (reads, accepted writes, errors) with placeholders filled in.
  const strict = schemaValidator(doc, true);
  it.each(fixtures.map((f, i) => [`${f.operationId} ${f.status} #${i}`, f] as const))(
    'response %s validates with every field declared',
    (_name, fixture) => {
      const entry = operations.find((o) => o.op.operationId === fixture.operationId);
      expect(entry, 'operation exists').toBeDefined();
      const declared =
        entry!.op.responses[String(fixture.status)] ?? entry!.op.responses[`${String(fixture.status)[0]}XX`];
      const response = declared?.$ref ? doc.components.responses[declared.$ref.split('/').pop()!] : declared;
      const schema = response?.content?.['application/json']?.schema;
      expect(schema, 'a JSON response is declared for the status').toBeDefined();
      const validate = strict(schema);
      expect(validate(fixture.body) ? [] : validate.errors).toEqual([]);
    },
  );

  it('fails a response carrying a field the spec does not declare', () => {
    const fixture = fixtures.find((f) => f.operationId === 'getDatacenter' && f.status === 200)!;
    const response =
      doc.components.responses[
        (operations.find((o) => o.op.operationId === 'getDatacenter')!.op.responses['200']!.$ref ?? '')
          .split('/')
          .pop()!
      ];
    const validate = strict(response!.content!['application/json']!.schema);
    expect(validate(fixture.body)).toBe(true);
    expect(validate({ ...(fixture.body as object), undeclared: 1 })).toBe(false);
  });

  it('covers reads, accepted writes and errors among its recorded examples', () => {
    const statuses = new Set(fixtures.map((f) => (String(f.status)[0] === '2' ? String(f.status) : '4xx')));
    expect([...statuses].sort()).toEqual(['200', '202', '4xx']);
  });
});
