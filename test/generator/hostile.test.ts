import { describe, expect, it } from 'vitest';
import { generate } from '../helpers/generate.ts';
import { typecheck, writeFiles } from '../helpers/typecheck.ts';

/**
 * A valid spec with everything awkward at once: reserved words, digits,
 * dashes, spaces, brackets and quotes in names; `constructor`, `__proto__`
 * and `then`; recursive schemas; discriminated unions; maps of nested arrays;
 * readOnly and writeOnly; enum values and descriptions holding `*\/`,
 * backticks, `${` and newlines.
 */
describe('a hostile spec', async () => {
  const { files, diagnostics } = await generate(['test/fixtures/specs/hostile.yaml']);

  it('generates without errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(files).toBeDefined();
  });

  it('gives code that type-checks under the strictest flags', () => {
    expect(typecheck(writeFiles(files!))).toEqual([]);
  });

  it('keeps spec text inside comments and strings', () => {
    const sources = [...files!]
      .filter(([p]) => p.startsWith('src/hostile/'))
      .map(([, t]) => t)
      .join('\n');
    // Every "*/" that comes from the spec is escaped; the only real ones close our own comments.
    for (const line of sources.split('\n')) {
      const code = line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
      if (code.includes('*/') && !code.trimEnd().endsWith('*/')) throw new Error(`comment closed early: ${line}`);
    }
    expect(sources).toContain("'${x}'");
    expect(sources).toContain('\\@deprecated is not a tag here.');
  });

  it('never names a member after something that would break it', () => {
    const groups = files!.get('src/hostile/default.ts')!;
    expect(groups).toContain('thenOperation(');
    expect(groups).not.toMatch(/^\s+then\(/m);
    expect(groups).not.toMatch(/const then\b/);
    expect(files!.get('src/hostile/trees.ts')).toContain('constructorOperation(');
  });

  it('matches its snapshot', async () => {
    for (const [path, text] of files!) {
      if (path.startsWith('src/hostile/')) await expect(text).toMatchFileSnapshot(`./__snapshots__/${path.slice(4)}`);
    }
  });
});
