import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePackage } from '../generator/pipeline.ts';
import { generatorHash, projectRoot, readRuntime, readTemplates } from '../generator/sources.ts';
import { run } from '../generator/cli.ts';
import { tempDir } from './helpers/tmp.ts';

const root = projectRoot();
const inputs = (specs: string[]) => ({
  specs,
  read: (p: string) => readFileSync(join(root, p), 'utf8'),
  runtime: readRuntime(root),
  templates: readTemplates(root),
  generatorHash: generatorHash(root),
});

describe('determinism', () => {
  it('gives byte-identical files for the same specs', async () => {
    const first = await generatePackage(inputs(['specs/contabo.yaml']));
    const second = await generatePackage(inputs(['specs/contabo.yaml']));
    expect(first.files).toBeDefined();
    expect([...second.files!.keys()]).toEqual([...first.files!.keys()]);
    for (const [path, text] of first.files!) expect(second.files!.get(path), path).toBe(text);
  });

  it('regenerates into a fresh folder, then finds nothing to change', async () => {
    const out = tempDir('determinism-');
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), cwd: root };
    expect(await run(['generate', '--spec', 'specs/contabo.yaml', '--out', out], io)).toBe(0);
    expect(await run(['generate', '--spec', 'specs/contabo.yaml', '--out', out, '--check'], io)).toBe(0);
    expect(lines.at(-1)).toContain('up to date');
  });

  it('after a one-operation change, regenerates the same files as a cold run', async () => {
    const work = tempDir('incremental-');
    const spec = join(work, 'contabo.yaml');
    const original = readFileSync(join(root, 'specs/contabo.yaml'), 'utf8');
    const changed = original.replace('summary: List instances', 'summary: List the instances');
    expect(changed).not.toBe(original);
    const io = { out: () => {}, err: () => {}, cwd: work };
    writeFileSync(spec, original);
    expect(await run(['generate', '--spec', spec, '--out', 'incremental'], io)).toBe(0);
    writeFileSync(spec, changed);
    expect(await run(['generate', '--spec', spec, '--out', 'incremental'], io)).toBe(0);
    expect(await run(['generate', '--spec', spec, '--out', 'cold'], io)).toBe(0);
    const files = (dir: string): Map<string, string> =>
      new Map(
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]),
      );
    const incremental = files(join(work, 'incremental'));
    const cold = files(join(work, 'cold'));
    expect([...incremental.keys()].sort()).toEqual([...cold.keys()].sort());
    for (const [path, text] of cold) expect(incremental.get(path), path).toBe(text);
    expect(cold.get('src/contabo/instances.ts')).toContain('List the instances');
  });
});
