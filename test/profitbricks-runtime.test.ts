/**
 * Behaviour of the generated ProfitBricks client (and the runtime under it)
 * against a stateful fake of the Cloud API v4: Basic auth and the contract
 * number, asynchronous writes (202, Location, request status polling, wait),
 * depth, ETags, rate limits and retries, and the form-encoded calls.
 */
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  AbortError,
  AuthenticationError,
  basicAuth,
  createDatacenter,
  createProfitBricksTransport,
  createVolumeSnapshot,
  getDatacenter,
  updateDatacenter,
  waitForRequest,
  InvalidRequestError,
  InvalidResponseError,
  NotFoundError,
  PreconditionFailedError,
  ProfitBricksClient,
  RateLimitError,
  RequestFailedError,
  ServerError,
  UnprocessableEntityError,
  WaitTimeoutError,
  type Accepted,
  type CreateDatacenterError,
  type Datacenter,
  type Datacenters,
  type ProfitBricksClientOptions,
  type RateLimit,
  type Reference,
  type RequestStatus,
  type Server,
  type Snapshot,
  type Volume,
} from '../generated/src/profitbricks/index.ts';
import { expectFailure } from './helpers/leak.ts';
import {
  BASE_PATH,
  errorBody,
  startProfitBricksServer,
  type Credentials,
  type LoggedRequest,
  type ProfitBricksServer,
  type ServerOptions,
  type StoredResource,
} from './servers/profitbricks.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CONTRACT = 31_415_926;

let api: ProfitBricksServer;
/** Secrets a test adds beyond the server's credentials (a wrong password, say). */
let extraSecrets: string[];

async function start(options: ServerOptions = {}): Promise<ProfitBricksServer> {
  await api?.close();
  api = await startProfitBricksServer(options);
  return api;
}

beforeEach(async () => {
  extraSecrets = [];
  api = await startProfitBricksServer();
});

afterEach(async () => {
  await api.close();
});

type ClientOverrides = Partial<Omit<ProfitBricksClientOptions, 'baseUrl'>>;

function client(overrides: ClientOverrides = {}): ProfitBricksClient {
  return new ProfitBricksClient({ ...api.credentials, baseUrl: api.url, contractNumber: CONTRACT, ...overrides });
}

/** Awaits a call that must fail, checks the error's class, and that it gives away no credential. */
const failure = <E>(call: PromiseLike<unknown>, type: abstract new (...args: never[]) => E): Promise<E> =>
  expectFailure(
    call,
    type,
    api.credentials,
    ...extraSecrets.map((password) => ({ username: api.credentials.username, password })),
  );

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const statusPolls = (requestId?: string): LoggedRequest[] =>
  api.requests({ method: 'GET', path: requestId ? `/requests/${requestId}/status` : /^\/requests\/[^/]+\/status$/ });
const pathOf = (href: string): string => new URL(href).pathname.slice(BASE_PATH.length);
const keys = (o: unknown): string[] => Object.keys(o as object).sort();
/** A reference is exactly id, type and href. */
function expectReference(o: unknown, type?: string): void {
  expect(keys(o)).toEqual(['href', 'id', 'type']);
  if (type) expect((o as Reference).type).toBe(type);
}
/** A full resource has metadata and properties. */
function expectFull(o: unknown, type: string): void {
  expect(o).toMatchObject({
    type,
    metadata: { state: expect.any(String), etag: expect.any(String) },
    properties: expect.any(Object),
  });
}
/** A collection without items: id, type and href only. */
function expectBareCollection(o: unknown): void {
  expect(keys(o)).toEqual(['href', 'id', 'type']);
  expect((o as { type: string }).type).toBe('collection');
}

/** The create-attach body: a data center with one server that has one new volume. */
const CREATE_ATTACH = {
  properties: { name: 'Shop', description: 'production', location: 'de/fra' },
  entities: {
    servers: {
      items: [
        {
          properties: { name: 'web-1', cores: 2, ram: 2048, cpuFamily: 'INTEL_XEON' },
          entities: {
            volumes: {
              items: [
                {
                  properties: {
                    name: 'web-1-root',
                    size: 20,
                    type: 'SSD',
                    imageAlias: 'ubuntu:latest',
                    imagePassword: 'volume-root-pw-123',
                  },
                },
              ],
            },
          },
        },
      ],
    },
  },
} as const;

/** A data center with two servers (each with a boot volume) and a LAN, stored AVAILABLE without any request. */
function seedDatacenter(): StoredResource {
  return api.seed('/datacenters', {
    properties: { name: 'Seeded', location: 'us/las' },
    entities: {
      servers: {
        items: [
          {
            properties: { name: 'app-1', cores: 1, ram: 1024 },
            entities: { volumes: { items: [{ properties: { name: 'app-1-root', size: 10 } }] } },
          },
          {
            properties: { name: 'app-2', cores: 2, ram: 2048 },
            entities: { volumes: { items: [{ properties: { name: 'app-2-root', size: 20 } }] } },
          },
        ],
      },
      lans: { items: [{ properties: { name: 'public', public: true } }] },
    },
  });
}

describe('authentication and contract number', () => {
  it('sends HTTP Basic credentials and PB-Contract-Number on every call, and a call can name its own contract', async () => {
    const dc = seedDatacenter();
    const c = client();
    await c.datacenters.list();
    await c.datacenters.get({ dataCenterId: dc.id });
    await c.datacenters.get({ dataCenterId: dc.id, pbContractNumber: 27 });
    await c.datacenters.update({ dataCenterId: dc.id, body: { name: 'renamed' } });

    const expected = `Basic ${Buffer.from(`${api.credentials.username}:${api.credentials.password}`, 'utf8').toString('base64')}`;
    const logged = api.requests();
    expect(logged).toHaveLength(4);
    for (const r of logged) expect(r.headers['authorization']).toBe(expected);
    expect(logged.map((r) => r.headers['pb-contract-number'])).toEqual([
      String(CONTRACT),
      String(CONTRACT),
      '27',
      String(CONTRACT),
    ]);
    expect(logged.every((r) => r.status !== 401)).toBe(true);
    // Without the option no contract header is sent at all.
    await client({ contractNumber: undefined }).datacenters.list();
    expect(api.requests().at(-1)!.headers).not.toHaveProperty('pb-contract-number');
  });

  it('encodes non-ASCII credentials as UTF-8', async () => {
    const credentials: Credentials = { username: 'jürgen@example.com', password: 'pässwörd-€-ünïcode' };
    await start({ credentials });
    const list = await client().datacenters.list();
    expect(list.items).toEqual([]);
    expect(api.requests()[0]!.headers['authorization']).toBe(
      `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`,
    );
  });

  it('gives AuthenticationError with the parsed v4 error body for wrong credentials, without retrying', async () => {
    extraSecrets = ['wrong-password-4711'];
    const error = await failure(client({ password: 'wrong-password-4711' }).datacenters.list(), AuthenticationError);
    expect(error.status).toBe(401);
    expect(error.body).toEqual({
      httpStatus: 401,
      messages: [{ errorCode: '315', message: 'Unauthorized: the user name or password is not valid' }],
    });
    expect(error.message).toContain('Unauthorized: the user name or password is not valid');
    expect(error.message).toContain('GET /datacenters');
    expect(error.method).toBe('GET');
    expect(error.path).toBe('/datacenters');
    expect(error.rateLimit).toEqual({ limit: 120, remaining: expect.any(Number), burst: 50 });
    expect(api.requests()).toHaveLength(1);
    expect(api.requests()[0]!.status).toBe(401);
  });

  it('gives AuthenticationError for a write with wrong credentials, and nothing is created', async () => {
    extraSecrets = ['not-my-password!'];
    const error = await failure(
      client({ password: 'not-my-password!' }).datacenters.create({ body: CREATE_ATTACH }),
      AuthenticationError,
    );
    expect(error.method).toBe('POST');
    expect(api.members('/datacenters')).toEqual([]);
    expect(api.requests({ method: 'POST' })).toHaveLength(1);
  });

  it('sends the contract number on the polls and the read-back of a wait, too', async () => {
    // The status resource and the re-read resource are operations that take PB-Contract-Number
    // (getRequestStatus, getDatacenter): a user with several contracts must reach them under the same contract.
    const c = client();
    const accepted = await c.datacenters.create({ body: CREATE_ATTACH });
    await accepted.wait({ intervalMs: 1 });
    await c.requests.wait(accepted.asyncRequestId!, { intervalMs: 1 });
    const sent = api
      .requests()
      .map((r) => `${r.method} ${r.path.replace(UUID_IN_PATH, '{id}')} ${r.headers['pb-contract-number'] ?? '(none)'}`);
    expect(sent).toEqual([
      `POST /datacenters ${CONTRACT}`,
      `GET /requests/{id}/status ${CONTRACT}`,
      `GET /requests/{id}/status ${CONTRACT}`,
      `GET /requests/{id}/status ${CONTRACT}`,
      `GET /datacenters/{id} ${CONTRACT}`,
      `GET /requests/{id}/status ${CONTRACT}`,
    ]);
  });

  it("keeps a write's own contract number for the polls and the read-back of its wait", async () => {
    // The request and the resource belong to the contract the write named, not the client's default one.
    const accepted = await client().datacenters.create({ body: CREATE_ATTACH, pbContractNumber: 27 });
    await accepted.wait({ intervalMs: 1 });
    const sent = api
      .requests()
      .map((r) => `${r.method} ${r.path.replace(UUID_IN_PATH, '{id}')} ${r.headers['pb-contract-number'] ?? '(none)'}`);
    expect(sent).toEqual([
      'POST /datacenters 27',
      'GET /requests/{id}/status 27',
      'GET /requests/{id}/status 27',
      'GET /requests/{id}/status 27',
      'GET /datacenters/{id} 27',
    ]);
  });
});

const UUID_IN_PATH = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

describe('asynchronous writes', () => {
  it('creates a data center with a server and a volume in one call, and waits until it is AVAILABLE', async () => {
    const c = client();
    const call = c.datacenters.create({ body: CREATE_ATTACH });
    expectTypeOf(call).resolves.toEqualTypeOf<Accepted<Datacenter, Datacenter>>();
    const accepted = await call;

    // The handle: the accepted resource, BUSY, and where to follow the request.
    const resource: Datacenter = accepted.resource!;
    expect(resource.type).toBe('datacenter');
    expect(resource.id).toMatch(UUID);
    expect(resource.href).toBe(api.href(`/datacenters/${resource.id}`));
    expect(resource.metadata?.state).toBe('BUSY');
    expect(resource.properties).toMatchObject({ name: 'Shop', description: 'production', location: 'de/fra' });
    expect(accepted.asyncRequestId).toMatch(UUID);
    // The old name stays for one release, deprecated.
    expect(accepted.requestId).toBe(accepted.asyncRequestId);
    expect(api.state.requests.has(accepted.asyncRequestId!)).toBe(true);
    expect(accepted.location).toBe(`${api.url}/requests/${accepted.asyncRequestId}/status`);
    expect(accepted.etag).toBe(`"${resource.metadata?.etag}"`);
    expect(accepted.rateLimit).toEqual({ limit: 120, remaining: expect.any(Number), burst: 50 });

    // One POST carried everything, as JSON; the write-only password is not shown back.
    const posts = api.requests({ method: 'POST' });
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(posts[0]!.body)).toEqual(CREATE_ATTACH);
    const [server] = api.ofType('server');
    const [volume] = api.ofType('volume');
    expect(api.ofType('datacenter')).toHaveLength(1);
    expect(api.ofType('server')).toHaveLength(1);
    expect(api.ofType('volume')).toHaveLength(1);
    expect(server!.properties).toMatchObject({ name: 'web-1', cores: 2, ram: 2048, cpuFamily: 'INTEL_XEON' });
    expect(volume!.properties).toMatchObject({ name: 'web-1-root', size: 20, type: 'SSD', imagePassword: null });
    expect(api.members(`${server!.path}/volumes`)).toEqual([volume!.path]);
    expect([...api.state.resources.values()].map((r) => r.metadata.state)).toEqual(['BUSY', 'BUSY', 'BUSY']);

    // Waiting polls the Location until DONE, reporting QUEUED and RUNNING, then reads the data center back.
    const progress: { status: string | undefined; attempt: number }[] = [];
    const ready = await accepted.wait({
      intervalMs: 5,
      onProgress: ({ status, attempt, elapsedMs }) => {
        expect(elapsedMs).toBeGreaterThanOrEqual(0);
        progress.push({ status, attempt });
      },
    });
    expectTypeOf(ready).toEqualTypeOf<Datacenter>();
    expect(progress).toEqual([
      { status: 'QUEUED', attempt: 1 },
      { status: 'RUNNING', attempt: 2 },
    ]);
    expect(ready.id).toBe(resource.id);
    expect(ready.metadata?.state).toBe('AVAILABLE');
    expect(ready.metadata?.etag).not.toBe(resource.metadata?.etag);
    expect(ready.properties?.name).toBe('Shop');
    expect(statusPolls(accepted.asyncRequestId)).toHaveLength(3);
    const readBack = api.requests().at(-1)!;
    expect(`${readBack.method} ${readBack.path}`).toBe(`GET /datacenters/${resource.id}`);
    expect([...api.state.resources.values()].map((r) => r.metadata.state)).toEqual([
      'AVAILABLE',
      'AVAILABLE',
      'AVAILABLE',
    ]);

    // The server and its volume are there, under the data center.
    const servers = await c.servers.list({ dataCenterId: resource.id, depth: 1 });
    expect(servers.items.map((s) => [s.id, s.properties?.name, s.metadata?.state])).toEqual([
      [server!.id, 'web-1', 'AVAILABLE'],
    ]);
    const attached = await c.servers.listVolumes({ dataCenterId: resource.id, serverId: server!.id, depth: 1 });
    expect(attached.items.map((v) => [v.id, v.properties?.name, v.properties?.bus])).toEqual([
      [volume!.id, 'web-1-root', 'VIRTIO'],
    ]);
  });

  it('gives the 202 response with the handle through withResponse()', async () => {
    const result = await client().datacenters.create({ body: CREATE_ATTACH }).withResponse();
    expect(result.status).toBe(202);
    expect(result.response.headers.get('location')).toBe(result.data.location);
    expect(result.etag).toBe(result.data.etag);
    expect(result.rateLimit).toEqual(result.data.rateLimit);
    expect(result.data.resource!.metadata?.state).toBe('BUSY');
    expect((await result.data.wait({ intervalMs: 1 })).metadata?.state).toBe('AVAILABLE');
  });

  it('returns the handle of a write whose 202 body breaks off, from its headers, and waits for it', async () => {
    api.script({ method: 'POST', path: '/datacenters', breakBody: true });
    const accepted = await client().datacenters.create({ body: CREATE_ATTACH });
    expect(accepted.resource).toBeUndefined();
    const [request] = [...api.state.requests.keys()];
    expect(accepted.asyncRequestId).toBe(request);
    expect(accepted.location).toBe(`${api.url}/requests/${request}/status`);
    expect(accepted.rateLimit).toMatchObject({ limit: expect.any(Number) });
    // Applied once: the write is not sent again, and the data center is being built.
    expect(api.requests({ method: 'POST' })).toHaveLength(1);
    expect(api.ofType('datacenter')).toHaveLength(1);
    // Waiting reads the new data center back: the request status names it below /datacenters.
    const ready = await accepted.wait({ intervalMs: 1 });
    expect(ready.id).toBe(api.ofType('datacenter')[0]!.id);
    expect(ready.metadata?.state).toBe('AVAILABLE');
    expect(api.requests().at(-1)!.path).toBe(`/datacenters/${ready.id}`);
  });

  it('waits for a write to an existing resource whose 202 body breaks off, and reads that resource back', async () => {
    const dc = seedDatacenter();
    api.script({ method: 'PATCH', breakBody: true });
    const renamed = await client().datacenters.update(
      { dataCenterId: dc.id, body: { name: 'renamed' } },
      { wait: { intervalMs: 1 } },
    );
    expect(renamed.properties?.name).toBe('renamed');
    expect(api.requests({ method: 'PATCH' })).toHaveLength(1);
    expect(api.requests().at(-1)!.path).toBe(`/datacenters/${dc.id}`);
  });

  it('retries a read whose body breaks off, as a read that got no answer', async () => {
    const dc = seedDatacenter();
    api.script({ method: 'GET', breakBody: true }, { method: 'GET', breakBody: true });
    const read = await client().datacenters.get({ dataCenterId: dc.id });
    expect(read.properties?.name).toBe('Seeded');
    expect(api.requests({ method: 'GET' })).toHaveLength(3);
    api.script({ method: 'GET', breakBody: true });
    await failure(client({ maxRetries: 0 }).datacenters.get({ dataCenterId: dc.id }), InvalidResponseError);
  });

  it('resolves a call made with { wait: true } to the finished resource', async () => {
    api.scriptRequest({ statuses: ['DONE'] });
    const call = client().datacenters.create(
      { body: { properties: { name: 'quick', location: 'us/ewr' } } },
      { wait: true },
    );
    expectTypeOf(call).toEqualTypeOf<Promise<Datacenter>>();
    const dc = await call;
    expect(dc.type).toBe('datacenter');
    expect(dc.metadata?.state).toBe('AVAILABLE');
    expect(dc.properties).toMatchObject({ name: 'quick', location: 'us/ewr' });
    expect(api.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /datacenters',
      `GET /requests/${[...api.state.requests.keys()][0]}/status`,
      `GET /datacenters/${dc.id}`,
    ]);
  });

  it('takes wait options in place of true', async () => {
    const progress: (string | undefined)[] = [];
    const dc = await client().datacenters.create(
      { body: { properties: { name: 'patient', location: 'de/fkb' } } },
      { wait: { intervalMs: 2, onProgress: ({ status }) => progress.push(status) } },
    );
    expect(dc.metadata?.state).toBe('AVAILABLE');
    expect(progress).toEqual(['QUEUED', 'RUNNING']);
  });

  it('updates (PATCH, flat body) and replaces (PUT, wrapped in properties), resolving to the changed resource', async () => {
    const dc = seedDatacenter();
    const c = client();
    const patched = await c.datacenters.update(
      { dataCenterId: dc.id, body: { description: 'patched' } },
      { wait: { intervalMs: 1 } },
    );
    expect(patched.properties).toMatchObject({ name: 'Seeded', description: 'patched', version: 2 });
    const replaced = await c.datacenters.replace(
      { dataCenterId: dc.id, body: { properties: { name: 'Replaced', description: 'put' } } },
      { wait: { intervalMs: 1 } },
    );
    expect(replaced.properties).toMatchObject({ name: 'Replaced', description: 'put', location: 'us/las', version: 3 });
    expect(replaced.metadata?.state).toBe('AVAILABLE');
    const [patch, put] = [api.requests({ method: 'PATCH' })[0]!, api.requests({ method: 'PUT' })[0]!];
    expect(JSON.parse(patch.body)).toEqual({ description: 'patched' });
    expect(JSON.parse(put.body)).toEqual({ properties: { name: 'Replaced', description: 'put' } });
  });

  it('resolves the wait of a DELETE to undefined once the resource is gone', async () => {
    const dc = seedDatacenter();
    const c = client();
    const accepted = await c.datacenters.delete({ dataCenterId: dc.id });
    expectTypeOf(accepted).toEqualTypeOf<Accepted<undefined, undefined>>();
    expect(accepted.resource).toBeUndefined();
    expect(accepted.asyncRequestId).toMatch(UUID);
    expect(accepted.location).toBe(`${api.url}/requests/${accepted.asyncRequestId}/status`);
    // Accepted, not done: still there, BUSY.
    expect(api.resource(dc.path)!.metadata.state).toBe('BUSY');

    const result = await accepted.wait({ intervalMs: 1 });
    expect(result).toBeUndefined();
    expect(api.resource(dc.path)).toBeUndefined();
    expect(api.ofType('server')).toEqual([]);
    expect(api.members('/datacenters')).toEqual([]);
    // Nothing was read back after the request was done.
    expect(api.requests().at(-1)!.path).toBe(`/requests/${accepted.asyncRequestId}/status`);
    const error = await failure(c.datacenters.get({ dataCenterId: dc.id }), NotFoundError);
    expect(error.body).toMatchObject({ httpStatus: 404 });

    // With { wait: true } too.
    const other = seedDatacenter();
    api.scriptRequest({ statuses: ['DONE'] });
    const waited = c.datacenters.delete({ dataCenterId: other.id }, { wait: true });
    expectTypeOf(waited).toEqualTypeOf<Promise<undefined>>();
    expect(await waited).toBeUndefined();
    expect(api.resource(other.path)).toBeUndefined();
  });

  it('throws RequestFailedError with the API message and the status resource when the request fails', async () => {
    api.scriptRequest({
      statuses: ['QUEUED', 'RUNNING', 'FAILED'],
      message: 'Insufficient resources: the contract allows 8 cores',
    });
    const accepted = await client().datacenters.create({ body: CREATE_ATTACH });
    const progress: (string | undefined)[] = [];
    const error = await failure(
      accepted.wait({ intervalMs: 1, onProgress: ({ status }) => progress.push(status) }),
      RequestFailedError,
    );
    expect(progress).toEqual(['QUEUED', 'RUNNING']);
    expect(error.status).toBe('FAILED');
    expect(error.message).toContain('Insufficient resources: the contract allows 8 cores');
    expect(error.message).toContain(accepted.asyncRequestId);
    expect(error.requestId).toBe(accepted.asyncRequestId);
    expect(error.location).toBe(accepted.location);
    expect(error.method).toBe('GET');
    expect(error.path).toBe(`${BASE_PATH}/requests/${accepted.asyncRequestId}/status`);
    const detail = error.detail as RequestStatus;
    expect(detail.metadata?.status).toBe('FAILED');
    expect(detail.metadata?.message).toBe('Insufficient resources: the contract allows 8 cores');
    expect(detail.metadata?.targets?.[0]?.target).toMatchObject({ id: accepted.resource!.id, type: 'datacenter' });
    expect(error.toJSON()).toMatchObject({ status: 'FAILED', location: accepted.location, detail });
    // Nothing is read back after a failure, and nothing was left behind.
    expect(api.requests().at(-1)!.path).toBe(`/requests/${accepted.asyncRequestId}/status`);
    expect(statusPolls()).toHaveLength(3);
    expect(api.members('/datacenters')).toEqual([]);

    // The same through { wait: true }.
    api.scriptRequest({ statuses: ['FAILED'], message: 'Location de/fra is full' });
    const direct = await failure(
      client().datacenters.create({ body: CREATE_ATTACH }, { wait: true }),
      RequestFailedError,
    );
    expect(direct.message).toContain('Location de/fra is full');
  });

  it('gives WaitTimeoutError with the last status when the request does not finish in time', async () => {
    api.scriptRequest({ statuses: ['QUEUED', 'RUNNING'] });
    const accepted = await client().datacenters.create({ body: CREATE_ATTACH });
    // Long enough for a second poll on a busy machine; the last status stays.
    const error = await failure(accepted.wait({ intervalMs: 5, backoff: 1, timeoutMs: 500 }), WaitTimeoutError);
    expect(error.lastStatus).toBe('RUNNING');
    expect(error.message).toContain('timed out after 500 ms');
    expect(error.requestId).toBe(accepted.asyncRequestId);
    // A poll cut short by the timeout may still reach the server a moment later; after that, no more.
    await sleep(30);
    const polls = statusPolls().length;
    expect(polls).toBeGreaterThanOrEqual(2);
    await sleep(60);
    expect(statusPolls()).toHaveLength(polls);
    // Never done, never read back.
    expect(api.requests({ method: 'GET', path: `/datacenters/${accepted.resource!.id}` })).toEqual([]);
  });

  it('gives WaitTimeoutError when time runs out during a slow poll', async () => {
    const accepted = await client().datacenters.create({ body: CREATE_ATTACH });
    api.script({ path: `/requests/${accepted.asyncRequestId}/status`, delayMs: 2_000 });
    const started = Date.now();
    const error = await failure(accepted.wait({ timeoutMs: 60 }), WaitTimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000); // it did not wait for the slow poll
    expect(error.lastStatus).toBeUndefined();
  });

  it('stops waiting when the signal aborts, between polls and during one', async () => {
    const c = client();
    api.scriptRequest({ statuses: ['QUEUED', 'RUNNING'] });
    const accepted = await c.datacenters.create({ body: CREATE_ATTACH });
    const controller = new AbortController();
    const error = await failure(
      accepted.wait({
        intervalMs: 5,
        backoff: 1,
        signal: controller.signal,
        onProgress: ({ attempt }) => attempt === 2 && controller.abort(),
      }),
      AbortError,
    );
    expect(error.message).toContain('aborted');
    expect(statusPolls()).toHaveLength(2);
    await sleep(30);
    expect(statusPolls()).toHaveLength(2);

    // Aborted while a poll is on its way: promptly, without waiting for the answer.
    const second = await c.datacenters.create({ body: CREATE_ATTACH });
    api.script({ path: `/requests/${second.requestId}/status`, delayMs: 2_000 });
    const inFlight = new AbortController();
    const started = Date.now();
    const waiting = second.wait({ signal: inFlight.signal });
    setTimeout(() => inFlight.abort(), 30);
    await failure(waiting, AbortError);
    expect(Date.now() - started).toBeLessThan(2_000); // it did not wait for the slow poll

    // A signal that has fired already sends no poll at all.
    const third = await c.datacenters.create({ body: CREATE_ATTACH });
    await failure(third.wait({ signal: AbortSignal.abort() }), AbortError);
    expect(statusPolls(third.requestId)).toEqual([]);
  });

  it('waits for a request by id or by its Location URL with client.requests.wait', async () => {
    const c = client();
    const first = await c.datacenters.create({ body: CREATE_ATTACH });
    const progress: (string | undefined)[] = [];
    const byId = await c.requests.wait(first.requestId!, {
      intervalMs: 1,
      onProgress: ({ status }) => progress.push(status),
    });
    expectTypeOf(byId).toEqualTypeOf<RequestStatus>();
    expect(progress).toEqual(['QUEUED', 'RUNNING']);
    expect(byId).toMatchObject({
      id: `${first.requestId}/status`,
      type: 'request-status',
      href: first.location,
      metadata: { status: 'DONE', message: 'Request has been successfully executed' },
    });
    expect(byId.metadata?.targets?.map((t) => t.target?.type)).toEqual(['datacenter', 'server', 'volume']);
    expect(statusPolls(first.requestId)).toHaveLength(3);
    expect(api.resource(pathOf(first.resource!.href))!.metadata.state).toBe('AVAILABLE');

    const second = await c.datacenters.update({ dataCenterId: first.resource!.id, body: { name: 'again' } });
    const byUrl = await c.requests.wait(second.location!, { intervalMs: 1 });
    expect(byUrl.metadata?.status).toBe('DONE');
    expect(statusPolls(second.requestId)).toHaveLength(3);

    // A relative status path works as well, and a failed request throws.
    api.scriptRequest({ statuses: ['FAILED'], message: 'Cannot rename a data center twice' });
    const third = await c.datacenters.update({ dataCenterId: first.resource!.id, body: { name: 'thrice' } });
    const failed = await failure(
      c.requests.wait(`/requests/${third.requestId}/status`, { intervalMs: 1 }),
      RequestFailedError,
    );
    expect(failed.message).toContain('Cannot rename a data center twice');
    expect(failed.requestId).toBe(third.requestId);

    // A request id that does not exist is the API's 404.
    await failure(c.requests.wait('6a8c0e2f-4b7d-4e9f-a1c3-5d7b9f1e3a6c', { intervalMs: 1 }), NotFoundError);
  });

  it('keeps waiting through a 429 or 503 on a status poll, and ends the wait on a 500', async () => {
    const c = client();
    const accepted = await c.datacenters.create({ body: CREATE_ATTACH });
    const status = `/requests/${accepted.asyncRequestId}/status`;
    api.script({ path: status, status: 429, retryAfter: '0' }, { path: status, status: 503, retryAfter: '0' });
    const ready = await accepted.wait({ intervalMs: 1 });
    expect(ready.metadata?.state).toBe('AVAILABLE');
    expect(statusPolls(accepted.asyncRequestId).map((r) => r.status)).toEqual([429, 503, 200, 200, 200]);

    const next = await c.datacenters.update({ dataCenterId: ready.id, body: { name: 'next' } });
    api.script({
      path: `/requests/${next.requestId}/status`,
      status: 500,
      json: errorBody(500, 'status store unavailable'),
    });
    const error = await failure(next.wait({ intervalMs: 1 }), ServerError);
    expect(error.message).toContain('status store unavailable');
    expect(statusPolls(next.requestId)).toHaveLength(1);
  });

  it('follows a relative Location header', async () => {
    await start({ location: 'relative' });
    const accepted = await client().datacenters.create({ body: CREATE_ATTACH });
    expect(accepted.location).toBe(`${BASE_PATH}/requests/${accepted.asyncRequestId}/status`);
    expect(accepted.asyncRequestId).toMatch(UUID);
    expect((await accepted.wait({ intervalMs: 1 })).metadata?.state).toBe('AVAILABLE');
    expect(statusPolls(accepted.asyncRequestId)).toHaveLength(3);
    expect(await client().requests.wait(accepted.location!, { intervalMs: 1 })).toMatchObject({
      metadata: { status: 'DONE' },
    });
  });

  it('does not send credentials to another origin named by a Location header or an href', async () => {
    await start({ publicUrl: 'http://127.0.0.1:9/cloudapi/v4' });
    const accepted = await client().datacenters.create({ body: CREATE_ATTACH });
    expect(accepted.location).toBe(`http://127.0.0.1:9/cloudapi/v4/requests/${accepted.asyncRequestId}/status`);
    const error = await failure(accepted.wait({ intervalMs: 1 }), InvalidRequestError);
    expect(error.message).toContain('refusing to send credentials to http://127.0.0.1:9');
    expect(api.requests()).toHaveLength(1);
  });

  it('reads a request status with getStatus and a request with get', async () => {
    const c = client();
    const accepted = await c.datacenters.create({ body: CREATE_ATTACH });
    const status = await c.requests.getStatus({ requestId: accepted.asyncRequestId! });
    expect(status.metadata?.status).toBe('QUEUED');
    const request = await c.requests.get({ requestId: accepted.asyncRequestId! });
    expect(request).toMatchObject({
      id: accepted.asyncRequestId,
      type: 'request',
      properties: { method: 'POST', url: `${api.url}/datacenters` },
    });
    expect(JSON.parse(request.properties!.body!)).toEqual(CREATE_ATTACH);
  });

  it('creates a server with a new volume in an existing data center, attaches and detaches another volume', async () => {
    const dc = seedDatacenter();
    const c = client();
    const server = await c.servers.create(
      {
        dataCenterId: dc.id,
        body: {
          properties: { name: 'db-1', cores: 4, ram: 8192 },
          entities: { volumes: { items: [{ properties: { name: 'db-1-root', size: 50 } }] } },
        },
      },
      { wait: { intervalMs: 1 } },
    );
    expectTypeOf(server).toEqualTypeOf<Server>();
    expect(server.properties).toMatchObject({ name: 'db-1', cores: 4, ram: 8192 });
    expect(server.href).toBe(api.href(`/datacenters/${dc.id}/servers/${server.id}`));

    const spare = await c.volumes.create(
      { dataCenterId: dc.id, body: { properties: { name: 'data', size: 100 } } },
      { wait: { intervalMs: 1 } },
    );
    expectTypeOf(spare).toEqualTypeOf<Volume>();
    expect(spare.properties?.bus).toBeNull();
    const attached = await c.servers.attachVolume({ dataCenterId: dc.id, serverId: server.id, body: { id: spare.id } });
    expect(attached.resource!.id).toBe(spare.id);
    await attached.wait({ intervalMs: 1 });
    let volumes = await c.servers.listVolumes({ dataCenterId: dc.id, serverId: server.id });
    expect(volumes.items.map((v) => v.id)).toHaveLength(2);
    expect(volumes.items.map((v) => v.id)).toContain(spare.id);
    const one = await c.servers.getVolume({ dataCenterId: dc.id, serverId: server.id, volumeId: spare.id });
    expect(one.properties?.name).toBe('data');

    expect(
      await c.servers.detachVolume(
        { dataCenterId: dc.id, serverId: server.id, volumeId: spare.id },
        { wait: { intervalMs: 1 } },
      ),
    ).toBeUndefined();
    volumes = await c.servers.listVolumes({ dataCenterId: dc.id, serverId: server.id });
    expect(volumes.items.map((v) => v.id)).not.toContain(spare.id);
    // Detached, not deleted.
    expect((await c.volumes.get({ dataCenterId: dc.id, volumeId: spare.id })).id).toBe(spare.id);
  });

  it('refuses a create without the required properties with the API message (422)', async () => {
    const error = await failure(
      client().datacenters.create({ body: { properties: { name: 'nowhere' } } as never }),
      UnprocessableEntityError,
    );
    expect(error.status).toBe(422);
    expect(error.message).toContain('[(root).properties.location] Attribute is required');
    expect(api.members('/datacenters')).toEqual([]);
    // Typed as the spec declares the operation's 422: the v4 error body.
    const declared = error as CreateDatacenterError;
    if (declared.status !== 422) throw declared;
    const messages: { errorCode: string; message: string }[] | undefined = declared.body?.messages;
    expect(messages).toEqual([
      { errorCode: expect.stringMatching(/^\d+$/), message: expect.stringContaining('[(root).properties.location]') },
    ]);
    expect(declared.body?.httpStatus).toBe(422);
  });
});

describe('depth', () => {
  it('lists references at depth 0, full items at depth 1 and expanded entities at depth 2', async () => {
    const seeded = seedDatacenter();
    const c = client();

    const zero = await c.datacenters.list();
    expectTypeOf(zero).toEqualTypeOf<Datacenters<1>>();
    expectTypeOf(zero.items[0]!).toEqualTypeOf<Reference>();
    expect(api.requests().at(-1)!.query).toEqual({});
    expect(zero).toMatchObject({ id: 'datacenters', type: 'collection', href: api.href('/datacenters') });
    expect(zero.items).toHaveLength(1);
    expectReference(zero.items[0], 'datacenter');
    expect(zero.items[0]).toEqual({ id: seeded.id, type: 'datacenter', href: api.href(seeded.path) });

    const one = await c.datacenters.list({ depth: 1 });
    expectTypeOf(one.items[0]!).toEqualTypeOf<Datacenter<0>>();
    expect(api.requests().at(-1)!.query).toEqual({ depth: '1' });
    const dc1 = one.items[0]!;
    expectFull(dc1, 'datacenter');
    expect(dc1.properties?.name).toBe('Seeded');
    expect(keys(dc1.entities)).toEqual(['lans', 'loadbalancers', 'servers', 'volumes']);
    for (const collection of Object.values(dc1.entities!)) expectBareCollection(collection);

    const two = await c.datacenters.list({ depth: 2 });
    expectTypeOf(two.items[0]!).toEqualTypeOf<Datacenter<1>>();
    expectTypeOf(two.items[0]!.entities!.servers!.items[0]!).toEqualTypeOf<Reference>();
    const servers = two.items[0]!.entities?.servers!;
    expect(servers.items).toHaveLength(2);
    for (const s of servers.items) expectReference(s, 'server');
    expect(two.items[0]!.entities?.lans!.items.map((l) => l.id)).toEqual(['1']);
    expect(two.items[0]!.entities?.volumes!.items).toHaveLength(2);

    const three = await c.datacenters.list({ depth: 3 });
    expectTypeOf(three.items[0]!.entities!.servers!.items[0]!).toEqualTypeOf<Server<0>>();
    const server = three.items[0]!.entities?.servers!.items[0]!;
    expectFull(server, 'server');
    for (const collection of Object.values(server.entities!)) expectBareCollection(collection);
  });

  it('reads one resource in full at depth 0, with its entities at the depth asked for', async () => {
    const seeded = seedDatacenter();
    const c = client();

    const zero = await c.datacenters.get({ dataCenterId: seeded.id });
    expectTypeOf(zero).toEqualTypeOf<Datacenter<0>>();
    expectFull(zero, 'datacenter');
    expect(zero.metadata?.state).toBe('AVAILABLE');
    for (const collection of Object.values(zero.entities!)) expectBareCollection(collection);
    expect(zero.entities?.servers).toEqual({
      id: `${seeded.id}/servers`,
      type: 'collection',
      href: api.href(`${seeded.path}/servers`),
    });

    const one = await c.datacenters.get({ dataCenterId: seeded.id, depth: 1 });
    expectTypeOf(one.entities!.servers!.items).toEqualTypeOf<Reference[]>();
    expect(one.entities?.servers!.items).toHaveLength(2);
    for (const s of one.entities!.servers!.items) expectReference(s, 'server');
    expect(one.entities?.loadbalancers!.items).toEqual([]);

    const two = await c.datacenters.get({ dataCenterId: seeded.id, depth: 2 });
    expectTypeOf(two.entities!.servers!.items).toEqualTypeOf<Server<0>[]>();
    const names = two.entities?.servers!.items.map((s) => s.properties?.name);
    expect(names).toEqual(['app-1', 'app-2']);
    for (const s of two.entities!.servers!.items) {
      expectFull(s, 'server');
      for (const collection of Object.values(s.entities!)) expectBareCollection(collection);
    }

    const three = await c.datacenters.get({ dataCenterId: seeded.id, depth: 3 });
    expectTypeOf(three.entities!.servers!.items[0]!.entities!.volumes!.items).toEqualTypeOf<Reference[]>();
    const volumes = three.entities!.servers!.items[0]!.entities!.volumes!.items;
    expect(volumes).toHaveLength(1);
    expectReference(volumes[0], 'volume');
    expect(api.requests().map((r) => r.query['depth'])).toEqual([undefined, '1', '2', '3']);
  });

  it('expands a server boot volume with depth as the types say: a reference at 0, the volume at 1', async () => {
    const seeded = seedDatacenter();
    const [serverPath] = api.members(`${seeded.path}/servers`);
    const serverId = pathOf(api.href(serverPath!)).split('/').at(-1)!;
    const c = client();

    const zero = await c.servers.get({ dataCenterId: seeded.id, serverId });
    expectTypeOf(zero.properties!.bootVolume).toEqualTypeOf<Reference | null | undefined>();
    expectReference(zero.properties?.bootVolume, 'volume');

    const one = await c.servers.get({ dataCenterId: seeded.id, serverId, depth: 1 });
    expectTypeOf(one.properties!.bootVolume).toEqualTypeOf<Volume | null | undefined>();
    expectFull(one.properties?.bootVolume, 'volume');
    expect(one.properties?.bootVolume!.properties?.name).toBe('app-1-root');
    expect(one.properties?.bootCdrom).toBeNull();
  });
});

describe('ETags and conditional requests', () => {
  it('reports the ETag of a read and answers 304 to If-None-Match with it, the resource for an old one', async () => {
    const seeded = seedDatacenter();
    const c = client();
    const first = await c.datacenters.get({ dataCenterId: seeded.id }).withResponse();
    expect(first.status).toBe(200);
    expect(first.etag).toBe(`"${first.data.metadata?.etag}"`);
    expect(first.etag).toBe(first.response.headers.get('etag'));

    const unchanged = c.datacenters.get({ dataCenterId: seeded.id, ifNoneMatch: first.etag! });
    expectTypeOf(unchanged).resolves.toEqualTypeOf<Datacenter | undefined>();
    const notModified = await unchanged.withResponse();
    expect(notModified.status).toBe(304);
    expect(notModified.data).toBeUndefined();
    expect(notModified.etag).toBe(first.etag);
    expect(api.requests().at(-1)!.headers['if-none-match']).toBe(first.etag);
    // The bare metadata.etag works as well.
    expect(
      await c.datacenters.get({ dataCenterId: seeded.id, ifNoneMatch: first.data.metadata?.etag }),
    ).toBeUndefined();

    await c.datacenters.update({ dataCenterId: seeded.id, body: { name: 'changed' } }, { wait: { intervalMs: 1 } });
    const changed = await c.datacenters.get({ dataCenterId: seeded.id, ifNoneMatch: first.etag! }).withResponse();
    expect(changed.status).toBe(200);
    expect(changed.data!.properties?.name).toBe('changed');
    expect(changed.etag).not.toBe(first.etag);

    // Collections have ETags too.
    const list = await c.datacenters.list().withResponse();
    expect(list.etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await c.datacenters.list({ ifNoneMatch: list.etag! })).toBeUndefined();
  });

  it('refuses a write with a stale If-Match with PreconditionFailedError (412) and changes nothing', async () => {
    const seeded = seedDatacenter();
    const c = client();
    const { etag: stale } = await c.datacenters.get({ dataCenterId: seeded.id }).withResponse();
    const renamed = await c.datacenters.update({ dataCenterId: seeded.id, ifMatch: stale!, body: { name: 'first' } });
    expect(api.requests().at(-1)!.headers['if-match']).toBe(stale);
    await renamed.wait({ intervalMs: 1 });
    const requests = api.state.requests.size;

    const error = await failure(
      c.datacenters.update({ dataCenterId: seeded.id, ifMatch: stale!, body: { name: 'second' } }),
      PreconditionFailedError,
    );
    expect(error.status).toBe(412);
    expect(error.method).toBe('PATCH');
    expect(error.body).toEqual(errorBody(412));
    expect(error.message).toContain('entity tag given in If-Match is not current');
    expect(error.rateLimit).toBeDefined();
    expect(api.resource(seeded.path)!.properties['name']).toBe('first');
    expect(api.state.requests.size).toBe(requests);

    await failure(
      c.datacenters.delete({ dataCenterId: seeded.id, ifMatch: stale! }, { wait: true }),
      PreconditionFailedError,
    );
    await failure(
      c.datacenters.replace({
        dataCenterId: seeded.id,
        ifMatch: stale!,
        body: { properties: { name: 'x', description: 'y' } },
      }),
      PreconditionFailedError,
    );
    expect(api.resource(seeded.path)).toBeDefined();
    // 412 is not retried.
    expect(api.requests({ method: 'DELETE' })).toHaveLength(1);

    // The current ETag passes.
    const { etag: current } = await c.datacenters.get({ dataCenterId: seeded.id }).withResponse();
    expect(
      await c.datacenters.delete({ dataCenterId: seeded.id, ifMatch: current! }, { wait: { intervalMs: 1 } }),
    ).toBeUndefined();
    expect(api.resource(seeded.path)).toBeUndefined();
  });
});

describe('rate limits and retries', () => {
  const limits = (r: LoggedRequest): RateLimit => ({
    limit: Number(r.responseHeaders!['x-ratelimit-limit']),
    remaining: Number(r.responseHeaders!['x-ratelimit-remaining']),
    burst: Number(r.responseHeaders!['x-ratelimit-burst']),
  });

  it('parses X-RateLimit-* onto results, accepted writes and errors', async () => {
    const c = client();
    const read = await c.datacenters.list().withResponse();
    expect(read.rateLimit).toEqual(limits(api.requests().at(-1)!));
    expect(read.rateLimit).toEqual({ limit: 120, remaining: 49, burst: 50 });
    const second = await c.datacenters.list().withResponse();
    expect(second.rateLimit).toEqual({ limit: 120, remaining: 48, burst: 50 });

    const accepted = await c.datacenters.create({ body: CREATE_ATTACH });
    expect(accepted.rateLimit).toEqual(limits(api.requests().at(-1)!));
    expect(accepted.rateLimit?.remaining).toBe(47);

    const missing = await failure(c.datacenters.get({ dataCenterId: 'no-such-dc' }), NotFoundError);
    expect(missing.rateLimit).toEqual(limits(api.requests().at(-1)!));
    expect(missing.body).toMatchObject({ httpStatus: 404, messages: [{ errorCode: '309' }] });

    api.script({ status: 429, rateLimit: { limit: 60, burst: 10 } });
    const limited = await failure(c.datacenters.list({}, { maxRetries: 0 }), RateLimitError);
    expect(limited.status).toBe(429);
    expect(limited.rateLimit).toEqual({ limit: 60, remaining: 0, burst: 10 });
    expect(limited.body).toEqual(errorBody(429));
    expect(limited.message).toContain('The request limit has been reached');
  });

  it('retries a POST refused with 429 and Retry-After: 0 at once; the write is applied exactly once', async () => {
    // The rate-limit headers alone would ask for 60 s / 20 = 3 s: Retry-After wins.
    api.script({ method: 'POST', path: '/datacenters', status: 429, retryAfter: '0', rateLimit: { limit: 20 } });
    const accepted = await client().datacenters.create({ body: CREATE_ATTACH });
    const posts = api.requests({ method: 'POST' });
    expect(posts.map((p) => p.status)).toEqual([429, 202]);
    expect(posts[0]!.responseHeaders!['retry-after']).toBe('0');
    expect(posts[0]!.responseHeaders!['x-ratelimit-remaining']).toBe('0');
    expect(posts[1]!.at - posts[0]!.at).toBeLessThan(1_000);
    expect(posts[1]!.body).toBe(posts[0]!.body);
    expect(api.members('/datacenters')).toEqual([pathOf(accepted.resource!.href)]);
    expect(api.ofType('datacenter')).toHaveLength(1);
    expect(api.ofType('server')).toHaveLength(1);
    expect(api.ofType('volume')).toHaveLength(1);
    expect(api.state.requests.size).toBe(1);
    expect((await accepted.wait({ intervalMs: 1 })).metadata?.state).toBe('AVAILABLE');
  });

  it('without Retry-After, waits for one request of budget as X-RateLimit-Limit gives it before retrying', async () => {
    // 60 s / 100 = 600 ms: longer than the first backoff (at most 500 ms).
    api.script({ method: 'POST', status: 429, rateLimit: { limit: 100 } });
    const accepted = await client().datacenters.create({ body: { properties: { name: 'later', location: 'us/las' } } });
    const posts = api.requests({ method: 'POST' });
    expect(posts.map((p) => p.status)).toEqual([429, 202]);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(590);
    expect(api.ofType('datacenter').map((d) => d.id)).toEqual([accepted.resource!.id]);
  });

  it('retries a read refused with 429', async () => {
    seedDatacenter();
    api.script({ method: 'GET', status: 429, retryAfter: '0' }, { method: 'GET', status: 429, retryAfter: '0' });
    const list = await client().datacenters.list();
    expect(list.items).toHaveLength(1);
    expect(api.requests().map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it('gives RateLimitError once the retries are used up, having created nothing', async () => {
    const refused = { method: 'POST', status: 429, retryAfter: '0' } as const;
    api.script(refused, refused, refused);
    const error = await failure(client({ maxRetries: 2 }).datacenters.create({ body: CREATE_ATTACH }), RateLimitError);
    expect(error.rateLimit?.remaining).toBe(0);
    expect(api.requests({ method: 'POST' })).toHaveLength(3);
    expect(api.members('/datacenters')).toEqual([]);
  });

  it.each([500, 503])('does not retry a POST that got %i: it may have been applied', async (status) => {
    api.script({ method: 'POST', status, retryAfter: '0', json: errorBody(status, 'The provisioning backend failed') });
    const error = await failure(client().datacenters.create({ body: CREATE_ATTACH }), ServerError);
    expect(error.status).toBe(status);
    expect(error.method).toBe('POST');
    expect(error.message).toContain('The provisioning backend failed');
    expect(error.body).toEqual(errorBody(status, 'The provisioning backend failed'));
    expect(error.rateLimit).toBeDefined();
    expect(api.requests({ method: 'POST' })).toHaveLength(1);
    expect(api.requests()).toHaveLength(1);
    expect(api.members('/datacenters')).toEqual([]);
  });
});

describe('form-encoded calls', () => {
  it('sends create-snapshot as application/x-www-form-urlencoded and waits for the snapshot', async () => {
    const seeded = seedDatacenter();
    const [volumePath] = api.members(`${seeded.path}/volumes`);
    const volumeId = volumePath!.split('/').at(-1)!;
    const form = { name: 'nightly & weekly = 1+1', description: 'before upgrade: 50% / ü "quoted"' };
    const accepted = await client().volumes.createSnapshot({ dataCenterId: seeded.id, volumeId, body: form });
    expectTypeOf(accepted).toEqualTypeOf<Accepted<Snapshot, Snapshot>>();

    const [post] = api.requests({ method: 'POST' });
    expect(post!.path).toBe(`/datacenters/${seeded.id}/volumes/${volumeId}/create-snapshot`);
    expect(post!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(post!.body).toBe(new URLSearchParams(form).toString());
    expect(post!.body).not.toContain('{');
    expect(post!.form).toEqual(form);

    expect(accepted.resource).toMatchObject({
      type: 'snapshot',
      metadata: { state: 'BUSY' },
      properties: { ...form, location: 'us/las', size: 10 },
    });
    expect(accepted.resource!.href).toBe(api.href(`/snapshots/${accepted.resource!.id}`));
    const snapshot = await accepted.wait({ intervalMs: 1 });
    expect(snapshot.metadata?.state).toBe('AVAILABLE');
    expect(snapshot.properties?.name).toBe(form.name);
    expect(api.requests().at(-1)!.path).toBe(`/snapshots/${accepted.resource!.id}`);
  });

  it('sends restore-snapshot form-encoded; its wait resolves to undefined once the volume is restored', async () => {
    const seeded = seedDatacenter();
    const [volumePath] = api.members(`${seeded.path}/volumes`);
    const volumeId = volumePath!.split('/').at(-1)!;
    const snapshot = api.seed('/snapshots', { properties: { name: 'golden', location: 'us/las' } });
    const accepted = await client().volumes.restoreSnapshot({
      dataCenterId: seeded.id,
      volumeId,
      body: { snapshotId: snapshot.id },
    });
    expectTypeOf(accepted).toEqualTypeOf<Accepted<undefined, undefined>>();
    expect(accepted.resource).toBeUndefined();
    expect(accepted.asyncRequestId).toMatch(UUID);

    const [post] = api.requests({ method: 'POST' });
    expect(post!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(post!.body).toBe(`snapshotId=${snapshot.id}`);
    expect(post!.form).toEqual({ snapshotId: snapshot.id });
    expect(api.resource(volumePath!)!.metadata.state).toBe('BUSY');

    expect(await accepted.wait({ intervalMs: 1 })).toBeUndefined();
    expect(api.resource(volumePath!)!.properties['image']).toBe(snapshot.id);
    expect(api.resource(volumePath!)!.metadata.state).toBe('AVAILABLE');
  });

  it('sends the same form again when a create-snapshot is retried after 429', async () => {
    const seeded = seedDatacenter();
    const [volumePath] = api.members(`${seeded.path}/volumes`);
    const volumeId = volumePath!.split('/').at(-1)!;
    api.script({ method: 'POST', status: 429, retryAfter: '0' });
    const accepted = await client().volumes.createSnapshot({
      dataCenterId: seeded.id,
      volumeId,
      body: { name: 'retried snapshot' },
    });
    const posts = api.requests({ method: 'POST' });
    expect(posts.map((p) => p.status)).toEqual([429, 202]);
    for (const post of posts) {
      expect(post.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(post.body).toBe('name=retried+snapshot');
    }
    expect(api.ofType('snapshot').map((x) => x.id)).toEqual([accepted.resource!.id]);
  });
});

describe('operation functions', () => {
  const transport = (contractNumber?: number) =>
    createProfitBricksTransport({
      baseUrl: api.url,
      auth: basicAuth(api.credentials.username, api.credentials.password),
      ...(contractNumber === undefined ? {} : { contractNumber }),
    });

  it('create and wait as the methods do, carrying the contract number onto the polls', async () => {
    const t = transport(CONTRACT);
    const accepted = await createDatacenter(t, { body: CREATE_ATTACH });
    expectTypeOf(accepted).toEqualTypeOf<Accepted<Datacenter, Datacenter>>();
    expect(accepted.resource!.metadata?.state).toBe('BUSY');
    const ready = await accepted.wait({ intervalMs: 1 });
    expect(ready.metadata?.state).toBe('AVAILABLE');
    expect(statusPolls(accepted.asyncRequestId)).toHaveLength(3);
    expect(new Set(api.requests().map((r) => r.headers['pb-contract-number']))).toEqual(new Set([String(CONTRACT)]));

    const done = await updateDatacenter(
      t,
      { dataCenterId: ready.id, body: { name: 'renamed' } },
      { wait: { intervalMs: 1 } },
    );
    expectTypeOf(done).toEqualTypeOf<Datacenter>();
    expect(done.properties?.name).toBe('renamed');

    const third = await updateDatacenter(t, { dataCenterId: ready.id, body: { name: 'again' } });
    const status = await waitForRequest(t, third.requestId!, { intervalMs: 1 });
    expectTypeOf(status).toEqualTypeOf<RequestStatus>();
    expect(status.metadata?.status).toBe('DONE');
  });

  it('read by depth, send form bodies and fail with the typed errors', async () => {
    const seeded = seedDatacenter();
    const t = transport();
    const deep = await getDatacenter(t, { dataCenterId: seeded.id, depth: 2 });
    expectTypeOf(deep.entities!.servers!.items).toEqualTypeOf<Server<0>[]>();
    expect(deep.entities?.servers!.items.map((s) => s.properties?.name)).toEqual(['app-1', 'app-2']);
    expect(api.requests().at(-1)!.headers).not.toHaveProperty('pb-contract-number');

    const [volumePath] = api.members(`${seeded.path}/volumes`);
    const snapshot = await createVolumeSnapshot(t, {
      dataCenterId: seeded.id,
      volumeId: volumePath!.split('/').at(-1)!,
      body: { name: 'nightly' },
    });
    expect(api.requests({ method: 'POST' })[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect((await snapshot.wait({ intervalMs: 1 })).properties?.name).toBe('nightly');

    await failure(getDatacenter(t, { dataCenterId: '00000000-0000-4000-8000-000000000000' }), NotFoundError);
    await failure(
      getDatacenter(createProfitBricksTransport({ baseUrl: api.url }), { dataCenterId: seeded.id }),
      AuthenticationError,
    );
  });
});

describe('the fake server', () => {
  const auth = (): Record<string, string> => ({
    authorization: `Basic ${Buffer.from(`${api.credentials.username}:${api.credentials.password}`).toString('base64')}`,
  });
  const raw = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${api.url}${path}`, init);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
    };
  };

  it('answers 401 with the v4 error body without credentials, and rate-limit headers on every response', async () => {
    const denied = await raw('/datacenters');
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual({ httpStatus: 401, messages: [{ errorCode: '315', message: expect.any(String) }] });
    for (const name of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-burst'])
      expect(denied.headers.get(name)).toMatch(/^\d+$/);
    expect((await raw('/datacenters', { headers: auth() })).status).toBe(200);
  });

  it('moves a request QUEUED -> RUNNING -> DONE over polls and makes the resource AVAILABLE at DONE', async () => {
    const created = await raw('/datacenters', {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ properties: { name: 'raw', location: 'de/fra' } }),
    });
    expect(created.status).toBe(202);
    const location = created.headers.get('location')!;
    const path = pathOf(location);
    const states: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const status = await raw(path, { headers: auth() });
      const dc = api.resource(pathOf(created.body!['href'] as string))!;
      states.push([(status.body!['metadata'] as { status: string }).status, dc.metadata.state]);
    }
    expect(states).toEqual([
      ['QUEUED', 'BUSY'],
      ['RUNNING', 'BUSY'],
      ['DONE', 'AVAILABLE'],
      ['DONE', 'AVAILABLE'],
    ]);
  });

  it('expands depth like the API: collections list references at 0, full items from 1', async () => {
    const seeded = seedDatacenter();
    const list0 = await raw('/datacenters?depth=0', { headers: auth() });
    expectReference((list0.body!['items'] as unknown[])[0]);
    const one = await raw(`${seeded.path}?depth=0`, { headers: auth() });
    expect(one.body!['properties']).toMatchObject({ name: 'Seeded' });
    expectBareCollection((one.body!['entities'] as Record<string, unknown>)['servers']);
    expect((await raw('/datacenters?depth=11', { headers: auth() })).status).toBe(400);
  });

  it('refuses a JSON body on the form-encoded calls, as the spec declares them', async () => {
    const seeded = seedDatacenter();
    const [volumePath] = api.members(`${seeded.path}/volumes`);
    const response = await fetch(`${api.url}${volumePath}/create-snapshot`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${api.credentials.username}:${api.credentials.password}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name: 'json' }),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ httpStatus: 415 });
    expect(api.ofType('snapshot')).toEqual([]);
  });
});
