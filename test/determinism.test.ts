import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
});
