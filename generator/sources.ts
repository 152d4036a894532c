import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Templates } from './scaffold/scaffold.ts';
import { hash } from './write/stamp.ts';

/** The generator's own folder (the project root), found from this module whether bundled or not. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'templates')) || !existsSync(join(dir, 'generator', 'runtime'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('clientgen: cannot find its templates/ and generator/runtime/');
    dir = parent;
  }
  return dir;
}

/** The runtime's TypeScript files, by file name; they are copied into every package. */
export function readRuntime(root: string): Map<string, string> {
  const dir = join(root, 'generator', 'runtime');
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.ts'))
    .sort();
  return new Map(names.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
}

/** The runtime as `npm run build` compiled it (see compile/prebuild.ts), if it has been built. */
export function readRuntimeCompiled(root: string): Map<string, string> | undefined {
  try {
    return new Map(
      Object.entries(
        JSON.parse(readFileSync(join(root, 'generator', 'dist', 'runtime-compiled.json'), 'utf8')) as Record<
          string,
          string
        >,
      ),
    );
  } catch {
    return undefined;
  }
}

/** The package README's template; package.json and tsconfig.json are written from objects (scaffold/manifest.ts). */
export function readTemplates(root: string): Templates {
  return { readme: readFileSync(join(root, 'templates', 'README.md.hbs'), 'utf8') };
}

/** The parts of the generator that decide what it writes; the CLI, diff and diagnostics do not. */
const OUTPUT_STAGES = ['load', 'ir', 'plan', 'emit', 'format', 'compile', 'scaffold', 'runtime'];

/**
 * Identifies this generator: the sources of the stages that shape its output,
 * its templates and the versions of the formatter and compiler it uses.
 * Output made by another generator is stale.
 */
export function generatorHash(root: string): string {
  const dirs = [...OUTPUT_STAGES.map((stage) => join(root, 'generator', stage)), join(root, 'templates')];
  const files = [...dirs.flatMap(listFiles), join(root, 'generator', 'pipeline.ts')]
    .filter((f) => /\.(ts|hbs)$/.test(f))
    .sort();
  const versions = ['prettier', 'ts-morph', 'esbuild'].map((p) => {
    const pkg = JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')) as { version: string };
    return `${p}@${pkg.version}`;
  });
  return hash(
    [
      ...versions,
      ...files.map((f) => `${relative(root, f).split(sep).join('/')}\n${hash(readFileSync(f, 'utf8'))}`),
    ].join('\n'),
  );
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}
