import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../generator/cli.ts';
import { readRuntime } from '../../generator/sources.ts';
import { root } from '../helpers/generate.ts';
import { shop } from './helpers.ts';

interface Item {
  readonly kind: string;
  readonly pointer: string;
  readonly message: string;
  readonly file: string;
  readonly impact: string;
}

/**
 * A package runtime from before the async renames, by hand: `accept` and
 * `awaitRequest` under their first names, `Accepted` with `requestId` alone,
 * and `legacyPoll`, which the runtime no longer has.
 */
const OLD_RUNTIME = {
  'index.ts': [
    "export { accept, awaitRequest, type Accepted } from './async-request.js';",
    "export { legacyPoll } from './legacy.js';",
  ].join('\n'),
  'async-request.ts': [
    'export interface Accepted<T, R> {',
    '  readonly resource: T | undefined;',
    '  /** The id of the request at the API. */',
    '  readonly requestId: string | undefined;',
    '  readonly location: string | undefined;',
    '  readonly etag: string | undefined;',
    '  readonly rateLimit: RateLimit | undefined;',
    '  wait(options?: AsyncWaitOptions): Promise<R>;',
    '}',
    'export function accept<T, R>(',
    '  transport: Transport,',
    '  spec: AsyncOperationSpec,',
    '  params: object = {},',
    '  options: AsyncCallOptions = {},',
    '): ApiPromise<Accepted<T, R>> | Promise<R> {',
    "  throw new Error('not sent');",
    '}',
    'export function awaitRequest(',
    '  transport: Transport,',
    '  spec: AsyncStatusSpec,',
    '  request: string,',
    '  options: AsyncWaitOptions = {},',
    '): Promise<unknown> {',
    '  return Promise.resolve(request);',
    '}',
  ].join('\n'),
  'legacy.ts': 'export function legacyPoll(id: string): Promise<void> {\n  return Promise.resolve();\n}\n',
};

let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=clientgen', '-c', 'user.email=clientgen@example.com', ...args], {
    cwd: repo,
    stdio: 'pipe',
    encoding: 'utf8',
  });
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

/** Commits a spec and, in the package folder `out`, the given runtime files. */
function commitBase(runtime: Record<string, string>, out = 'generated'): void {
  write('specs/shop.yaml', shop);
  for (const [name, text] of Object.entries(runtime)) write(`${out}/src/runtime/${name}`, text);
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
}

async function diff(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['diff', '--base', 'HEAD', ...args], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    cwd: repo,
  });
  return { code, out: out.join('\n'), err };
}

async function runtimeItems(): Promise<{ code: number; items: Item[] }> {
  const { code, out, err } = await diff('--format', 'json');
  expect(err).toEqual([]);
  const items = (JSON.parse(out) as { surface: Item[] }).surface.filter((i) => i.kind.startsWith('runtime-'));
  return { code, items };
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'clientgen-diff-runtime-'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe("clientgen diff --base: the runtime's public API", () => {
  it('a base with the runtime before the renames: the new names added, the old ones deprecated, a removed one breaking', async () => {
    commitBase(OLD_RUNTIME);
    const { code, items } = await runtimeItems();
    expect(code).toBe(1);
    const at = (pointer: string) => items.filter((i) => i.pointer === pointer);
    // What the runtime's own deprecation tags say, whatever their words.
    expect(at('accept')).toEqual([
      {
        kind: 'runtime-export-deprecated',
        pointer: 'accept',
        message: expect.stringMatching(/^function `accept` deprecated: .*`asyncWrite`/),
        file: 'generated/src/runtime/index.ts',
        impact: 'change',
      },
    ]);
    expect(at('awaitRequest').map((i) => `${i.kind} ${i.message}`)).toEqual([
      expect.stringMatching(/^runtime-export-deprecated function `awaitRequest` deprecated: .*`pollRequest`/),
    ]);
    expect(at('asyncWrite').map((i) => `${i.impact} ${i.kind} ${i.message}`)).toEqual([
      'addition runtime-export-added function `asyncWrite` added',
    ]);
    expect(at('pollRequest').map((i) => i.kind)).toEqual(['runtime-export-added']);
    // Callers read an Accepted and never give one, so a member it gains is an addition.
    expect(at('Accepted.asyncRequestId')).toEqual([
      expect.objectContaining({ kind: 'runtime-export-added', impact: 'addition' }),
    ]);
    expect(at('Accepted.requestId')).toEqual([
      expect.objectContaining({
        kind: 'runtime-export-deprecated',
        message: expect.stringMatching(/^member `requestId` of interface `Accepted` deprecated: .*`asyncRequestId`/),
      }),
    ]);
    expect(at('legacyPoll')).toEqual([
      {
        kind: 'runtime-export-removed',
        pointer: 'legacyPoll',
        message: 'function `legacyPoll` removed: imports of it break',
        file: 'HEAD:generated/src/runtime/index.ts',
        impact: 'breaking',
      },
    ]);
    // Everything else the runtime exports now is new since that base.
    expect(at('Transport').map((i) => i.kind)).toEqual(['runtime-export-added']);
  });

  it('the same in Markdown: the runtime among the compared files, its items under Generated package', async () => {
    commitBase(OLD_RUNTIME);
    const { code, out } = await diff();
    expect(code).toBe(1);
    expect(out).toContain(
      "- `HEAD:specs/shop.yaml` → `specs/shop.yaml`\n- `HEAD:generated/src/runtime/index.ts` → `generated/src/runtime/index.ts` (the runtime's exports)",
    );
    const section = out.split('## Generated package\n\n')[1]!.split('\n\n## ')[0]!.split('\n');
    expect(section).toContain(
      '- generated/src/runtime/index.ts **breaking** `runtime-export-removed` `legacyPoll` (old): function `legacyPoll` removed: imports of it break',
    );
    expect(section).toContain(
      '- generated/src/runtime/index.ts `runtime-export-added` `asyncWrite`: function `asyncWrite` added',
    );
    expect(section.find((l) => l.includes('`accept`:'))).toMatch(
      /^- generated\/src\/runtime\/index\.ts `runtime-export-deprecated` `accept`: function `accept` deprecated: .*`asyncWrite`/,
    );
    expect(out).toMatch(/\*\*major\*\*: 0 breaking changes in the spec, 1 breaking change in the generated package\./);
  });

  it("the package folder is the config's out", async () => {
    write('clientgen.config.json', JSON.stringify({ out: 'pkg' }));
    commitBase(OLD_RUNTIME, 'pkg');
    const { items } = await runtimeItems();
    expect(items.find((i) => i.pointer === 'legacyPoll')?.file).toBe('HEAD:pkg/src/runtime/index.ts');
    expect(items.find((i) => i.pointer === 'asyncWrite')?.file).toBe('pkg/src/runtime/index.ts');
    // A runtime in generated/ is not the package's when the config says otherwise.
    write('clientgen.config.json', JSON.stringify({ out: 'elsewhere' }));
    expect((await runtimeItems()).items).toEqual([]);
  });

  it('a config that cannot be read is unusable input, as for generate', async () => {
    commitBase(OLD_RUNTIME);
    write('clientgen.config.json', '{ "out": 3 }');
    const { code, err } = await diff();
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/^clientgen\.config\.json:1:\d+: "out" must be a non-empty string/);
  });

  it('no runtime at the base: no runtime items and no error', async () => {
    commitBase({});
    const { code, items } = await runtimeItems();
    expect(code).toBe(0);
    expect(items).toEqual([]);
    // Nor a package folder with something else in src/runtime.
    rmSync(join(repo, '.git'), { recursive: true });
    commitBase({ 'README.md': 'not a runtime' });
    expect((await runtimeItems()).items).toEqual([]);
  });

  it("the runtime this generator ships at the base: no items, also when only its comments differ, and the working tree's copy is not read", async () => {
    const runtime = Object.fromEntries(readRuntime(root));
    commitBase(runtime);
    // A stale copy in the working tree says nothing: the generator's own runtime is the new side.
    write('generated/src/runtime/legacy.ts', OLD_RUNTIME['legacy.ts']);
    write('generated/src/runtime/index.ts', OLD_RUNTIME['index.ts']);
    expect(await runtimeItems()).toEqual({ code: 0, items: [] });
    rmSync(join(repo, '.git'), { recursive: true });
    const reworded = Object.fromEntries(
      Object.entries(runtime).map(([name, text]) => [
        name,
        text.replace(/\/\*\*[\s\S]*?\*\//g, (doc) => (doc.includes('@deprecated') ? doc : '/** Reworded. */')),
      ]),
    );
    commitBase(reworded);
    expect(reworded['async-request.ts']).not.toBe(runtime['async-request.ts']);
    expect(await runtimeItems()).toEqual({ code: 0, items: [] });
  });

  it('prints the same bytes on every run', async () => {
    commitBase(OLD_RUNTIME);
    const first = await diff('--format', 'json');
    expect((await diff('--format', 'json')).out).toBe(first.out);
    const items = (JSON.parse(first.out) as { surface: Item[] }).surface.filter((i) => i.kind.startsWith('runtime-'));
    const key = (i: Item) => [i.pointer, i.kind, i.message, i.file];
    const sorted = [...items].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const k = x.findIndex((v, n) => v !== y[n]);
      return k === -1 ? 0 : x[k]! < y[k]! ? -1 : 1;
    });
    expect(items).toEqual(sorted);
  });

  it('two files without git: the same runtime on both sides, no runtime items', async () => {
    commitBase(OLD_RUNTIME);
    const out: string[] = [];
    const code = await run(['diff', 'specs/shop.yaml', 'specs/shop.yaml', '--format', 'json'], {
      out: (l) => out.push(l),
      err: () => {},
      cwd: repo,
    });
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n')).surface).toEqual([]);
  });
});
