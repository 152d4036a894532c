/**
 * The generated package's README: its TypeScript examples compile against
 * the generated sources under strict settings, as an app would write them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root } from './helpers/generate.ts';
import { typecheck } from './helpers/typecheck.ts';
import { tempDir } from './helpers/tmp.ts';

it('the package README examples type-check', () => {
  const readme = readFileSync(join(root, 'generated/README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((code) => code.includes("from 'cloud-api-clients/"));
  // Among them the sections on hooks, logging, fetch options and the retry policy.
  for (const term of ['hooks:', 'logLevel:', 'log: createLog(', 'fetchOptions:', 'retry:', 'idempotent: true'])
    expect(blocks.join('\n'), term).toContain(term);
  const dir = tempDir('package-readme-');
  blocks.forEach((code, i) => writeFileSync(join(dir, `example${i}.ts`), `${code}\nexport {};\n`));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM'],
        types: ['node'],
        typeRoots: [join(root, 'node_modules/@types')],
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        paths: {
          'cloud-api-clients/contabo': [join(root, 'generated/src/contabo/index.ts')],
          'cloud-api-clients/profitbricks': [join(root, 'generated/src/profitbricks/index.ts')],
        },
      },
      include: ['*.ts'],
    }),
  );
  expect(typecheck(dir)).toEqual([]);
});
