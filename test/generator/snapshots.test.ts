import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatSources } from '../../generator/format/format.ts';
import { readRuntime } from '../../generator/sources.ts';
import { generate, root } from '../helpers/generate.ts';

/**
 * File snapshots of generated sources: one small fixture spec per feature,
 * and the Contabo client. The runtime is copied verbatim into every package,
 * so it is snapshotted once, not per API.
 */
async function snapshot(spec: string, entry: string, withRuntime = false): Promise<void> {
  const { files, diagnostics } = await generate([spec]);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const wanted = [...files!].filter(([path]) => path.startsWith(`src/${entry}/`) || (withRuntime && path.startsWith('src/runtime/')));
  expect(wanted.length).toBeGreaterThan(3);
  for (const [path, text] of wanted) {
    await expect(text).toMatchFileSnapshot(`./__snapshots__/${path.replace(/^src\//, '')}`);
  }
  // A module the generator no longer writes must not linger as a snapshot nobody checks.
  for (const dir of [entry, ...(withRuntime ? ['runtime'] : [])]) {
    const stored = readdirSync(join(here, '__snapshots__', dir)).map((f) => `src/${dir}/${f}`).sort();
    expect(stored).toEqual(wanted.map(([p]) => p).filter((p) => p.startsWith(`src/${dir}/`)).sort());
  }
}

const here = dirname(fileURLToPath(import.meta.url));

describe('generated sources', () => {
  it('petstore fixture: pagination, waits, read/write split, unauthenticated operation', () => snapshot('test/fixtures/specs/petstore.yaml', 'petstore'));
  it('Contabo client, and the runtime once', () => snapshot('specs/contabo.yaml', 'contabo', true));
});

describe('the runtime', () => {
  it('is kept formatted where it lives, since the pipeline copies it without formatting', async () => {
    const runtime = readRuntime(root);
    const files = new Map([...runtime].map(([name, text]) => [`${name}`, text]));
    const formatted = await formatSources(files);
    for (const [name, text] of runtime) expect(formatted.get(name), `generator/runtime/${name}: run prettier`).toBe(text);
  });
});
