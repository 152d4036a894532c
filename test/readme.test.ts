import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueTable } from '../generator/diagnostics/markdown.ts';
import { generate, root } from './helpers/generate.ts';
import { examples, typecheckExamples } from './helpers/examples.ts';
import { writeFiles } from './helpers/typecheck.ts';
import { tempDir } from './helpers/tmp.ts';
import { localServer } from './servers/local.ts';

it('the README lists every diagnostic code as the catalogue defines it', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.split('<!-- diagnostics:start -->\n')[1]?.split('\n<!-- diagnostics:end -->')[0];
  expect(table).toBe(catalogueTable());
});

const CURATED = {
  'cloud-api-clients/contabo': join(root, 'generated/src/contabo/index.ts'),
  'cloud-api-clients/profitbricks': join(root, 'generated/src/profitbricks/index.ts'),
};

/** The README's TypeScript examples compile against the generated sources under strict settings. */
it('the README examples type-check', () => {
  const blocks = examples(readFileSync(join(root, 'README.md'), 'utf8'), Object.keys(CURATED));
  expect(blocks.length).toBeGreaterThanOrEqual(2);
  expect(typecheckExamples(blocks, CURATED)).toEqual([]);
});

/** The package's own examples hold to what its types promise: index signatures read with brackets. */
const STRICTER = { noPropertyAccessFromIndexSignature: true };

describe('the generated package README', () => {
  it('has examples for each feature of the curated APIs, and they type-check', () => {
    const readme = readFileSync(join(root, 'generated/README.md'), 'utf8');
    const blocks = examples(readme, Object.keys(CURATED));
    // Authentication, functions, results, pagination, a wait, accepted writes, depth, ETags, errors, retries.
    for (const section of [
      '## Authentication',
      '## Pagination',
      '### Contabo API: until a resource reaches a status',
      '### ProfitBricks Cloud API: accepted writes',
      '## Depth',
      '## Conditional requests (ETag)',
    ]) {
      expect(readme).toContain(section);
    }
    expect(blocks.length).toBeGreaterThanOrEqual(12);
    expect(typecheckExamples(blocks, CURATED, STRICTER)).toEqual([]);
  });

  it('of petstore is written about petstore alone, and its examples type-check', async () => {
    const { files } = await generate(['test/fixtures/specs/petstore.yaml']);
    const dir = writeFiles(files!);
    const readme = files!.get('README.md')!;
    for (const [path, text] of files!) expect(text, path).not.toMatch(/contabo|profitbricks/i);
    expect(readme).toContain('## Pagination');
    expect(readme).toContain('waitForPet');
    for (const absent of [
      '## Depth',
      '## Conditional requests',
      'accepted writes',
      'RequestFailedError',
      'ifMatch',
      'Basic authentication',
    ])
      expect(readme).not.toContain(absent);
    const blocks = examples(readme, ['petstore/petstore']);
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(typecheckExamples(blocks, { 'petstore/petstore': join(dir, 'src/petstore/index.ts') }, STRICTER)).toEqual(
      [],
    );
  });

  it('of the hostile fixture has examples that type-check', async () => {
    const { files } = await generate(['test/fixtures/specs/hostile.yaml']);
    const dir = writeFiles(files!);
    const name = (JSON.parse(files!.get('package.json')!) as { name: string }).name;
    const entry = Object.keys(
      (JSON.parse(files!.get('package.json')!) as { exports: Record<string, unknown> }).exports,
    )[0]!.slice(2);
    const blocks = examples(files!.get('README.md')!, [`${name}/${entry}`]);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(typecheckExamples(blocks, { [`${name}/${entry}`]: join(dir, `src/${entry}/index.ts`) }, STRICTER)).toEqual(
      [],
    );
  });
});

/**
 * The petstore fixture's API, as its spec describes it: two pages of pets,
 * a pet that is pending on its first read and available after, writes that
 * answer 201 and 204. Only the credentials the README's examples use get in;
 * with `missing` set, the pet is gone.
 */
async function petstoreServer() {
  const requests: string[] = [];
  const state = { reads: 0, missing: false };
  const pet = (id: number, status = 'available') => ({ id, name: `pet-${id}`, status, tags: [] });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method} ${url.pathname}`);
    const send = (status: number, body?: unknown, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type, 'x-request-id': String(req.headers['x-request-id'] ?? '') });
      res.end(body === undefined ? undefined : type === 'application/json' ? JSON.stringify(body) : String(body));
    };
    if (url.pathname === '/v1/health') return send(200, 'up', 'text/plain');
    if (!['Bearer token', 'Bearer from-the-environment'].includes(String(req.headers['authorization'])))
      return send(401, { message: 'who are you?' });
    req.resume();
    req.on('end', () => {
      if (req.method === 'GET' && url.pathname === '/v1/pets') {
        const page = Number(url.searchParams.get('page') ?? 1);
        return send(200, {
          data: page === 1 ? [pet(1), pet(2)] : page === 2 ? [pet(3)] : [],
          page: { number: page, totalPages: 2 },
        });
      }
      if (req.method === 'GET' && url.pathname === '/v1/pets/1' && !state.missing)
        return send(200, pet(1, state.reads++ === 0 ? 'pending' : 'available'));
      if (req.method === 'POST' && url.pathname === '/v1/pets') return send(201, pet(4));
      if (req.method === 'DELETE' && url.pathname === '/v1/pets/1') return send(204);
      return send(404, { message: `no ${req.method} ${url.pathname}` });
    });
  });
  const local = localServer(server);
  return { origin: await local.listen(), requests, state, close: local.close };
}

/**
 * Runs one README example as an application would, its entry mapped to the
 * generated sources; its calls go over HTTP to `origin` instead of the API's
 * server. Resolves to what it logged.
 */
async function runExample(code: string, entry: string, index: string, origin: string): Promise<unknown[][]> {
  const file = join(tempDir('run-'), 'example.ts');
  writeFileSync(file, code.replaceAll(`from '${entry}'`, `from '${pathToFileURL(index).href}'`));
  const { fetch, log } = { fetch: globalThis.fetch, log: console.log };
  const logged: unknown[][] = [];
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return fetch(new URL(`${url.pathname}${url.search}`, origin), init);
  };
  console.log = (...args: unknown[]) => void logged.push(args);
  try {
    await import(pathToFileURL(file).href);
  } finally {
    globalThis.fetch = fetch;
    console.log = log;
  }
  return logged;
}

it('the petstore README examples run against the API they describe', async () => {
  const { files } = await generate(['test/fixtures/specs/petstore.yaml']);
  const dir = writeFiles(files!);
  const blocks = examples(files!.get('README.md')!, ['petstore/petstore']).filter((code) => code.includes('await '));
  expect(blocks.length).toBeGreaterThanOrEqual(6);
  process.env['PETSTORE_TOKEN'] = 'from-the-environment';
  const api = await petstoreServer();
  try {
    for (const code of blocks) {
      // The example of errors shows what a failed call gives.
      api.state.missing = code.includes('instanceof NotFoundError');
      const logged = await runExample(code, 'petstore/petstore', join(dir, 'src/petstore/index.ts'), api.origin);
      expect(logged.length, code).toBeGreaterThan(0);
      if (api.state.missing) expect(logged[0]![0]).toBe(404);
    }
    expect(new Set(api.requests)).toEqual(new Set(['GET /v1/pets/1', 'GET /v1/pets']));
  } finally {
    await api.close();
  }
});
