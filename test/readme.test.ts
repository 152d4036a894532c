import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { catalogueTable } from '../generator/diagnostics/markdown.ts';
import { root } from './helpers/generate.ts';
import { typecheck } from './helpers/typecheck.ts';
import { tempDir } from './helpers/tmp.ts';

it('the README lists every diagnostic code as the catalogue defines it', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.split('<!-- diagnostics:start -->\n')[1]?.split('\n<!-- diagnostics:end -->')[0];
  expect(table).toBe(catalogueTable());
});

/** The README's TypeScript examples compile against the generated sources under strict settings. */
it('the README examples type-check', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => code.includes("from 'cloud-api-clients/"));
  expect(blocks.length).toBeGreaterThanOrEqual(2);
  const dir = tempDir('readme-');
  blocks.forEach((code, i) => writeFileSync(join(dir, `example${i}.ts`), `${code}\nexport {};\n`));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], types: ['node'], typeRoots: [join(root, 'node_modules/@types')],
        strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noEmit: true, skipLibCheck: true, allowImportingTsExtensions: true,
        paths: { 'cloud-api-clients/contabo': [join(root, 'generated/src/contabo/index.ts')], 'cloud-api-clients/profitbricks': [join(root, 'generated/src/profitbricks/index.ts')] },
      },
      include: ['*.ts'],
    }),
  );
  expect(typecheck(dir)).toEqual([]);
});
