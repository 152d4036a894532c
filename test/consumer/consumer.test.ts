/**
 * The package as its users get it: `npm pack` generated/, install the
 * tarball offline into a fresh ESM project that has nothing else, then
 * resolve, lint, type-check, run and bundle it from there.
 *
 * TypeScript comes from this repo's node_modules by path (the package has no
 * dependencies, so the temporary project has none either): 5.9 at
 * node_modules/typescript and 7 at node_modules/typescript7.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTABO_TOKEN, PROFITBRICKS_BASIC, startFakeServers, type FakeServers } from './fake-servers.ts';
import { CONTABO_CREDENTIALS, promiseHandlers } from './promise-servers.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const generated = join(root, 'generated');
const TSC = {
  '5.9': join(root, 'node_modules/typescript/bin/tsc'),
  '7': join(root, 'node_modules/typescript7/bin/tsc'),
} as const;
const ATTW = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');

/** The flags the package promises to type-check under, besides lib ES2022 + DOM and no ambient types. */
const STRICT_FLAGS = [
  'strict',
  'exactOptionalPropertyTypes',
  'noUncheckedIndexedAccess',
  'noPropertyAccessFromIndexSignature',
  'verbatimModuleSyntax',
  'erasableSyntaxOnly',
  'noUnusedLocals',
  'noUnusedParameters',
] as const;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command without blocking the event loop (the fake servers live in
 * this process) and without npm's lifecycle variables of an enclosing
 * `npm test`, which would point npm at this repo instead of the temp project.
 */
function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const keep = !/^npm_/i.test(key) || /^npm_config_(cache|userconfig|globalconfig|registry)$/i.test(key);
    if (keep) env[key] = value;
  }
  return new Promise((done) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

interface PackResult {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

let work: string;
let project: string;
let tarball: string;
let packed: PackResult;
let installed: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cloud-api-clients-consumer-'));
  const packDir = join(work, 'pack');
  project = join(work, 'project');
  mkdirSync(packDir);
  mkdirSync(join(project, 'src'), { recursive: true });

  const pack = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], generated);
  expect(pack.code, pack.stderr).toBe(0);
  packed = (JSON.parse(pack.stdout) as PackResult[])[0]!;
  tarball = join(packDir, packed.filename);

  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  const install = await run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', project, tarball],
    project,
  );
  expect(install.code, install.stderr).toBe(0);
  installed = join(project, 'node_modules', 'cloud-api-clients');

  copyFileSync(join(here, 'app.mts'), join(project, 'src', 'app.ts'));
  copyFileSync(join(here, 'promises.mts'), join(project, 'src', 'promises.ts'));
  for (const file of [
    'tsconfig.nodenext.json',
    'tsconfig.bundler.json',
    'run.mjs',
    'resolve.mjs',
    'bundle-contabo.mjs',
    'bundle-profitbricks.mjs',
    'functions-contabo.mjs',
    'functions-profitbricks.mjs',
  ])
    copyFileSync(join(here, file), join(project, file));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds dist/, src/, README.md and package.json, and nothing of the generator', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain('package.json');
    expect(paths).toContain('README.md');
    for (const entry of ['contabo', 'profitbricks', 'runtime']) {
      expect(paths).toContain(`dist/${entry}/index.js`);
      expect(paths).toContain(`dist/${entry}/index.d.ts`);
      expect(paths).toContain(`src/${entry}/index.ts`);
    }
    const outside = paths.filter((p) => !/^(dist|src)\//.test(p) && p !== 'package.json' && p !== 'README.md');
    expect(outside).toEqual([]);
  });

  it('declares no dependencies and installs alone into a fresh project', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies'])
      expect(manifest[field], field).toBeUndefined();
    expect(manifest['type']).toBe('module');
    expect(manifest['sideEffects']).toBe(false);
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['cloud-api-clients']);
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as { packages: object };
    expect(Object.keys(lock.packages)).toEqual(['', 'node_modules/cloud-api-clients']);
  });

  it('resolves cloud-api-clients/contabo, /profitbricks and /runtime in Node, and nothing deeper', async () => {
    const result = await run(process.execPath, ['resolve.mjs'], project);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Record<
      string,
      { url: string; required: string; exports: Record<string, string> }
    > & { deepImport: string };
    for (const entry of ['contabo', 'profitbricks', 'runtime'] as const) {
      const expected = join(installed, 'dist', entry, 'index.js');
      expect(report[entry]!.url).toBe(pathToFileURL(expected).href);
      expect(report[entry]!.required).toBe(expected);
    }
    expect(report['contabo']!.exports).toMatchObject({
      ContaboClient: 'function',
      NotFoundError: 'function',
      ApiError: 'function',
    });
    expect(report['contabo']!.exports).not.toHaveProperty('ProfitBricksClient');
    expect(report['profitbricks']!.exports).toMatchObject({
      ProfitBricksClient: 'function',
      RequestFailedError: 'function',
      NotFoundError: 'function',
    });
    expect(report['profitbricks']!.exports).not.toHaveProperty('ContaboClient');
    expect(report['runtime']!.exports).toMatchObject({
      Transport: 'function',
      ApiPromise: 'function',
      PagePromise: 'function',
    });
    expect(report.deepImport).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('passes publint with no errors, warnings or suggestions', async () => {
    const bytes = readFileSync(tarball);
    const result = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer },
      level: 'suggestion',
      strict: true,
    });
    expect(result.messages).toEqual([]);
  });

  it('passes @arethetypeswrong/cli with the esm-only profile', async () => {
    // The package is ESM only ("type": "module", exports with no "require"
    // condition): the esm-only profile leaves out node10 and node16 from CJS,
    // where an ESM-only package cannot be loaded by `require` by design.
    const result = await run(process.execPath, [ATTW, tarball, '--profile', 'esm-only', '--format', 'json'], project);
    const report = JSON.parse(result.stdout) as {
      analysis: { entrypoints: Record<string, unknown> };
      problems?: Record<string, { resolutionKind?: string; entrypoint?: string }[]>;
    };
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual([
      './contabo',
      './package.json',
      './profitbricks',
      './runtime',
    ]);
    const relevant = Object.values(report.problems ?? {})
      .flat()
      .filter((p) => p.resolutionKind === undefined || ['node16-esm', 'bundler'].includes(p.resolutionKind));
    expect(relevant).toEqual([]);
    expect(result.code, result.stderr).toBe(0);
  });
});

describe('types under the strictest settings', () => {
  const modes = ['nodenext', 'bundler'] as const;
  const compilers = Object.keys(TSC) as (keyof typeof TSC)[];

  it('the consumer configs set every promised flag, lib ES2022 + DOM and no ambient types', () => {
    for (const mode of modes) {
      const config = JSON.parse(readFileSync(join(here, `tsconfig.${mode}.json`), 'utf8')) as {
        compilerOptions: Record<string, unknown>;
      };
      for (const flag of STRICT_FLAGS) expect(config.compilerOptions[flag], `${mode}: ${flag}`).toBe(true);
      expect(config.compilerOptions['lib']).toEqual(['ES2022', 'DOM']);
      expect(config.compilerOptions['types']).toEqual([]);
      expect(config.compilerOptions['skipLibCheck']).toBe(false);
    }
  });

  for (const compiler of compilers) {
    for (const mode of modes) {
      it(`a program using both clients type-checks with TypeScript ${compiler}, ${mode} resolution`, async () => {
        const result = await run(
          process.execPath,
          [TSC[compiler], '-p', `tsconfig.${mode}.json`, '--noEmit', '--pretty', 'false'],
          project,
        );
        expect(result.stdout + result.stderr).toBe('');
        expect(result.code).toBe(0);
      });
    }
  }

  it('generated/tsconfig.json sets every promised flag, lib ES2022 + DOM and no ambient types', () => {
    const config = JSON.parse(readFileSync(join(generated, 'tsconfig.json'), 'utf8')) as {
      compilerOptions: Record<string, unknown>;
    };
    for (const flag of STRICT_FLAGS) expect(config.compilerOptions[flag], flag).toBe(true);
    expect(config.compilerOptions['lib']).toEqual(['ES2022', 'DOM']);
    expect(config.compilerOptions['types']).toEqual([]);
  });

  for (const compiler of compilers) {
    it(`the package's own sources type-check with TypeScript ${compiler}`, async () => {
      const flags = STRICT_FLAGS.map((flag) => `--${flag}`);
      const result = await run(
        process.execPath,
        [TSC[compiler], '-p', 'tsconfig.json', '--noEmit', '--pretty', 'false', ...flags],
        generated,
      );
      expect(result.stdout + result.stderr).toBe('');
      expect(result.code).toBe(0);
    });
  }
});

describe('the consumer program against local fake servers', () => {
  let servers: FakeServers;

  beforeAll(async () => {
    servers = await startFakeServers();
  });

  afterAll(async () => {
    await servers?.close();
  });

  it('lists, reads with depth, creates and waits, and catches typed errors', async () => {
    // Emit JavaScript with TypeScript 5.9 (NodeNext); type errors are the type-check tests' business.
    await run(process.execPath, [TSC['5.9'], '-p', 'tsconfig.nodenext.json', '--pretty', 'false'], project);
    expect(existsSync(join(project, 'out', 'app.js'))).toBe(true);

    const endpoints = {
      contaboUrl: servers.contaboUrl,
      contaboAuthUrl: servers.contaboAuthUrl,
      profitbricksUrl: servers.profitbricksUrl,
    };
    const result = await run(process.execPath, ['run.mjs', 'app', JSON.stringify(endpoints)], project);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;

    const contaboCalls = servers.requests.filter((r) => r.server === 'contabo' && !r.path.includes('/token'));
    const missingCall = contaboCalls.find((r) => r.path === '/v1/compute/instances/404');
    expect(summary).toEqual({
      instances: [
        { id: 101, name: 'instance-101' },
        { id: 102, name: 'instance-102' },
        { id: 103, name: 'instance-103' },
      ],
      missingInstance: {
        name: 'NotFoundError',
        status: 404,
        requestId: missingCall?.headers['x-request-id'],
        message: `GET /v1/compute/instances/404 failed with 404 (request id ${String(missingCall?.headers['x-request-id'])}): Entry Instances not found by instanceId 404`,
      },
      datacenterName: 'production',
      serverNames: ['web-1', 'web-2'],
      etag: '"etag-dc-1"',
      created: { id: 'dc-2', name: 'consumer-dc', state: 'AVAILABLE' },
      missingDatacenter: {
        name: 'NotFoundError',
        status: 404,
        requestId: undefined,
        message: 'GET /datacenters/missing failed with 404: Resource does not exist',
      },
      oneErrorHierarchy: true,
    });

    // Contabo: one password grant, then bearer calls with a fresh UUID request id each.
    const tokenCalls = servers.requests.filter((r) => r.path.endsWith('/openid-connect/token'));
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(contaboCalls.map((r) => `${r.method} ${r.path} ${r.query['page'] ?? ''}`)).toEqual([
      'GET /v1/compute/instances ',
      'GET /v1/compute/instances 2',
      'GET /v1/compute/instances/404 ',
    ]);
    for (const call of contaboCalls) {
      expect(call.headers['authorization']).toBe(`Bearer ${CONTABO_TOKEN}`);
      expect(call.headers['x-request-id']).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }

    // ProfitBricks: Basic auth and the contract number on every call; depth in the query; the 202 followed to DONE and read back.
    const pbCalls = servers.requests.filter((r) => r.server === 'profitbricks');
    expect(pbCalls.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /cloudapi/v4/datacenters/dc-1',
      'POST /cloudapi/v4/datacenters',
      'GET /cloudapi/v4/requests/req-1/status',
      'GET /cloudapi/v4/datacenters/dc-2',
      'GET /cloudapi/v4/datacenters/missing',
    ]);
    expect(pbCalls[0]!.query).toEqual({ depth: '2' });
    expect(JSON.parse(pbCalls[1]!.body)).toEqual({ properties: { name: 'consumer-dc', location: 'de/fra' } });
    expect(pbCalls[1]!.headers['content-type']).toBe('application/json');
    for (const call of pbCalls) expect(call.headers['authorization']).toBe(PROFITBRICKS_BASIC);
  });

  it("sends the client's contractNumber (PB-Contract-Number) on every ProfitBricks call, status polls and read-backs included", () => {
    // A user with several contracts acts under the one given; a status poll or
    // read-back without it would look in the default contract instead.
    const pbCalls = servers.requests.filter((r) => r.server === 'profitbricks');
    expect(pbCalls.length).toBeGreaterThan(0);
    expect(pbCalls.map((r) => `${r.method} ${r.path} ${String(r.headers['pb-contract-number'])}`)).toEqual(
      pbCalls.map((r) => `${r.method} ${r.path} 31415`),
    );
  });
});

describe('what the README promises, from a program of its own', () => {
  let servers: FakeServers;

  beforeAll(async () => {
    servers = await startFakeServers(promiseHandlers());
  });

  afterAll(async () => {
    await servers?.close();
  });

  it('holds against stand-ins that end listings by their links, repeat pages, break bodies and revoke tokens', async () => {
    await run(process.execPath, [TSC['5.9'], '-p', 'tsconfig.nodenext.json', '--pretty', 'false'], project);
    expect(existsSync(join(project, 'out', 'promises.js'))).toBe(true);
    const endpoints = {
      contaboUrl: servers.contaboUrl,
      contaboAuthUrl: servers.contaboAuthUrl,
      profitbricksUrl: servers.profitbricksUrl,
      credentials: CONTABO_CREDENTIALS,
    };
    const result = await run(process.execPath, ['run.mjs', 'promises', JSON.stringify(endpoints)], project);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    const contabo = servers.requests.filter((r) => r.server === 'contabo' && !r.path.endsWith('/token'));
    const firstRead = contabo[0]!;
    expect(summary).toEqual({
      read: { id: 101, requestId: firstRead.headers['x-request-id'] },
      missing: 'Entry Instances not found by instanceId 999',
      renewed: [201, 202, 203],
      retried: 102,
      walked: [101, 102, 103, 104, 105],
      firstPage: [101, 102],
      repeated: { page: 2, repeated: 1, shared: true },
      invalid: [{ errorCode: '100', message: '[(root).properties.location] Attribute is required' }],
      unchanged: true,
      accepted: { resource: true, requestId: 'req-9', location: `${servers.profitbricksUrl}/requests/req-9/status` },
      done: { id: 'dc-9', state: 'AVAILABLE' },
    });

    // Headers: the call's Accept over the client's, the client's own header kept, its trace id removed by the call.
    expect([firstRead.headers['accept'], firstRead.headers['x-client'], firstRead.headers['x-trace-id']]).toEqual([
      'application/vnd.promises+json',
      'promises',
      undefined,
    ]);
    expect(contabo[1]!.headers['accept']).toBe('application/json');
    expect(contabo[1]!.headers['x-trace-id']).toBe('client-trace');
    // One renewal for the three calls refused with the revoked token, the last of them after the renewal.
    expect(servers.requests.filter((r) => r.path.endsWith('/token'))).toHaveLength(2);
    const renewals = contabo.filter((r) => /\/20[123]$/.test(r.path)).map((r) => String(r.headers['authorization']));
    expect(renewals).toEqual([...Array(3).fill('Bearer promise-token-1'), ...Array(3).fill('Bearer promise-token-2')]);
    // The broken read sent twice with one request id; the listing walked three pages, no more; the static one two.
    const reads = contabo.filter((r) => r.path === '/v1/compute/instances/102');
    expect(reads).toHaveLength(2);
    expect(reads[1]!.headers['x-request-id']).toBe(reads[0]!.headers['x-request-id']);
    expect(contabo.filter((r) => r.path === '/v1/compute/instances').map((r) => r.query['page'])).toEqual([
      undefined,
      '2',
      '3',
    ]);
    expect(contabo.filter((r) => r.path === '/v1/compute/images')).toHaveLength(2);
    // The write whose 202 broke off was sent once.
    const pb = servers.requests.filter((r) => r.server === 'profitbricks').map((r) => `${r.method} ${r.path}`);
    expect(pb.filter((call) => call === 'POST /cloudapi/v4/datacenters')).toHaveLength(2);
    expect(pb.slice(-3)).toEqual([
      'POST /cloudapi/v4/datacenters',
      'GET /cloudapi/v4/requests/req-9/status',
      'GET /cloudapi/v4/datacenters/dc-9',
    ]);
  });
});

describe('the README in the tarball', () => {
  const readme = (): string => readFileSync(join(installed, 'README.md'), 'utf8');

  it("covers install, both clients' auth, pagination, waits, depth, ETags, errors, retries and raw responses", () => {
    const text = readme();
    for (const heading of [
      '## Install',
      '### Contabo API',
      '### ProfitBricks Cloud API',
      '## Results and raw responses',
      '## Pagination',
      '## Waiting',
      '## Depth',
      '## Conditional requests (ETag)',
      '## Errors',
      '## Retries, timeouts and cancellation',
    ])
      expect(text).toContain(`\n${heading}\n`);
    for (const term of [
      'npm install cloud-api-clients',
      'clientSecret',
      'accessToken',
      'contractNumber',
      'for await',
      '.pages()',
      '.collect(',
      'waitForInstance',
      '{ wait: true }',
      'accepted.wait(',
      'profitbricks.requests.wait(',
      'RequestFailedError',
      'depth: 2',
      'ifMatch',
      'ifNoneMatch',
      'PreconditionFailedError',
      '.withResponse()',
      '.asResponse()',
      'maxRetries',
      'Retry-After',
      '### Headers',
      '`null` removes a header',
      'RepeatedPageError',
      '`_links` has no\n`next`',
      'breaks off',
      '`<Operation>Error`',
      '`string | undefined`',
    ])
      expect(text, term).toContain(term);
  });

  it('lists every operation of every API, by group', () => {
    const text = readme();
    for (const api of ['contabo', 'profitbricks']) {
      // Every operation's spec, from the group modules that hold them.
      const dir = join(generated, 'src', api);
      const operations = readdirSync(dir)
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n');
      const calls = [
        ...operations.matchAll(/^const \w+: \w*OperationSpec = \{\n  method: '(\w+)',\n  path: '([^']+)'/gm),
      ].map((m) => `${m[1]} ${m[2]}`);
      expect(calls.length, api).toBeGreaterThan(10);
      const section = text.split(`(cloud-api-clients/${api})\n`)[1]?.split(/\n## /)[0] ?? '';
      const rows = [...section.matchAll(/^\| `\w+` \| `(\w+)` \| `(\w+ [^`]+)` \|/gm)];
      expect(rows.map((m) => m[2]).sort(), api).toEqual(calls.sort());
      // The function named beside each method is one the package exports.
      for (const [, fn] of rows) expect(operations, fn).toMatch(new RegExp(`^export function ${fn}\\b`, 'm'));
    }
  });

  it('has TypeScript examples that type-check against the installed package', async () => {
    const blocks = [...readme().matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(8);
    const dir = join(project, 'readme');
    mkdirSync(dir, { recursive: true });
    // Examples read credentials from the environment; Node's types are not installed, so declare just that.
    const prelude = 'declare const process: { readonly env: Readonly<Record<string, string | undefined>> };\n';
    blocks.forEach((block, i) => writeFileSync(join(dir, `example-${String(i).padStart(2, '0')}.ts`), prelude + block));
    const base = JSON.parse(readFileSync(join(here, 'tsconfig.nodenext.json'), 'utf8')) as { compilerOptions: object };
    // Every flag but the unused-code checks (an example shows a call, not a program);
    // the package's own .d.ts are checked by the type-check tests above.
    const config = {
      compilerOptions: {
        ...base.compilerOptions,
        noUnusedLocals: false,
        noUnusedParameters: false,
        skipLibCheck: true,
        rootDir: 'readme',
        noEmit: true,
      },
      include: ['readme'],
    };
    writeFileSync(join(project, 'tsconfig.readme.json'), JSON.stringify(config, null, 2));
    for (const compiler of Object.keys(TSC) as (keyof typeof TSC)[]) {
      const result = await run(
        process.execPath,
        [TSC[compiler], '-p', 'tsconfig.readme.json', '--pretty', 'false'],
        project,
      );
      expect(result.stdout + result.stderr, `TypeScript ${compiler}`).toBe('');
      expect(result.code).toBe(0);
    }
  });
});

describe('bundle size of one-API applications', () => {
  const apps = {
    contabo: {
      entry: 'bundle-contabo.mjs',
      own: /ContaboClient|\/v1\/compute\/instances/,
      foreign: [/ProfitBricksClient/, /\/datacenters/, /profitbricks/i],
    },
    profitbricks: {
      entry: 'bundle-profitbricks.mjs',
      own: /ProfitBricksClient|\/datacenters/,
      foreign: [/ContaboClient/, /\/v1\/compute/, /contabo/i],
    },
  } as const;

  /** The app bundled as a browser app would be: minified ESM, with what went into it. */
  async function bundle(entry: string): Promise<{ code: string; inputs: string[]; gzipped: number }> {
    const result = await build({
      absWorkingDir: project,
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.text;
    return { code, inputs: Object.keys(result.metafile.inputs), gzipped: gzipSync(code, { level: 9 }).length };
  }

  for (const [api, app] of Object.entries(apps)) {
    it(`a minimal ${api} application bundles without the other API`, async () => {
      const { code, inputs, gzipped } = await bundle(app.entry);
      const other = api === 'contabo' ? 'profitbricks' : 'contabo';
      expect(inputs.filter((p) => p.includes(`cloud-api-clients/dist/${other}/`))).toEqual([]);
      expect(inputs.some((p) => p.includes(`cloud-api-clients/dist/${api}/`))).toBe(true);
      expect(code).toMatch(app.own);
      for (const pattern of app.foreign) expect(code).not.toMatch(pattern);

      const minified = Buffer.byteLength(code);
      console.log(
        `bundle size, minimal ${api} app (esbuild, minify, esm, browser): ${minified} B minified, ${gzipped} B gzipped`,
      );
      // Generous guards against a regression that pulls in far more (the other API, a dependency); not a budget.
      expect(minified).toBeLessThan(150_000);
      expect(gzipped).toBeLessThan(40_000);
    });
  }

  // What an app that calls one operation as a function must not carry: other operations, the client
  // class with its groups, pagination, asynchronous writes, the password grant, the other encoders,
  // and logging, which such an app gets only by calling createLog.
  const LOGGING = ['[cloud-api-clients]', 'CLOUD_API_CLIENTS_LOG', 'redacted'];
  const functionApps = {
    contabo: {
      entry: 'functions-contabo.mjs',
      own: ['"/v1/compute/instances/{instanceId}"', 'x-request-id'],
      absent: [
        '/v1/compute/instances/{instanceId}/actions',
        '/v1/compute/snapshots',
        'ContaboClient',
        'grant_type',
        'totalPages',
        'deepObject',
        'FormData',
        ...LOGGING,
      ],
    },
    profitbricks: {
      entry: 'functions-profitbricks.mjs',
      own: ['"/datacenters/{dataCenterId}"', 'PB-Contract-Number', 'Basic '],
      absent: [
        '/datacenters/{dataCenterId}/servers',
        'ProfitBricksClient',
        '/requests/{requestId}/status',
        'x-www-form-urlencoded',
        'grant_type',
        'deepObject',
        'randomUUID',
        ...LOGGING,
      ],
    },
  } as const;

  for (const [api, app] of Object.entries(functionApps)) {
    it(`a ${api} application calling one operation function bundles that operation alone, smaller than with the client`, async () => {
      const functions = await bundle(app.entry);
      for (const text of app.own) expect(functions.code).toContain(text);
      // Each left out is in the package, to be left out.
      const dist = [api, 'runtime'].flatMap((dir) =>
        readdirSync(join(installed, 'dist', dir))
          .filter((f) => f.endsWith('.js'))
          .map((f) => readFileSync(join(installed, 'dist', dir, f), 'utf8')),
      );
      for (const text of app.absent) {
        expect(dist.join('\n'), text).toContain(text);
        expect(functions.code, text).not.toContain(text);
      }
      const client = await bundle(apps[api as keyof typeof apps].entry);
      console.log(
        `bundle size, one ${api} operation as a function: ${functions.gzipped} B gzipped (with the client: ${client.gzipped} B)`,
      );
      expect(functions.gzipped).toBeLessThan(client.gzipped * 0.6);
    });
  }
});
