import { describe, expect, it } from 'vitest';
import { originOf } from '../../generator/diagnostics/generated-code.ts';
import { formatDiagnostic } from '../../generator/diagnostics/diagnostic.ts';
import { generatePackage } from '../../generator/pipeline.ts';
import { generatorHash, readRuntime, readTemplates } from '../../generator/sources.ts';
import { planOf, root } from '../helpers/generate.ts';
import { readFileSync } from 'node:fs';
import { loadWorkspace } from '../../generator/load/workspace.ts';
import { join } from 'node:path';

const SPEC = 'test/fixtures/specs/petstore.yaml';

describe('a failure after validation', () => {
  it('is a finding, not a thrown error, and nothing is returned to write', async () => {
    // A runtime file that does not compile stands for any stage that fails past validation.
    const runtime = new Map([...readRuntime(root), ['broken.ts', 'export const = ;\n']]);
    const result = await generatePackage({
      specs: [SPEC],
      read: (p) => readFileSync(join(root, p), 'utf8'),
      runtime,
      templates: readTemplates(root),
      generatorHash: generatorHash(root),
    });
    expect(result.files).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^test\/fixtures\/specs\/petstore\.yaml:1:1 {2}error {2}generation-failed {2}generated src\/runtime\/broken\.ts:1 could not be built: esbuild: .* {2}\(\/\)$/,
      ),
    ]);
  });

  it('is located at the spec pointer behind the generated line that failed', () => {
    const plan = planOf(SPEC);
    const module = `src/${plan.api.entry}/types.ts`;
    const text = 'export interface Pet {\n  id: number;\n  broken here\n}\n';
    expect(originOf([plan], module, text, 3)).toEqual({ file: SPEC, pointer: '/components/schemas/Pet' });
    const group = plan.groups[0]!;
    const operation = group.operations[0]!;
    const groupText = `const ${operation.specName}: OperationSpec = {\n  method: 'GET',\n  oops\n};\n`;
    expect(originOf([plan], `src/${plan.api.entry}/${group.file}.ts`, groupText, 3)).toEqual({
      file: SPEC,
      pointer: operation.operation.pointer,
    });
  });

  it('in a params type, is located at the parameter or at the request body schema the line declares', () => {
    const plan = planOf(SPEC);
    const group = plan.groups[0]!;
    const create = group.operations.find((o) => o.operation.id === 'createPet')!;
    const text = `export interface ${create.paramsType} {\n  /** The request id. */\n  xRequestId?: string | undefined;\n  body: PetInput broken;\n}\n`;
    const at = (line: number) => originOf([plan], `src/${plan.api.entry}/${group.file}.ts`, text, line)?.pointer;
    expect(at(4)).toBe('/paths/~1pets/post/requestBody/content/application~1json/schema');
    expect(at(3)).toBe('/paths/~1pets/post/parameters/0');
    // A line that declares no member is placed at the operation.
    expect(at(2)).toBe('/paths/~1pets/post');
    const { workspace } = loadWorkspace(SPEC, (p) => readFileSync(join(root, p), 'utf8'));
    const line = (pointer: string) => workspace!.root.locate(pointer).line;
    expect(readFileSync(join(root, SPEC), 'utf8').split('\n')[line(at(4)!) - 1]).toMatch(
      /^\s+schema: \{ \$ref: '#\/components\/schemas\/Pet' \}$/,
    );
  });

  it('follows a request body given by reference to the schema it holds, past the media type', () => {
    const spec = 'test/fixtures/specs/referenced-body.yaml';
    const text = [
      'openapi: 3.0.3',
      'info: { title: Bodies, version: 1.0.0 }',
      'paths:',
      '  /things/{id}:',
      '    put:',
      '      operationId: putThing',
      '      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]',
      '      requestBody: { $ref: "#/components/requestBodies/Thing" }',
      "      responses: { '204': { description: Stored. } }",
      '    post:',
      '      operationId: postThing',
      '      requestBody: { content: { application/merge-patch+json: { schema: { type: object } } } }',
      "      responses: { '204': { description: Stored. } }",
      'components:',
      '  requestBodies:',
      '    Thing: { required: true, content: { text/plain: {}, application/json: { schema: { type: string } } } }',
    ].join('\n');
    const plan = planOf(spec, { [spec]: text });
    const body = (id: string) => plan.api.operations.find((o) => o.id === id)!.body!.pointer;
    expect(body('putThing')).toBe('/components/requestBodies/Thing/content/application~1json/schema');
    expect(body('postThing')).toBe(
      '/paths/~1things~1{id}/post/requestBody/content/application~1merge-patch+json/schema',
    );
  });
});
