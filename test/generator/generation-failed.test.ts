import { describe, expect, it } from 'vitest';
import { originOf } from '../../generator/diagnostics/generated-code.ts';
import { formatDiagnostic } from '../../generator/diagnostics/diagnostic.ts';
import { generatePackage } from '../../generator/pipeline.ts';
import { generatorHash, readRuntime, readTemplates } from '../../generator/sources.ts';
import { planOf, root } from '../helpers/generate.ts';
import { readFileSync } from 'node:fs';
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
      expect.stringMatching(/^test\/fixtures\/specs\/petstore\.yaml:1:1 {2}error {2}generation-failed {2}generated src\/runtime\/broken\.ts:1 could not be built: esbuild: .* {2}\(\/\)$/),
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
    expect(originOf([plan], `src/${plan.api.entry}/${group.file}.ts`, groupText, 3)).toEqual({ file: SPEC, pointer: operation.operation.pointer });
  });
});
