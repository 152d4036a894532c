/**
 * A source is sent to esbuild as soon as it is printed, and the compile step
 * takes that result. What it takes must be the JavaScript of the text it
 * compiles, whatever was sent ahead: the same bytes as compiling it then,
 * never a result sent for another text of that path, and an error in a
 * source sent ahead reported where it is compiled, with its file and line.
 */
import { describe, expect, it } from 'vitest';
import { compileSources, queueCompile } from '../../generator/compile/compile.ts';
import { GeneratedCodeError } from '../../generator/diagnostics/generated-code.ts';

const declared = (path: string) => new Map([[path, () => 'export {};\n']]);

describe('compiling sources sent ahead', () => {
  it('gives the bytes compiling them then gives', async () => {
    const path = 'src/api/ahead.ts';
    const text = 'export const answer: number = 42;\nexport function twice(n: number): number {\n  return n * 2;\n}\n';
    const then = await compileSources(new Map([[path, text]]), declared(path));
    queueCompile(path, text);
    const ahead = await compileSources(new Map([[path, text]]), declared(path));
    expect(ahead).toEqual(then);
    expect(ahead.get('dist/api/ahead.js')).toContain('function twice(n)');
  });

  it('compiles the text it is given, not one sent ahead for the same path', async () => {
    const path = 'src/api/changed.ts';
    queueCompile(path, 'export const stale: number = 1;\n');
    const out = await compileSources(new Map([[path, 'export const fresh: number = 2;\n']]), declared(path));
    expect(out.get('dist/api/changed.js')).toContain('fresh');
    expect(out.get('dist/api/changed.js')).not.toContain('stale');
  });

  it('reports a source that does not compile where it is compiled, with its file and line', async () => {
    const path = 'src/api/broken.ts';
    const text = 'export const fine = 1;\nexport const broken = (;\n';
    queueCompile(path, text);
    const failure = await compileSources(new Map([[path, text]]), declared(path)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GeneratedCodeError);
    expect(failure).toMatchObject({ module: path, line: 2 });
  });
});
