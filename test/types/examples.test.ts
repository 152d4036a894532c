import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyType } from '../../generator/emit/responses.ts';
import { typeToString } from '../../generator/emit/type-to-string.ts';
import { planOf, root } from '../helpers/generate.ts';
import { tempDir } from '../helpers/tmp.ts';
import { typecheck } from '../helpers/typecheck.ts';
import { examples, findings, operationOf, responseKey, schemaOf, type Example } from '../specs/examples.ts';

const plan = planOf('specs/profitbricks-v4.yaml');

/** The generated type an example is a value of: the response body at its depth, or the request body. */
function typeOf(example: Example): string | undefined {
  const id = operationOf(example)?.operationId;
  const op = plan.api.operations.find((o) => o.id === id);
  if (!op) return undefined;
  if (example.kind === 'request')
    return op.body && typeToString(op.body.type, { plan, direction: 'write', depth: '0' });
  const raw = operationOf(example)!;
  const key = responseKey(raw, example.status!);
  const response = op.responses.find((r) => r.status === key);
  return response?.type && bodyType(plan, response.type, String(example.depth ?? 0));
}

/**
 * Examples the spec accepts as they are (a format the types do not carry,
 * such as `[date]` for a date-time, apart): the generated types must accept
 * them too, as object literals, so a field the types require but the body
 * leaves out, a null they refuse or a field they do not know fails to compile.
 */
const accepted = examples.filter((e) => {
  const op = operationOf(e);
  return (
    e.error === undefined && op && findings(e.body, schemaOf(e, op), e.kind).every((f) => f.startsWith('malformed '))
  );
});

describe('the generated ProfitBricks types', () => {
  it('accept every reference example the spec accepts', () => {
    expect(accepted.length).toBeGreaterThan(100);
    const lines: string[] = [];
    const origin: string[] = []; // example of each line of the file
    const names = new Set<string>();
    for (const [i, example] of accepted.entries()) {
      const type = typeOf(example);
      expect(type, `${example.line} ${example.operation}`).toBeDefined();
      for (const name of type!.match(/\b[A-Z]\w*/g) ?? []) names.add(name);
      const text = `export const example${i}: ${type} = ${JSON.stringify(example.body, null, 2)};`.split('\n');
      lines.push(...text);
      origin.push(
        ...text.map(() => `${example.line} ${example.kind} ${example.operation} ${example.status ?? ''}`.trim()),
      );
    }
    const entry = join(root, 'generated/src/profitbricks/index.ts');
    const dir = tempDir('examples-');
    writeFileSync(
      join(dir, 'examples.ts'),
      [`import type { ${[...names].sort().join(', ')} } from '${entry}';`, ...lines].join('\n'),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2022', 'DOM'],
          types: [],
          noEmit: true,
          skipLibCheck: true,
          allowImportingTsExtensions: true,
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
        },
        files: ['examples.ts'],
      }),
    );
    // Each complaint names the example it is about: `examples.ts(LINE,COL): error ...`, LINE counting the import.
    const complaints = typecheck(dir).map((l) => {
      const m = /examples\.ts\((\d+),\d+\): (.*)$/.exec(l);
      return m ? `${origin[Number(m[1]) - 2]}: ${m[2]}` : l;
    });
    expect(complaints).toEqual([]);
  });
});
