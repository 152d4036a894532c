// The fake APIs an app runs against (test/servers, bundled to JavaScript with
// esbuild so this suite runs on any Node), fresh for every app, and what an
// app's summary must be given what those APIs logged.
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { repo } from './lib.mjs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const INSTANCES = 5;
const MISSING_INSTANCE = 999;
const CONTRACT = 31415;

/** Bundles the fake APIs (and their server lifecycle, `localServer`) into `work/servers.mjs` and loads them. */
export async function loadServers(work) {
  const outfile = join(work, 'servers.mjs');
  await build({
    stdin: {
      contents: [
        "export { startContaboServer } from './contabo.ts';",
        "export { startProfitBricksServer } from './profitbricks.ts';",
        "export { localServer } from './local.ts';",
      ].join('\n'),
      resolveDir: join(repo, 'test/servers'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

/**
 * Starts both fake APIs on 127.0.0.1: a Contabo account with a few
 * instances, one of which the API holds back for a minute, and a ProfitBricks
 * contract. `app` is the world as the behaviour script takes it.
 */
export async function openWorld(servers) {
  const contabo = await servers.startContaboServer({ instances: INSTANCES });
  const slow = contabo.addInstance();
  contabo.script({ method: 'GET', path: `/v1/compute/instances/${slow.instanceId}`, delayMs: 60_000 });
  const profitbricks = await servers.startProfitBricksServer();
  const app = {
    contabo: {
      url: contabo.url,
      tokenUrl: contabo.tokenUrl,
      credentials: contabo.credentials,
      missingInstanceId: MISSING_INSTANCE,
      slowInstanceId: slow.instanceId,
    },
    profitbricks: { url: profitbricks.url, ...profitbricks.credentials, contractNumber: CONTRACT },
  };
  return {
    app,
    contabo,
    profitbricks,
    close: () => Promise.all([contabo.close(), profitbricks.close()]),
  };
}

/** What the fake APIs saw, in the terms of the behaviour: sign-ins, pages, ids and credentials on every call. */
function wire(world, pageOrigin) {
  const { contabo, profitbricks } = world;
  const slowPath = `/v1/compute/instances/${world.app.contabo.slowInstanceId}`;
  const calls = contabo.apiRequests().filter((r) => r.path !== slowPath);
  const tokens = new Set(contabo.state.tokens.keys());
  const requestIds = calls.map((r) => r.headers['x-request-id']);
  const pb = profitbricks.log;
  const all = [...contabo.log.filter((r) => r.path !== slowPath), ...pb];
  return {
    signIns: contabo.tokenRequests().map((r) => r.form?.['grant_type']),
    contaboCalls: calls.map((r) => `${r.method} ${r.path} ${r.query['page'] ?? ''}`.trim()),
    bearerEveryCall: calls.every((r) => tokens.has(r.headers['authorization']?.replace(/^Bearer /, '') ?? '')),
    requestIdsFreshUuids:
      requestIds.every((id) => UUID.test(id ?? '')) && new Set(requestIds).size === requestIds.length,
    profitbricksCalls: pb.map((r) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, '{id}')}`),
    basicAndContractEveryCall: pb.every(
      (r) => r.headers['authorization']?.startsWith('Basic ') && r.headers['pb-contract-number'] === String(CONTRACT),
    ),
    // A page's calls to another origin carry its Origin: proof that they went through CORS.
    ...(pageOrigin ? { origins: [...new Set(all.map((r) => r.headers['origin']))] } : {}),
  };
}

/** Where `actual` differs from `expected`: `path: got X, expected Y`, at the deepest level that still differs. */
function differences(actual, expected, path = '') {
  if (isDeepStrictEqual(actual, expected)) return [];
  const objects = [actual, expected].every(
    (v) => v !== null && typeof v === 'object' && Array.isArray(v) === Array.isArray(expected),
  );
  if (!objects || Array.isArray(expected))
    return [`${path || 'outcome'}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`];
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
  return keys.flatMap((key) => differences(actual[key], expected[key], path ? `${path}.${key}` : key));
}

/**
 * Holds an app's printed outcome against the world it ran in: its `summary`,
 * and what the app says around it (`shell`: how it loaded the package); throws,
 * naming every difference, otherwise.
 */
export function verify(outcome, world, { shell, pageOrigin }) {
  const { contabo, profitbricks } = world;
  const missing = contabo.apiRequests({ path: `/v1/compute/instances/${MISSING_INSTANCE}` })[0];
  const post = profitbricks.requests({ method: 'POST', path: '/datacenters' })[0];
  const headers = post?.responseHeaders ?? {};
  const [request] = profitbricks.state.requests.values();
  const [datacenter] = profitbricks.ofType('datacenter');
  const expected = {
    ...shell,
    summary: {
      instanceIds: [...contabo.state.instances.keys()],
      notFound: {
        name: 'NotFoundError',
        status: 404,
        requestId: missing?.headers['x-request-id'],
        message: `Entry Instances not found by instanceId ${MISSING_INSTANCE}`,
        oneHierarchy: true,
      },
      accepted: {
        id: datacenter?.id,
        state: 'BUSY',
        location: request && profitbricks.href(`/requests/${request.id}/status`),
        etag: headers['etag'],
        rateLimit: {
          limit: Number(headers['x-ratelimit-limit']),
          remaining: Number(headers['x-ratelimit-remaining']),
          burst: Number(headers['x-ratelimit-burst']),
        },
      },
      // Progress is reported for each poll that is not yet done; the third poll saw DONE.
      waited: { progress: ['QUEUED', 'RUNNING'], state: 'AVAILABLE', name: 'ecosystem' },
      aborted: { name: 'AbortError', isAbortError: true },
    },
    wire: {
      signIns: ['password'],
      contaboCalls: [
        'GET /v1/compute/instances',
        'GET /v1/compute/instances 2',
        'GET /v1/compute/instances 3',
        `GET /v1/compute/instances/${MISSING_INSTANCE}`,
      ],
      bearerEveryCall: true,
      requestIdsFreshUuids: true,
      profitbricksCalls: [
        'POST /datacenters',
        'GET /requests/{id}/status',
        'GET /requests/{id}/status',
        'GET /requests/{id}/status',
        'GET /datacenters/{id}',
      ],
      basicAndContractEveryCall: true,
      ...(pageOrigin ? { origins: [pageOrigin] } : {}),
    },
  };
  const found = differences({ ...outcome, wire: wire(world, pageOrigin) }, expected);
  if (found.length) throw new Error(found.join('; '));
}
