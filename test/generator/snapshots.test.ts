import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatSources } from '../../generator/format/format.ts';
import { readRuntime } from '../../generator/sources.ts';
import { generate, root } from '../helpers/generate.ts';
import { typecheck, writeFiles } from '../helpers/typecheck.ts';

/**
 * File snapshots of generated sources, scoped to what each construct makes:
 * one small fixture spec per construct (test/fixtures/constructs/), and of
 * its output only the modules the construct shapes. A snapshot changes when
 * what the generator emits for that construct changes, and for nothing else.
 *
 * Nothing here copies the runtime or a whole curated API. The runtime is
 * copied verbatim from generator/runtime/ into every package, and the curated
 * APIs' output is committed in generated/, where `generate --check` (run in
 * CI) already fails on any byte that differs from what the specs and the
 * generator give; a copy here would only fail a second time, on changes
 * that were meant.
 */

/** Each fixture, what it exercises, and the modules of its entry that show it. */
const CONSTRUCTS: Readonly<Record<string, { readonly what: string; readonly modules: readonly string[] }>> = {
  paginated: { what: 'a paginated operation: a PagePromise of the page and its items', modules: ['books.ts'] },
  accepted: {
    what: 'a 202 asynchronous write, with and without a resource to wait for',
    modules: ['volumes.ts', 'parameters.ts'],
  },
  depth: {
    what: 'a depth resource: types that follow the depth argument, nested items as references',
    modules: ['types.ts', 'sites.ts'],
  },
  union: { what: 'a discriminated union (oneOf with discriminator)', modules: ['types.ts'] },
  'hostile-names': {
    what: 'reserved words, $, - and digits in names, and names that collide once cased',
    modules: ['types.ts', 'default.ts'],
  },
  nullable: { what: 'nullable against optional properties', modules: ['types.ts'] },
  etag: { what: 'a conditional read (If-None-Match, 304) and a write under If-Match (412)', modules: ['profiles.ts'] },
  'shared-parameter': {
    what: 'parameters shared by two operations, one from the path item',
    modules: ['parameters.ts', 'items.ts', 'stores.ts'],
  },
  'mixed-enum': { what: 'an enum of mixed JSON values', modules: ['types.ts'] },
  multipart: { what: 'a multipart/form-data body with a file', modules: ['files.ts'] },
  form: { what: 'an application/x-www-form-urlencoded body', modules: ['sessions.ts'] },
};

const here = dirname(fileURLToPath(import.meta.url));
const stored = (dir: string): string[] => readdirSync(join(here, '__snapshots__', dir)).sort();

/** Generates one spec in memory, without errors; its files. */
async function generated(spec: string): Promise<ReadonlyMap<string, string>> {
  const { files, diagnostics } = await generate([spec]);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return files!;
}

describe('each construct, in the modules it shapes', async () => {
  const results = new Map<string, Awaited<ReturnType<typeof generate>>>();
  for (const name of Object.keys(CONSTRUCTS))
    results.set(name, await generate([`test/fixtures/constructs/${name}.yaml`]));

  for (const [name, { what, modules }] of Object.entries(CONSTRUCTS)) {
    it(`${name}: ${what}`, async () => {
      const { files, diagnostics } = results.get(name)!;
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      for (const module of modules) {
        const text = files?.get(`src/${name}/${module}`);
        expect(text, `src/${name}/${module} is generated`).toBeDefined();
        await expect(text).toMatchFileSnapshot(`./__snapshots__/constructs/${name}/${module}`);
      }
      // A module no longer snapshotted must not linger as a file nobody checks.
      expect(stored(`constructs/${name}`)).toEqual([...modules].sort());
    });
  }

  it('has a fixture for every construct, and a snapshot folder for nothing else', () => {
    expect(readdirSync(join(root, 'test/fixtures/constructs')).sort()).toEqual(
      Object.keys(CONSTRUCTS)
        .map((name) => `${name}.yaml`)
        .sort(),
    );
    expect(stored('constructs')).toEqual(Object.keys(CONSTRUCTS).sort());
  });

  it("gives code that type-checks under the package's strict flags, every construct", () => {
    // The entries side by side in one package, so the runtime they share is checked once.
    const together = new Map<string, string>();
    for (const { files } of results.values()) {
      for (const [path, text] of files ?? []) {
        if (path.startsWith('dist/') || path === 'README.md') continue;
        if (path.startsWith('src/runtime/')) expect(together.get(path) ?? text, path).toBe(text);
        if (!together.has(path)) together.set(path, text);
      }
    }
    expect(typecheck(writeFiles(together))).toEqual([]);
  });
});

describe('a small whole API', () => {
  it('petstore fixture: pagination, waits, read/write split, unauthenticated operation, and the client and index modules', async () => {
    const files = await generated('test/fixtures/specs/petstore.yaml');
    const wanted = [...files].filter(([path]) => path.startsWith('src/petstore/'));
    expect(wanted.length).toBeGreaterThan(3);
    for (const [path, text] of wanted)
      await expect(text).toMatchFileSnapshot(`./__snapshots__/${path.replace(/^src\//, '')}`);
    expect(stored('petstore')).toEqual(wanted.map(([path]) => path.slice('src/petstore/'.length)).sort());
  });
});

describe('the runtime', () => {
  it('is kept formatted where it lives, since the pipeline copies it without formatting', async () => {
    const runtime = readRuntime(root);
    const formatted = await formatSources(new Map(runtime));
    for (const [name, text] of runtime)
      expect(formatted.get(name), `generator/runtime/${name}: run prettier`).toBe(text);
  });
});
