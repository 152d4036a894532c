import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generator/diagnostics/diagnostic.ts';
import { check, generate } from '../helpers/generate.ts';

/** Findings of a one-file spec as `line:col code pointer` strings. */
function findings(yaml: string): string[] {
  const { diagnostics } = check(['bad.yaml'], { 'bad.yaml': yaml });
  return diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.pointer}`);
}

const HEAD = `openapi: 3.0.3
info: { title: t, version: '1' }
paths:
`;

describe('validation', () => {
  it('names the place of a YAML syntax error', () => {
    expect(findings('openapi: 3.0.3\ninfo:\n  title: [unclosed\n')).toEqual(['3:10 yaml-syntax /info/title']);
  });

  it('reports a duplicate key with its line', () => {
    expect(findings('openapi: 3.0.3\nopenapi: 3.0.2\n')[0]).toMatch(/^2:1 yaml-syntax/);
  });

  it('refuses versions it does not read, naming what it found', () => {
    expect(findings('openapi: 4.0.0\ninfo: { title: t, version: "1" }\npaths: {}\n')).toEqual([
      '1:1 openapi-version /openapi',
    ]);
    expect(findings('swagger: "1.2"\ninfo: { title: t, version: "1" }\npaths: {}\n')).toEqual([
      '1:1 openapi-version /swagger',
    ]);
    const { diagnostics } = check(['bad.yaml'], { 'bad.yaml': 'info: { title: t, version: "1" }\npaths: {}\n' });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'expected OpenAPI 3.0.x or 3.1.x, or Swagger 2.0; found neither an openapi nor a swagger field',
    ]);
  });

  it('takes OpenAPI 3.1 and Swagger 2.0 documents', () => {
    expect(findings('openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\n')).toEqual([]);
    expect(findings('swagger: "2.0"\ninfo: { title: t, version: "1" }\npaths: {}\n')).toEqual([]);
  });

  it('reports every problem of a spec in one run, each at its place', () => {
    const yaml = `${HEAD}  /a/{id}:
    get:
      operationId: same
      responses:
        '200': { description: ok }
  /b:
    get:
      operationId: same
      tags: [B]
      parameters:
        - { name: q, in: query, schema: { $ref: '#/components/schemas/Missing' } }
      responses: {}
  /c:
    post:
      operationId: c
      tags: [C]
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok }
`;
    expect(findings(yaml)).toEqual([
      '5:5 operation-untagged /paths/~1a~1{id}/get',
      '5:5 path-param-undeclared /paths/~1a~1{id}/get',
      '11:7 operation-id-duplicate /paths/~1b/get/operationId',
      '14:43 ref-unresolved /paths/~1b/get/parameters/0/schema',
      '15:7 responses-missing /paths/~1b/get/responses',
      '21:11 path-param-not-in-template /paths/~1c/post/parameters/0',
    ]);
  });

  it('reports a schema violation with the pointer of the offending key', () => {
    const yaml = `${HEAD}  /a:
    get:
      operationId: a
      tags: [A]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: strin }
`;
    expect(findings(yaml)).toContain(
      '13:25 openapi-schema /paths/~1a/get/responses/200/content/application~1json/schema/type',
    );
  });

  it('checks vendor extensions field by field', () => {
    const yaml = `${HEAD}  /a:
    get:
      operationId: a
      tags: [A]
      x-method: constructor
      x-pagination: { page: p, size: size, items: data }
      x-wait: { name: thing, status: /status, ready: [] }
      responses:
        '200': { description: ok }
  /b:
    get:
      operationId: b
      tags: [A]
      x-pagination: { page: p, size: size, items: /data }
      responses:
        '200': { description: ok }
`;
    expect(findings(yaml)).toEqual([
      '8:7 method-name-invalid /paths/~1a/get/x-method',
      '9:44 extension-invalid /paths/~1a/get/x-pagination/items',
      '10:17 extension-invalid /paths/~1a/get/x-wait/name',
      '10:47 extension-invalid /paths/~1a/get/x-wait/ready',
      '17:23 extension-invalid /paths/~1b/get/x-pagination/page',
      '17:32 extension-invalid /paths/~1b/get/x-pagination/size',
    ]);
  });

  it('requires the correlation header on every operation once one declares it', () => {
    const yaml = `${HEAD}  /a:
    get:
      operationId: a
      tags: [A]
      parameters: [{ name: x-request-id, in: header, required: true, x-correlation-id: true, schema: { type: string } }]
      responses: { '200': { description: ok } }
  /b:
    get:
      operationId: b
      tags: [A]
      responses: { '200': { description: ok } }
`;
    expect(findings(yaml)).toEqual(['11:5 correlation-id-missing /paths/~1b/get']);
  });

  it('requires x-async on every 202 write once the document declares x-async-status', () => {
    const yaml = `openapi: 3.0.3
info: { title: t, version: '1' }
x-async-status: { header: Location, status: /metadata/status, pending: [RUNNING], done: [DONE], failed: [FAILED] }
paths:
  /a:
    post:
      operationId: a
      tags: [A]
      responses: { '202': { description: accepted } }
`;
    expect(findings(yaml)).toEqual(['6:5 async-unmarked /paths/~1a/post']);
  });

  it('warns about constructs it does not generate and generates the rest', async () => {
    const yaml = `${HEAD}  /a:
    get:
      operationId: a
      tags: [A]
      parameters: [{ name: session, in: cookie, schema: { type: string } }]
      callbacks: { done: {} }
      responses: { '200': { description: ok } }
`;
    const { diagnostics, files } = await generate(['bad.yaml'], { 'bad.yaml': yaml });
    // The package's own version warning (info.version '1' is not semver) is not about the spec's constructs.
    const found = diagnostics.filter((d) => d.code !== 'package-version-invalid');
    expect(found.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code} ${d.pointer}`)).toEqual([
      '8:20 warning unsupported-feature /paths/~1a/get/parameters/0',
      '9:7 warning unsupported-feature /paths/~1a/get/callbacks',
    ]);
    expect(files?.get('src/bad/a.ts')).toContain('a(options: RequestOptions = {})');
  });

  it('reports a $ref that loops through references only', () => {
    const yaml = `${HEAD}  {}
components:
  schemas:
    A: { $ref: '#/components/schemas/B' }
    B: { $ref: '#/components/schemas/A' }
`;
    expect(findings(yaml)).toEqual(['7:10 ref-cycle /components/schemas/A', '8:10 ref-cycle /components/schemas/B']);
  });

  it('formats a finding as FILE:LINE:COL  severity  CODE  message  (pointer)', () => {
    const { diagnostics } = check(['bad.yaml'], {
      'bad.yaml': `${HEAD}  /a:\n    get:\n      tags: [A]\n      responses: { '200': { description: ok } }\n`,
    });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'bad.yaml:5:5  warning  operation-id-missing  GET /a has no operationId; "getA" is used  (/paths/~1a/get)',
    ]);
  });

  it('finds nothing wrong in the curated specs', () => {
    const { diagnostics } = check(['specs/contabo.yaml', 'specs/profitbricks-v4.yaml']);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });
});
