/**
 * A small, stateful fake of the ProfitBricks Cloud API v4 for behaviour tests.
 *
 * It plays what a client has to cope with: HTTP Basic authentication (401 with
 * the v4 error body otherwise), the `PB-Contract-Number` header (recorded),
 * asynchronous writes (202 with the accepted resource, BUSY, and a `Location`
 * header to `/requests/{id}/status`, whose status moves on QUEUED -> RUNNING
 * -> DONE with every poll, or to FAILED when scripted), `depth` exactly as the
 * API expands nested resources, ETags with `If-None-Match` (304) and
 * `If-Match` (412), `X-RateLimit-*` headers on every response, scripted
 * failures (429 with Retry-After, 5xx, delays), and the two form-encoded calls
 * (create-snapshot, restore-snapshot). Every request is logged with the
 * response it got.
 *
 * Its parts live in `profitbricks/`: the resource store (`store.ts`), the
 * views `depth` gives of it (`depth.ts`), asynchronous writes and their
 * status (`writes.ts`), answers and rate limits (`exchange.ts`), the checks
 * every call goes through and scripted faults (`handle.ts`), and the routes
 * (`routes/`).
 *
 *   const api = await startProfitBricksServer();
 *   const client = new ProfitBricksClient({ ...api.credentials, baseUrl: api.url });
 *   api.scriptRequest({ statuses: ['QUEUED', 'FAILED'], message: 'no capacity' }); // the next write fails
 *   api.script({ method: 'POST', status: 429, retryAfter: '0' });                 // the next POST is refused
 *   ...
 *   await api.close();
 */
import { createServer } from 'node:http';
import { rememberSecrets } from '../helpers/leak.ts';
import { localServer, matchPath } from './local.ts';
import type { Fake } from './profitbricks/context.ts';
import { createViews } from './profitbricks/depth.ts';
import { createExchange } from './profitbricks/exchange.ts';
import { requestListener } from './profitbricks/handle.ts';
import {
  BASE_PATH,
  TEST_CREDENTIALS,
  type ProfitBricksServer,
  type ServerOptions,
  type ServerState,
} from './profitbricks/model.ts';
import { Store } from './profitbricks/store.ts';
import { createWrites } from './profitbricks/writes.ts';

export { errorBody } from './profitbricks/errors.ts';
export * from './profitbricks/model.ts';

export async function startProfitBricksServer(options: ServerOptions = {}): Promise<ProfitBricksServer> {
  const state: ServerState = {
    credentials: options.credentials ?? TEST_CREDENTIALS,
    defaultStatuses: [...(options.statuses ?? ['QUEUED', 'RUNNING', 'DONE'])],
    rateLimit: { ...(options.rateLimit ?? { limit: 120, burst: 50 }) },
    resources: new Map(),
    collections: new Map([
      ['/datacenters', []],
      ['/snapshots', []],
      ['/images', []],
    ]),
    requests: new Map(),
    script: [],
    requestScript: [],
    log: [],
  };
  let origin = '';
  const href = (path: string): string => `${options.publicUrl ?? `${origin}${BASE_PATH}`}${path}`;
  const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

  rememberSecrets(state.credentials);
  const server = createServer();
  const { later, listen, close } = localServer(server);
  const store = new Store(state, now);
  const fake: Fake = {
    state,
    store,
    views: createViews(state, href),
    writes: createWrites(state, href, now),
    exchange: createExchange(state, later),
    href,
    statusLocation: (request) =>
      options.location === 'relative'
        ? `${BASE_PATH}/requests/${request.id}/status`
        : href(`/requests/${request.id}/status`),
  };
  server.on(
    'request',
    requestListener(fake, later, () => origin),
  );
  origin = await listen();

  return {
    url: `${origin}${BASE_PATH}`,
    origin,
    credentials: state.credentials,
    state,
    log: state.log,
    requests: (filter = {}) =>
      state.log.filter((r) => (!filter.method || r.method === filter.method) && matchPath(filter.path, r.path)),
    script: (...entries) => void state.script.push(...entries),
    scriptRequest: (...entries) => void state.requestScript.push(...entries),
    resource: (path) => state.resources.get(path),
    members: (path) => [...(state.collections.get(path) ?? [])],
    ofType: (type) => [...state.resources.values()].filter((r) => r.type === type),
    seed: (collectionPath, body) => {
      const made = store.atomically(() => store.create(collectionPath, body));
      for (const r of made) store.touch(r, 'AVAILABLE');
      return made[0]!;
    },
    href,
    close,
  };
}
