import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueTable } from '../generator/diagnostics/markdown.ts';
import { generate, root } from './helpers/generate.ts';
import { typecheck, writeFiles } from './helpers/typecheck.ts';
import { tempDir } from './helpers/tmp.ts';

it('the README lists every diagnostic code as the catalogue defines it', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.split('<!-- diagnostics:start -->\n')[1]?.split('\n<!-- diagnostics:end -->')[0];
  expect(table).toBe(catalogueTable());
});

/** The TypeScript blocks of a README that import from one of `entries`. */
function examples(readme: string, entries: readonly string[]): string[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => entries.some((e) => code.includes(`from '${e}'`)));
}

/**
 * Type-checks code blocks as an application would write them, under strict
 * flags (and `flags`), with each package entry mapped to its generated
 * sources. Returns the compiler's complaints.
 */
function typecheckExamples(blocks: readonly string[], sources: Readonly<Record<string, string>>, flags: Readonly<Record<string, boolean>> = {}): string[] {
  const dir = tempDir('readme-');
  blocks.forEach((code, i) => writeFileSync(join(dir, `example${i}.ts`), `${code}\nexport {};\n`));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], types: ['node'], typeRoots: [join(root, 'node_modules/@types')],
        strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, ...flags,
        noEmit: true, skipLibCheck: true, allowImportingTsExtensions: true,
        paths: Object.fromEntries(Object.entries(sources).map(([entry, index]) => [entry, [index]])),
      },
      include: ['*.ts'],
    }),
  );
  return typecheck(dir);
}

const CURATED = { 'cloud-api-clients/contabo': join(root, 'generated/src/contabo/index.ts'), 'cloud-api-clients/profitbricks': join(root, 'generated/src/profitbricks/index.ts') };

/** The README's TypeScript examples compile against the generated sources under strict settings. */
it('the README examples type-check', () => {
  const blocks = examples(readFileSync(join(root, 'README.md'), 'utf8'), Object.keys(CURATED));
  expect(blocks.length).toBeGreaterThanOrEqual(2);
  expect(typecheckExamples(blocks, CURATED)).toEqual([]);
});

/** The package's own examples hold to what its types promise: index signatures read with brackets. */
const STRICTER = { noPropertyAccessFromIndexSignature: true };

describe('the generated package README', () => {
  it('has examples for each feature of the curated APIs, and they type-check', () => {
    const readme = readFileSync(join(root, 'generated/README.md'), 'utf8');
    const blocks = examples(readme, Object.keys(CURATED));
    // Authentication, functions, results, pagination, a wait, accepted writes, depth, ETags, errors, retries.
    for (const section of ['## Authentication', '## Pagination', '### Contabo API: until a resource reaches a status', '### ProfitBricks Cloud API: accepted writes', '## Depth', '## Conditional requests (ETag)']) {
      expect(readme).toContain(section);
    }
    expect(blocks.length).toBeGreaterThanOrEqual(12);
    expect(typecheckExamples(blocks, CURATED, STRICTER)).toEqual([]);
  });

  it('of petstore is written about petstore alone, and its examples type-check', async () => {
    const { files } = await generate(['test/fixtures/specs/petstore.yaml']);
    const dir = writeFiles(files!);
    const readme = files!.get('README.md')!;
    for (const [path, text] of files!) expect(text, path).not.toMatch(/contabo|profitbricks/i);
    expect(readme).toContain('## Pagination');
    expect(readme).toContain('waitForPet');
    for (const absent of ['## Depth', '## Conditional requests', 'accepted writes', 'RequestFailedError', 'ifMatch', 'Basic authentication']) expect(readme).not.toContain(absent);
    const blocks = examples(readme, ['petstore/petstore']);
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(typecheckExamples(blocks, { 'petstore/petstore': join(dir, 'src/petstore/index.ts') }, STRICTER)).toEqual([]);
  });

  it('of the hostile fixture has examples that type-check', async () => {
    const { files } = await generate(['test/fixtures/specs/hostile.yaml']);
    const dir = writeFiles(files!);
    const name = (JSON.parse(files!.get('package.json')!) as { name: string }).name;
    const entry = Object.keys((JSON.parse(files!.get('package.json')!) as { exports: Record<string, unknown> }).exports)[0]!.slice(2);
    const blocks = examples(files!.get('README.md')!, [`${name}/${entry}`]);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(typecheckExamples(blocks, { [`${name}/${entry}`]: join(dir, `src/${entry}/index.ts`) }, STRICTER)).toEqual([]);
  });
});
