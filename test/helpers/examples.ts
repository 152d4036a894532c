/** Type-checking a README's TypeScript examples as an application would write them. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './generate.ts';
import { typecheck } from './typecheck.ts';
import { tempDir } from './tmp.ts';

/** The TypeScript blocks of a README that import from one of `entries`. */
export function examples(readme: string, entries: readonly string[]): string[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((code) => entries.some((e) => code.includes(`from '${e}'`)));
}

/**
 * Type-checks code blocks as an application would write them, under strict
 * flags (and `flags`), with each package entry mapped to its generated
 * sources. Returns the compiler's complaints.
 */
export function typecheckExamples(
  blocks: readonly string[],
  sources: Readonly<Record<string, string>>,
  flags: Readonly<Record<string, boolean>> = {},
): string[] {
  const dir = tempDir('readme-');
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
        ...flags,
        noEmit: true,
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        paths: Object.fromEntries(Object.entries(sources).map(([entry, index]) => [entry, [index]])),
      },
      include: ['*.ts'],
    }),
  );
  return typecheck(dir);
}
