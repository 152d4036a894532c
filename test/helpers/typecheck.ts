import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { root } from './generate.ts';
import { tempDir } from './tmp.ts';

/** Writes generated files to a folder (a fresh one by default) and returns it. */
export function writeFiles(files: ReadonlyMap<string, string>, dir = tempDir('out-')): string {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/**
 * Type-checks a generated package with its own strict tsconfig; returns the
 * compiler's complaints, one per line (empty when it compiles).
 */
export function typecheck(dir: string, compiler = join(root, 'node_modules/typescript/bin/tsc')): string[] {
  try {
    execFileSync(process.execPath, [compiler, '-p', join(dir, 'tsconfig.json'), '--noEmit'], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return [];
  } catch (error) {
    const out = String((error as { stdout?: string }).stdout ?? error);
    return out.split('\n').filter((l) => l.trim() !== '');
  }
}

/** Type-checks many generated packages in one compiler run, with the packages' own options. */
export function typecheckAll(packages: readonly ReadonlyMap<string, string>[]): string[] {
  if (packages.length === 0) return [];
  const base = tempDir('many-');
  packages.forEach((files, i) => writeFiles(files, join(base, `p${i}`)));
  const options = (JSON.parse(packages[0]!.get('tsconfig.json')!) as { compilerOptions: Record<string, unknown> })
    .compilerOptions;
  const { rootDir: _r, outDir: _o, ...compilerOptions } = options;
  writeFileSync(
    join(base, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit: true }, include: ['p*/src/**/*.ts'] }),
  );
  return typecheck(base);
}
