/**
 * Behaviour of the generated Contabo client (and the runtime under it)
 * against a stateful fake of the API: auth, correlation ids, pagination,
 * retries, timeouts, aborts, error mapping, request safety and waits.
 */
import { inspect } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ClientError,
  ConflictError,
  ConnectionError,
  ContaboClient,
  createContaboTransport,
  getInstance,
  InvalidRequestError,
  listInstances,
  PasswordGrantAuth,
  InvalidResponseError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  RepeatedPageError,
  ServerError,
  StatusError,
  TimeoutError,
  UnexpectedStatusError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
  updateInstance,
  waitForInstance,
  WaitFailedError,
  WaitTimeoutError,
  bearerAuth,
  type ContaboClientOptions,
  type CreateCustomImageError,
  type CreateCustomImageFailResponse,
  type GetInstanceError,
  type InstanceResponse,
  type ListInstancesResponse,
} from '../generated/src/contabo/index.ts';
import { assertNoLeak, expectFailure } from './helpers/leak.ts';
import { startContaboServer, type ContaboServer, type LoggedRequest, type ServerOptions } from './servers/contabo.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const INSTANCES = '/v1/compute/instances';
const HTML =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';

let api: ContaboServer;
/** Secrets a test adds beyond the server's credentials and tokens (a wrong password, say). */
let extraSecrets: string[];

async function start(options: ServerOptions = {}): Promise<ContaboServer> {
  await api?.close();
  api = await startContaboServer(options);
  return api;
}

beforeEach(async () => {
  extraSecrets = [];
  api = await startContaboServer({ instances: 25 });
});

afterEach(async () => {
  vi.useRealTimers();
  await api.close();
});

type ClientOverrides = Partial<
  Pick<ContaboClientOptions, 'timeoutMs' | 'maxRetries' | 'signal' | 'traceId' | 'headers' | 'fetch'>
> & {
  password?: string;
  clientSecret?: string;
};

function client(overrides: ClientOverrides = {}): ContaboClient {
  return new ContaboClient({ ...api.credentials, authUrl: api.tokenUrl, baseUrl: api.url, ...overrides });
}

/** Awaits a call that must fail, checks the error's class, and that it gives away no credential. */
const failure = <E>(call: PromiseLike<unknown>, type: abstract new (...args: never[]) => E): Promise<E> =>
  expectFailure(call, type, { ...api.credentials, tokens: [...api.issuedSecrets(), ...extraSecrets] });

const ids = (requests: LoggedRequest[]): (string | undefined)[] => requests.map((r) => r.headers['x-request-id']);
const bearer = (r: LoggedRequest): string | undefined => r.headers['authorization']?.replace(/^Bearer /, '');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('OAuth2 password grant', () => {
  it('fetches a token once with the form-encoded credentials and reuses it across calls', async () => {
    const c = client();
    await c.instances.list();
    await c.instances.get({ instanceId: 100 });
    await c.instances.update({ instanceId: 100, body: { displayName: 'renamed' } });

    const tokens = api.tokenRequests();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.method).toBe('POST');
    expect(tokens[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(tokens[0]!.form).toEqual({
      grant_type: 'password',
      username: api.credentials.username,
      password: api.credentials.password,
      client_id: api.credentials.clientId,
      client_secret: api.credentials.clientSecret,
    });
    const [issued] = api.state.tokens.keys();
    expect(api.apiRequests().map(bearer)).toEqual([issued, issued, issued]);
    expect(api.state.instances.get(100)!.displayName).toBe('renamed');
  });

  it('lets concurrent first calls share one token request', async () => {
    api.scriptToken({ delayMs: 50 });
    const c = client();
    const results = await Promise.all([
      c.instances.list(),
      c.instances.get({ instanceId: 101 }),
      c.instances.get({ instanceId: 102 }),
      c.instances.list({ page: 2 }),
      c.instances.list({ size: 1 }),
    ]);
    expect(results).toHaveLength(5);
    expect(api.tokenRequests()).toHaveLength(1);
    expect(new Set(api.apiRequests().map(bearer)).size).toBe(1);
  });

  it('renews a token with the refresh token shortly before it expires, while it is still valid', async () => {
    await start({ instances: 3, expiresIn: 60 });
    vi.useFakeTimers({ toFake: ['Date'] });
    const c = client();
    await c.instances.list();
    await c.instances.list();
    expect(api.tokenRequests()).toHaveLength(1);
    const [first] = [...api.state.tokens.values()];

    // 40 s later the token has 20 s left: inside the refresh margin, yet not expired.
    vi.setSystemTime(Date.now() + 40_000);
    expect(first!.expiresAt).toBeGreaterThan(Date.now());
    await c.instances.list();

    const tokens = api.tokenRequests();
    expect(tokens).toHaveLength(2);
    expect(tokens[1]!.form).toMatchObject({ grant_type: 'refresh_token', refresh_token: first!.refreshToken });
    expect(tokens[1]!.form).not.toHaveProperty('password');
    const used = api.apiRequests().map(bearer);
    expect(used[2]).not.toBe(first!.accessToken);
    expect(api.state.tokens.get(used[2]!)?.grant).toBe('refresh_token');
    // No 401 was needed: the renewal happened before the server would have refused the token.
    expect(api.apiRequests()).toHaveLength(3);
  });

  it('falls back to the password grant when there is no refresh token', async () => {
    await start({ instances: 3, expiresIn: 60, refreshExpiresIn: 0 });
    vi.useFakeTimers({ toFake: ['Date'] });
    const c = client();
    await c.instances.list();
    vi.setSystemTime(Date.now() + 45_000);
    await c.instances.list();
    expect(api.tokenRequests().map((r) => r.form?.['grant_type'])).toEqual(['password', 'password']);
  });

  it('keeps using a short-lived token while it is fresh (expires_in shorter than the refresh margin)', async () => {
    await start({ instances: 3, expiresIn: 20 });
    vi.useFakeTimers({ toFake: ['Date'] });
    const c = client();
    await c.instances.list();
    await c.instances.list();
    await c.instances.list();
    expect(api.tokenRequests()).toHaveLength(1);

    // Close to expiry it is renewed before the server refuses it.
    vi.setSystemTime(Date.now() + 15_000);
    await c.instances.list();
    expect(api.tokenRequests()).toHaveLength(2);
    expect(api.apiRequests()).toHaveLength(4);
  });

  it('answers a 401 from the API with exactly one re-authentication and one retry', async () => {
    const c = client();
    await c.instances.list();
    api.revokeTokens();
    const page = await c.instances.list({ xRequestId: '0f6a3c1e-4b2d-4c8e-9a7f-1d2e3f4a5b6c' });
    expect(page.data).toHaveLength(10);

    const calls = api.apiRequests().slice(1);
    expect(calls).toHaveLength(2);
    expect(ids(calls)).toEqual(['0f6a3c1e-4b2d-4c8e-9a7f-1d2e3f4a5b6c', '0f6a3c1e-4b2d-4c8e-9a7f-1d2e3f4a5b6c']);
    expect(bearer(calls[0]!)).not.toBe(bearer(calls[1]!));
    expect(api.tokenRequests()).toHaveLength(2);
  });

  it.each([
    ['by refresh token', 1800],
    ['by password grant', 0],
  ])(
    'renews an expired token once however many concurrent calls see its 401, early or late (%s)',
    async (_, refreshExpiresIn) => {
      await start({ instances: 5, refreshExpiresIn });
      const c = client();
      await c.instances.list();
      const [old] = api.state.tokens.keys();
      api.revokeTokens();
      // 101 is refused at once and starts the renewal; 102 is refused while it runs; 103 only once it is done.
      api.scriptToken({ delayMs: 40 });
      api.script({ path: `${INSTANCES}/102`, delayMs: 15 }, { path: `${INSTANCES}/103`, delayMs: 150 });
      const results = await Promise.all([101, 102, 103].map((instanceId) => c.instances.get({ instanceId })));
      expect(results.map((r) => r.data[0]!.instanceId)).toEqual([101, 102, 103]);

      expect(api.tokenRequests()).toHaveLength(2);
      const fresh = [...api.state.tokens.keys()].filter((t) => t !== old);
      expect(fresh).toHaveLength(1);
      const gets = api.apiRequests({ method: 'GET', path: /\/10[123]$/ });
      expect(gets.map(bearer)).toEqual([old, old, old, ...fresh, ...fresh, ...fresh]);
      // Later calls keep the renewed token.
      await c.instances.get({ instanceId: 101 });
      expect(bearer(api.apiRequests().at(-1)!)).toBe(fresh[0]);
      expect(api.tokenRequests()).toHaveLength(2);
    },
  );

  it('gives up with AuthenticationError when the API still answers 401 after re-authenticating', async () => {
    const c = client();
    await c.instances.list();
    api.script(
      { status: 401, json: { statusCode: 401, message: 'Unauthorized' } },
      { status: 401, json: { statusCode: 401, message: 'Unauthorized' } },
      { status: 401, json: { statusCode: 401, message: 'Unauthorized' } },
    );
    const error = await failure(c.instances.get({ instanceId: 100 }), AuthenticationError);
    expect(error.status).toBe(401);
    expect(error.body).toEqual({ statusCode: 401, message: 'Unauthorized' });
    expect(api.apiRequests()).toHaveLength(3);
    expect(api.tokenRequests()).toHaveLength(2);
    expect(api.state.script).toHaveLength(1);
  });

  it('throws AuthenticationError for a wrong password, without calling the API', async () => {
    extraSecrets = ['wrong password 1234'];
    const c = client({ password: 'wrong password 1234' });
    const error = await failure(c.instances.list(), AuthenticationError);
    expect(error.status).toBe(401);
    expect(error.body).toMatchObject({ error: 'invalid_grant' });
    expect(error.message).toContain('Invalid user credentials');
    expect(api.tokenRequests()).toHaveLength(1);
    expect(api.apiRequests()).toHaveLength(0);
  });

  it('throws AuthenticationError for a wrong client secret', async () => {
    extraSecrets = ['not-the-client-secret'];
    const c = client({ clientSecret: 'not-the-client-secret' });
    const error = await failure(c.instances.get({ instanceId: 100 }), AuthenticationError);
    expect(error.body).toMatchObject({ error: 'invalid_client' });
    expect(api.apiRequests()).toHaveLength(0);
  });

  it('reports a token endpoint that is down as a ConnectionError and recovers on the next call', async () => {
    api.scriptToken({ destroy: 'before-response' });
    const c = client();
    await failure(c.instances.list({}, { maxRetries: 0 }), ConnectionError);
    const page = await c.instances.list();
    expect(page.data).toHaveLength(10);
    expect(api.tokenRequests()).toHaveLength(2);
  });

  it('does not let a hung token request hold up later calls', async () => {
    api.scriptToken({ delayMs: 5_000 });
    const c = client({ timeoutMs: 150, maxRetries: 0 });
    const error = await failure(c.instances.list(), TimeoutError);
    expect(error.path).toBe(INSTANCES);
    // The token endpoint answers again: the next call must not wait for the abandoned request.
    const page = await c.instances.list();
    expect(page.data).toHaveLength(10);
    expect(api.tokenRequests()).toHaveLength(2);
  });

  it('does not show credentials when the client is inspected', async () => {
    const c = client();
    await c.instances.list();
    const text = inspect(c, { depth: 10, showHidden: true }) + JSON.stringify(c);
    for (const secret of [api.credentials.password, api.credentials.clientSecret, ...api.issuedSecrets()]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('correlation and trace ids', () => {
  it('sends a fresh UUIDv4 x-request-id per call, echoed by the server and reported on the result', async () => {
    const c = client();
    const results = [
      await c.instances.list().withResponse(),
      await c.instances.get({ instanceId: 100 }).withResponse(),
      await c.instances.list().withResponse(),
    ];
    const sent = ids(api.apiRequests());
    for (const id of sent) expect(id).toMatch(UUID_V4);
    expect(new Set(sent).size).toBe(3);
    expect(results.map((r) => r.requestId)).toEqual(sent);
    expect(results.map((r) => r.response.headers.get('x-request-id'))).toEqual(sent);
  });

  it('keeps the same x-request-id across the retries of one call', async () => {
    api.script({ status: 503, headers: { 'retry-after': '0' } }, { status: 429, headers: { 'retry-after': '0' } });
    const result = await client().instances.get({ instanceId: 100 }).withResponse();
    const sent = ids(api.apiRequests());
    expect(sent).toHaveLength(3);
    expect(new Set(sent).size).toBe(1);
    expect(sent[0]).toMatch(UUID_V4);
    expect(result.requestId).toBe(sent[0]);
  });

  it("sends the caller's own x-request-id as given and reports it on errors", async () => {
    const own = 'D5FD9FAF-58C0-4406-8F46-F449B8E4FEC3';
    const result = await client().instances.get({ instanceId: 100, xRequestId: own }).withResponse();
    expect(result.requestId).toBe(own);
    expect(ids(api.apiRequests())).toEqual([own]);

    const error = await failure(client().instances.get({ instanceId: 999_999, xRequestId: own }), NotFoundError);
    expect(error.requestId).toBe(own);
    expect(error.message).toContain(own);

    // Not a UUID: sent unchanged all the same, and the server's refusal names it.
    const bad = await failure(client().instances.get({ instanceId: 100, xRequestId: 'my-request-1' }), BadRequestError);
    expect(api.apiRequests().at(-1)!.headers['x-request-id']).toBe('my-request-1');
    expect(bad.requestId).toBe('my-request-1');
  });

  it('sends the traceId client option as x-trace-id, unless a call gives its own', async () => {
    const c = client({ traceId: 'trace-from-client' });
    await c.instances.list();
    await c.instances.get({ instanceId: 100, xTraceId: 'trace-from-call' });
    await c.instances.create({ body: { period: 1 } });
    await client().instances.list();
    expect(api.apiRequests().map((r) => r.headers['x-trace-id'])).toEqual([
      'trace-from-client',
      'trace-from-call',
      'trace-from-client',
      undefined,
    ]);
  });
});

describe('headers', () => {
  it("layers them: defaults, then the client's, then the call's; a caller's Accept wins", async () => {
    const c = client({ headers: { Accept: 'application/vnd.client+json', 'X-Client': 'client', 'X-Both': 'client' } });
    await c.instances.get({ instanceId: 100 });
    await c.instances.get(
      { instanceId: 100 },
      { headers: { accept: 'application/vnd.call+json', 'x-both': 'call', 'X-Call': 'call' } },
    );
    await client().instances.get({ instanceId: 100 }, { headers: { ACCEPT: 'text/plain' } });
    await client().instances.get({ instanceId: 100 });
    const [a, b, c3, d] = api.apiRequests().map((r) => r.headers);
    expect([a!['accept'], a!['x-client'], a!['x-both'], a!['x-call']]).toEqual([
      'application/vnd.client+json',
      'client',
      'client',
      undefined,
    ]);
    expect([b!['accept'], b!['x-client'], b!['x-both'], b!['x-call']]).toEqual([
      'application/vnd.call+json',
      'client',
      'call',
      'call',
    ]);
    expect(c3!['accept']).toBe('text/plain');
    expect(d!['accept']).toBe('application/json, */*;q=0.5');
  });

  it('removes a header given as null, at the client or on the call; undefined leaves it', async () => {
    const c = client({ headers: { accept: null, 'x-keep': 'kept', 'x-drop': 'dropped' } });
    await c.instances.get({ instanceId: 100 }, { headers: { 'x-drop': null, 'x-keep': undefined } });
    await client({ traceId: 'trace-1' }).instances.get({ instanceId: 100 }, { headers: { 'x-trace-id': null } });
    const [a, b] = api.apiRequests().map((r) => r.headers);
    // Without an Accept of its own, fetch sends its default.
    expect(a!['accept']).toBe('*/*');
    expect([a!['x-keep'], a!['x-drop']]).toEqual(['kept', undefined]);
    expect(b!['x-trace-id']).toBeUndefined();
  });

  it("puts the call's own parameters over the client's headers, and the call's headers over both", async () => {
    const c = client({ traceId: 'from-option', headers: { 'x-trace-id': 'from-client-headers' } });
    await c.instances.get({ instanceId: 100 });
    await c.instances.get({ instanceId: 100, xTraceId: 'from-parameter' });
    await c.instances.get(
      { instanceId: 100, xTraceId: 'from-parameter' },
      { headers: { 'x-trace-id': 'from-call-headers' } },
    );
    expect(api.apiRequests().map((r) => r.headers['x-trace-id'])).toEqual([
      'from-client-headers',
      'from-parameter',
      'from-call-headers',
    ]);
  });

  it('reports the request id that was sent, whichever layer set it', async () => {
    const result = await client()
      .instances.get({ instanceId: 100 }, { headers: { 'X-Request-Id': 'b1d8e0a2-6c3f-4e5a-9b7d-1f2e3d4c5b6a' } })
      .withResponse();
    expect(api.apiRequests()[0]!.headers['x-request-id']).toBe('b1d8e0a2-6c3f-4e5a-9b7d-1f2e3d4c5b6a');
    expect(result.requestId).toBe('b1d8e0a2-6c3f-4e5a-9b7d-1f2e3d4c5b6a');
  });

  it('keeps the credentials out of reach of the layers, and the body encoding under the call headers', async () => {
    await client({ headers: { authorization: 'Bearer not-the-token' } }).instances.get({ instanceId: 100 });
    expect(bearer(api.apiRequests()[0]!)).toBe([...api.state.tokens.keys()][0]);
    await client({ headers: { 'content-type': 'text/plain' } }).instances.update({
      instanceId: 100,
      body: { displayName: 'a' },
    });
    await client().instances.update(
      { instanceId: 100, body: { displayName: 'b' } },
      { headers: { 'content-type': 'application/merge-patch+json' } },
    );
    expect(api.apiRequests({ method: 'PATCH' }).map((r) => r.headers['content-type'])).toEqual([
      'application/json',
      'application/merge-patch+json',
    ]);
  });

  it('refuses a header name or value that would break the request, null included', async () => {
    const error = await failure(
      client().instances.get({ instanceId: 100 }, { headers: { 'bad name': null } }),
      InvalidRequestError,
    );
    expect(error.message).toContain('"bad name" is not a header name');
    await failure(
      client({ headers: { 'x-a': 'line\r\nbreak' } }).instances.get({ instanceId: 100 }),
      InvalidRequestError,
    );
    expect(api.apiRequests()).toHaveLength(0);
  });

  it("sends headers named like Object.prototype's members and refuses __proto__, which would set the prototype", async () => {
    const result = await client({ headers: { constructor: 'c', toString: 't', hasOwnProperty: 'h' } })
      .instances.get({ instanceId: 100 }, { headers: { valueOf: 'v' } })
      .withResponse();
    const sent = api.apiRequests()[0]!.headers;
    expect([sent['constructor'], sent['tostring'], sent['hasownproperty'], sent['valueof']]).toEqual([
      'c',
      't',
      'h',
      'v',
    ]);
    expect(result.requestId).toBe(sent['x-request-id']);
    for (const name of ['__proto__', '__PROTO__']) {
      const error = await failure(
        client().instances.get({ instanceId: 100 }, { headers: { [name]: 'x' } }),
        InvalidRequestError,
      );
      expect(error.message).toContain(`"${name}" cannot be sent as a header`);
    }
    expect(api.apiRequests()).toHaveLength(1);
  });
});

describe('pagination', () => {
  it('awaits to the first page, typed, with the envelope', async () => {
    const page: ListInstancesResponse = await client().instances.list({ size: 10 });
    expect(page._pagination).toEqual({ page: 1, size: 10, totalElements: 25, totalPages: 3 });
    expect(page.data.map((i) => i.instanceId)).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
    const first: InstanceResponse = page.data[0]!;
    expect(first.status).toBe('running');
    expect(page._links.next).toBe('/v1/compute/instances?page=2&size=10');
    expect(api.apiRequests()).toHaveLength(1);
    expect(api.apiRequests()[0]!.query).toEqual({ size: '10' });
  });

  it('walks every item across pages lazily with for await, one page at a time', async () => {
    const seen: number[] = [];
    const requestsWhenSeen: number[] = [];
    for await (const instance of client().instances.list({ size: 10, orderBy: ['name:asc'] })) {
      seen.push(instance.instanceId);
      requestsWhenSeen.push(api.apiRequests().length);
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => 100 + i));
    // Page 2 is asked for only once item 11 is wanted, page 3 once item 21 is.
    expect(requestsWhenSeen.slice(0, 10)).toEqual(Array(10).fill(1));
    expect(requestsWhenSeen.slice(10, 20)).toEqual(Array(10).fill(2));
    expect(requestsWhenSeen.slice(20)).toEqual(Array(5).fill(3));
    const pages = api.apiRequests();
    expect(pages.map((r) => r.query['page'])).toEqual([undefined, '2', '3']);
    // Every page keeps the caller's other parameters and has a correlation id of its own.
    for (const r of pages) expect(r.query).toMatchObject({ size: '10', orderBy: 'name:asc' });
    expect(new Set(ids(pages)).size).toBe(3);
  });

  it('keeps no page once walked past it: the first page awaited after a walk is fetched again', async () => {
    const listing = client().instances.list({ size: 10 });
    let walked = 0;
    for await (const instance of listing) walked += instance.instanceId ? 1 : 0;
    expect(walked).toBe(25);
    const first = await listing;
    expect(first.data.map((i) => i.instanceId)).toEqual(Array.from({ length: 10 }, (_, i) => 100 + i));
    expect(api.apiRequests().map((r) => r.query['page'])).toEqual([undefined, '2', '3', '1']);
    // Awaited first, the page is kept and the walk starts from it.
    const kept = client().instances.list({ size: 10 });
    await kept;
    for await (const _ of kept) walked++;
    expect(api.apiRequests()).toHaveLength(7);
  });

  it('holds no page it walked past while the next one loads', async () => {
    // A full collection on demand: the only way to see that the walked items are unreachable.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let firstOfPage1: WeakRef<InstanceResponse> | undefined;
    let collectedDuringPage2: boolean | undefined;
    const c = client({
      fetch: async (input, init) => {
        if (String(input).includes('page=2')) {
          // Past the current job, which keeps what a WeakRef was made for alive; then a full collection.
          await new Promise((resolve) => setImmediate(resolve));
          gc();
          collectedDuringPage2 = firstOfPage1?.deref() === undefined;
        }
        return fetch(input, init);
      },
    });
    let n = 0;
    for await (const instance of c.instances.list({ size: 10 })) {
      if (n++ === 0) firstOfPage1 = new WeakRef(instance);
    }
    expect(n).toBe(25);
    expect(collectedDuringPage2).toBe(true);
  });

  it('stops fetching when the loop is left early', async () => {
    for await (const instance of client().instances.list({ size: 10 })) {
      if (instance.instanceId === 112) break;
    }
    await sleep(20);
    expect(api.apiRequests()).toHaveLength(2);
  });

  it('walks whole pages with .pages(), from the page asked for', async () => {
    const sizes: number[] = [];
    const numbers: number[] = [];
    for await (const page of client().instances.list({ size: 10 }).pages()) {
      sizes.push(page.data.length);
      numbers.push(page._pagination.page);
    }
    expect(sizes).toEqual([10, 10, 5]);
    expect(numbers).toEqual([1, 2, 3]);

    const later: number[] = [];
    for await (const page of client().instances.list({ size: 10, page: 2 }).pages()) later.push(page._pagination.page);
    expect(later).toEqual([2, 3]);
    expect(api.apiRequests().map((r) => r.query['page'])).toEqual([undefined, '2', '3', '2', '3']);
  });

  it('collects up to a limit and stops fetching there', async () => {
    expect((await client().instances.list({ size: 10 }).collect({ limit: 12 })).map((i) => i.instanceId)).toEqual([
      100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    ]);
    expect(api.apiRequests()).toHaveLength(2);

    expect(await client().instances.list({ size: 5 }).collect({ limit: 5 })).toHaveLength(5);
    expect(api.apiRequests()).toHaveLength(3);

    expect(await client().instances.list({ size: 10 }).collect()).toHaveLength(25);
    expect(api.apiRequests()).toHaveLength(6);
  });

  it('ends an empty listing after its first page', async () => {
    await start({ instances: 0 });
    const items: unknown[] = [];
    for await (const item of client().instances.list()) items.push(item);
    expect(items).toEqual([]);
    expect(api.apiRequests()).toHaveLength(1);
  });

  it('leaves the first page as it was handed out, however often the listing is walked', async () => {
    const listing = client().instances.list({ size: 10 });
    const first = await listing;
    const ids = first.data.map((i) => i.instanceId);
    expect(ids).toHaveLength(10);
    const walked: number[] = [];
    for await (const instance of listing) walked.push(instance.instanceId);
    for await (const instance of listing) walked.push(instance.instanceId);
    for await (const page of listing.pages()) walked.push(page.data.length);
    expect(walked).toHaveLength(25 + 25 + 3);
    expect(first.data.map((i) => i.instanceId)).toEqual(ids);
    expect((await listing).data.map((i) => i.instanceId)).toEqual(ids);
    expect((await listing.collect()).map((i) => i.instanceId).slice(0, 10)).toEqual(ids);
  });

  /** Walks a listing through a fetch that refuses to go on for ever, so a walk that does not end fails rather than hangs. */
  async function walk(listing: (c: ContaboClient) => AsyncIterable<{ instanceId: number }>): Promise<number[]> {
    let sent = 0;
    const c = client({
      fetch: (input, init) => {
        if (++sent > 20) throw new Error('the walk did not end after 20 pages');
        return fetch(input, init);
      },
    });
    const seen: number[] = [];
    for await (const instance of listing(c)) seen.push(instance.instanceId);
    return seen;
  }
  const all = Array.from({ length: 25 }, (_, i) => 100 + i);

  it.each([
    ['no next link on the last page', { lastNext: 'omit' }],
    ['a next link on the last page that points at the page itself', { lastNext: 'itself' }],
    ['the last link, when next points past the end', { lastNext: 'beyond' }],
  ] as const)('ends without the counts (_pagination: "") on %s, past-the-end pages repeated', async (_, links) => {
    await start({ instances: 25, listing: { pagination: 'blank', pastEnd: 'repeated', ...links } });
    expect(await walk((c) => c.instances.list({ size: 10 }))).toEqual(all);
    expect(api.apiRequests().map((r) => r.query['page'])).toEqual([undefined, '2', '3']);
    const pages: number[] = [];
    for await (const page of client().instances.list({ size: 10, page: 2 }).pages()) pages.push(page.data.length);
    expect(pages).toEqual([10, 5]);
  });

  it.each([
    ['the counts', 'counts'],
    ['the last link', 'blank'],
  ] as const)('walks on past pages without a next link while %s say there are more', async (_, pagination) => {
    await start({ instances: 25, listing: { pagination, links: 'without-next', pastEnd: 'repeated' } });
    expect(await walk((c) => c.instances.list({ size: 10 }))).toEqual(all);
    expect(api.apiRequests().map((r) => r.query['page'])).toEqual([undefined, '2', '3']);
  });

  it('ends on an empty page when nothing else tells', async () => {
    await start({ instances: 25, listing: { pagination: 'blank', links: false } });
    expect(await walk((c) => c.instances.list({ size: 10 }))).toEqual(all);
    expect(api.apiRequests().map((r) => r.query['page'])).toEqual([undefined, '2', '3', '4']);
  });

  it('ends on the counts alone, whatever the links say', async () => {
    await start({ instances: 25, listing: { lastNext: 'beyond', pastEnd: 'repeated' } });
    expect(await walk((c) => c.instances.list({ size: 10 }))).toEqual(all);
    expect(api.apiRequests()).toHaveLength(3);
  });

  it('throws RepeatedPageError when the server answers the next page with the same one, before handing out its items twice', async () => {
    await start({ instances: 25, listing: { pagination: 'blank', ignorePage: true } });
    const seen: number[] = [];
    const error = await failure(
      (async () => {
        for await (const instance of client().instances.list({ size: 10 })) seen.push(instance.instanceId);
      })(),
      RepeatedPageError,
    );
    expect(seen).toEqual(all.slice(0, 10));
    expect(error).toBeInstanceOf(ApiError);
    expect([error.page, error.repeated, error.method, error.path]).toEqual([2, 1, 'GET', INSTANCES]);
    expect(error.message).toBe(
      'GET /v1/compute/instances: page 2 repeats page 1, and nothing on it says the listing ended',
    );
    expect(api.apiRequests()).toHaveLength(2);
    // Whole pages as well: the repeated page is not handed out.
    const pages: number[] = [];
    await failure(
      (async () => {
        for await (const page of client().instances.list({ size: 10 }).pages()) pages.push(page._links.self.length);
      })(),
      RepeatedPageError,
    );
    expect(pages).toHaveLength(1);
  });

  it('passes an error on a later page to the loop', async () => {
    const listing = client().instances.list({ size: 10 });
    expect((await listing).data).toHaveLength(10);
    api.script({ path: INSTANCES, status: 500, json: { statusCode: 500, message: 'page 2 broke' } });
    const seen: number[] = [];
    const error = await failure(
      (async () => {
        for await (const i of listing) seen.push(i.instanceId);
      })(),
      ServerError,
    );
    expect(seen).toHaveLength(10);
    expect(error.message).toContain('page 2 broke');
  });
});

describe('retries', () => {
  it('retries a GET after 429 with Retry-After', async () => {
    api.script({
      status: 429,
      headers: { 'retry-after': '0' },
      json: { statusCode: 429, message: 'Too Many Requests' },
    });
    const page = await client().instances.list();
    expect(page.data).toHaveLength(10);
    expect(api.apiRequests()).toHaveLength(2);
  });

  it('retries a POST after 429, which the server refused before doing anything', async () => {
    api.script({ method: 'POST', status: 429, headers: { 'retry-after': '0' } });
    const created = await client().instances.create({ body: { period: 1, displayName: 'web' } });
    expect(created.data[0]!.status).toBe('provisioning');
    const posts = api.apiRequests({ method: 'POST' });
    expect(posts).toHaveLength(2);
    for (const post of posts) {
      expect(post.headers['content-type']).toBe('application/json');
      expect(JSON.parse(post.body)).toEqual({ period: 1, displayName: 'web' });
    }
    expect(api.state.instances.size).toBe(26);
  });

  it('honours a Retry-After given as an HTTP date', async () => {
    api.script({ status: 429, headers: { 'retry-after': new Date(Date.now() - 1000).toUTCString() } });
    await client().instances.list();
    expect(api.apiRequests()).toHaveLength(2);
  });

  it('does not hold a call for a Retry-After longer than a minute', async () => {
    api.script({
      status: 429,
      headers: { 'retry-after': '3600', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0' },
    });
    const error = await failure(client().instances.list(), RateLimitError);
    expect(error.status).toBe(429);
    expect(error.rateLimit).toEqual({ limit: 60, remaining: 0 });
    expect(api.apiRequests()).toHaveLength(1);
  });

  it('retries a GET after 503 with backoff', async () => {
    api.script({ status: 503, json: { message: 'maintenance' } });
    await client().instances.get({ instanceId: 100 });
    const [first, second] = api.apiRequests();
    expect(second).toBeDefined();
    // Backoff starts at 500 ms, less up to 25 % jitter.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(350);
  });

  it.each([502, 503, 504])('retries a GET after %i', async (status) => {
    api.script({ status, headers: { 'retry-after': '0' }, text: HTML });
    await client().instances.get({ instanceId: 100 });
    expect(api.apiRequests()).toHaveLength(2);
  });

  it.each([500, 502, 503, 504])('does not retry a POST after %i: it may have been applied', async (status) => {
    api.script({ method: 'POST', status, headers: { 'retry-after': '0' }, json: { message: 'failed' } });
    const error = await failure(client().instances.create({ body: { period: 1 } }), ServerError);
    expect(error.status).toBe(status);
    expect(error.method).toBe('POST');
    expect(api.apiRequests({ method: 'POST' })).toHaveLength(1);
  });

  it('does not retry a 500 even on a GET', async () => {
    api.script({ status: 500, json: { message: 'boom' } });
    const error = await failure(client().instances.get({ instanceId: 100 }), ServerError);
    expect(error.status).toBe(500);
    expect(api.apiRequests()).toHaveLength(1);
  });

  it('respects maxRetries from the client and from the call', async () => {
    const busy = { status: 503, headers: { 'retry-after': '0' }, json: { message: 'busy' } } as const;
    api.script(busy, busy, busy, busy, busy, busy);
    const error = await failure(client({ maxRetries: 1 }).instances.list(), ServerError);
    expect(error.status).toBe(503);
    expect(api.apiRequests()).toHaveLength(2);

    await failure(client({ maxRetries: 1 }).instances.list({}, { maxRetries: 0 }), ServerError);
    expect(api.apiRequests()).toHaveLength(3);

    api.state.script.length = 0;
    api.script(busy, busy, busy);
    const page = await client({ maxRetries: 0 }).instances.list({}, { maxRetries: 3 });
    expect(page.data).toHaveLength(10);
    expect(api.apiRequests()).toHaveLength(7);
  });

  it('gives a RateLimitError once the retries for 429 are used up', async () => {
    const limited = {
      status: 429,
      headers: { 'retry-after': '0', 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0' },
      json: { message: 'slow down' },
    } as const;
    api.script(limited, limited, limited);
    const error = await failure(client().instances.list(), RateLimitError);
    expect(error.rateLimit).toMatchObject({ limit: 100, remaining: 0 });
    expect(error.message).toContain('slow down');
    expect(api.apiRequests()).toHaveLength(3);
  });

  it('retries a GET after a dropped connection, then gives ConnectionError', async () => {
    api.script({ destroy: 'before-response' });
    const page = await client().instances.list();
    expect(page.data).toHaveLength(10);
    expect(api.apiRequests()).toHaveLength(2);

    api.script({ destroy: 'before-response' }, { destroy: 'before-response' });
    const error = await failure(client({ maxRetries: 1 }).instances.get({ instanceId: 100 }), ConnectionError);
    expect(error.method).toBe('GET');
    expect(error.path).toBe('/v1/compute/instances/100');
    expect(error.requestId).toMatch(UUID_V4);
    expect(error.message).toMatch(/could not connect/);
    expect(api.apiRequests()).toHaveLength(4);
  });

  it('retries a GET whose body breaks off, with the same request id, like one that got no response', async () => {
    api.script({ destroy: 'mid-body' }, { destroy: 'mid-body' });
    const one = await client().instances.get({ instanceId: 100 }).withResponse();
    expect(one.data.data[0]!.instanceId).toBe(100);
    expect(api.apiRequests()).toHaveLength(3);
    expect(new Set(ids(api.apiRequests()))).toEqual(new Set([one.requestId]));
    api.script({ destroy: 'mid-body' }, { destroy: 'mid-body' }, { destroy: 'mid-body' });
    const error = await failure(client().instances.get({ instanceId: 100 }), InvalidResponseError);
    expect(error.message).toContain('broke off');
    expect(api.apiRequests()).toHaveLength(6);
  });

  it('retries a GET whose body stalls past the timeout', async () => {
    api.script({ status: 200, json: { data: [], _links: {} }, stallBodyMs: 5_000 });
    const one = await client({ timeoutMs: 150 }).instances.get({ instanceId: 100 });
    expect(one.data[0]!.instanceId).toBe(100);
    expect(api.apiRequests()).toHaveLength(2);
  });

  it('retries a page whose body breaks off in the middle of a walk', async () => {
    const listing = client().instances.list({ size: 10 });
    expect((await listing).data).toHaveLength(10);
    api.script({ path: INSTANCES, destroy: 'mid-body' });
    const seen: number[] = [];
    for await (const instance of listing) seen.push(instance.instanceId);
    expect(seen).toHaveLength(25);
    expect(api.apiRequests().map((r) => r.query['page'])).toEqual([undefined, '2', '2', '3']);
  });

  it('does not retry a write whose body breaks off: it may have been applied', async () => {
    api.script({ method: 'POST', destroy: 'mid-body' });
    await failure(client().instances.create({ body: { productId: 'V92', period: 1 } }), InvalidResponseError);
    expect(api.apiRequests({ method: 'POST' })).toHaveLength(1);
  });

  it('does not retry a POST after a dropped connection', async () => {
    api.script({ method: 'POST', destroy: 'before-response' });
    await failure(client().instances.create({ body: { period: 1 } }), ConnectionError);
    expect(api.apiRequests({ method: 'POST' })).toHaveLength(1);
  });

  it('gives ConnectionError when nothing listens', async () => {
    const url = api.url;
    await api.close();
    api = await startContaboServer();
    extraSecrets = ['static-token-123'];
    const c = new ContaboClient({ accessToken: 'static-token-123', baseUrl: url, maxRetries: 0 });
    const error = await failure(c.instances.list(), ConnectionError);
    expect(error.message).toContain('ECONNREFUSED');
  });
});

describe('timeouts and aborts', () => {
  it('gives TimeoutError when the server does not answer within timeoutMs', async () => {
    api.script({ delayMs: 5_000 });
    const started = Date.now();
    const error = await failure(
      client({ timeoutMs: 100, maxRetries: 0 }).instances.get({ instanceId: 100 }),
      TimeoutError,
    );
    expect(Date.now() - started).toBeLessThan(5_000); // it did not wait for the stalled server
    expect(error.message).toContain('timed out');
    expect(error.path).toBe('/v1/compute/instances/100');
    expect(error.requestId).toMatch(UUID_V4);
  });

  it('retries a GET that timed out', async () => {
    api.script({ delayMs: 5_000 });
    const page = await client({ timeoutMs: 300 }).instances.list();
    expect(page.data).toHaveLength(10);
    expect(api.apiRequests()).toHaveLength(2);
    expect(new Set(ids(api.apiRequests())).size).toBe(1);
  });

  it('gives TimeoutError when the body stalls after the headers', async () => {
    api.script({ status: 200, json: { data: [], _links: {} }, stallBodyMs: 5_000 });
    const started = Date.now();
    await failure(client({ timeoutMs: 150, maxRetries: 0 }).instances.get({ instanceId: 100 }), TimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000); // it did not wait for the stalled server
  });

  it('gives TimeoutError when an error body stalls', async () => {
    api.script({ status: 404, json: { message: 'gone' }, stallBodyMs: 5_000 });
    await failure(client({ timeoutMs: 150 }).instances.get({ instanceId: 100 }), TimeoutError);
  });

  it('still reads a result that is awaited after timeoutMs has passed', async () => {
    const c = client({ timeoutMs: 100 });
    const call = c.instances.get({ instanceId: 100 });
    const raw = c.instances.get({ instanceId: 101 }).asResponse();
    await sleep(300);
    expect((await call).data[0]!.instanceId).toBe(100);
    expect(((await (await raw).json()) as { data: { instanceId: number }[] }).data[0]!.instanceId).toBe(101);
  });

  it('gives the body a timeout of its own from when it is read: slow headers then a slow body, each within it, arrive', async () => {
    api.script({ status: 200, json: { data: [{ instanceId: 100 }], _links: {} }, delayMs: 400, stallBodyMs: 400 });
    const started = Date.now();
    const instance = await client({ timeoutMs: 700, maxRetries: 0 }).instances.get({ instanceId: 100 });
    expect(instance.data[0]!.instanceId).toBe(100);
    expect(Date.now() - started).toBeGreaterThan(700); // longer than one timeout: the body's started with its reading
  });

  it('holds no timer for a response whose body is not read, so a process can end without waiting for it', async () => {
    const c = client();
    await c.instances.get({ instanceId: 100 }); // the token, fetched once
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = timers();
    const response = await c.instances.get({ instanceId: 100 }).asResponse();
    expect(timers()).toBe(before);
    await response.body?.cancel();
  });

  it('gives AbortError promptly when the caller aborts', async () => {
    api.script({ delayMs: 5_000 });
    const controller = new AbortController();
    const call = client().instances.get({ instanceId: 100 }, { signal: controller.signal });
    // Aborted once the server holds the request, however long it took to get there.
    while (api.apiRequests().length === 0) await sleep(5);
    controller.abort();
    const started = Date.now();
    const error = await failure(call, AbortError);
    expect(Date.now() - started).toBeLessThan(5_000); // it did not wait for the stalled server
    expect(error.message).toContain('aborted');
    expect(api.apiRequests()).toHaveLength(1);
  });

  it('gives AbortError promptly when the caller aborts while the body is arriving', async () => {
    api.script({ status: 200, json: { data: [], _links: {} }, stallBodyMs: 5_000 });
    const controller = new AbortController();
    const call = client().instances.get({ instanceId: 100 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    await failure(call, AbortError);
    expect(Date.now() - started).toBeLessThan(5_000); // it did not wait for the stalled server
  });

  it('gives AbortError during a retry backoff, without another attempt', async () => {
    api.script({ status: 503 }, { status: 503 });
    const controller = new AbortController();
    const call = client().instances.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await failure(call, AbortError);
    await sleep(600);
    expect(api.apiRequests()).toHaveLength(1);
  });

  it('sends nothing when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    await failure(client().instances.list({}, { signal: controller.signal }), AbortError);
    await failure(client({ signal: controller.signal }).instances.list(), AbortError);
    await sleep(20);
    expect(api.log).toHaveLength(0);
  });

  it('aborts every call of a client through the client signal', async () => {
    const controller = new AbortController();
    const c = client({ signal: controller.signal });
    await c.instances.list();
    api.script({ delayMs: 5_000 }, { delayMs: 5_000 });
    const calls = [c.instances.list(), c.instances.get({ instanceId: 100 })];
    setTimeout(() => controller.abort(), 50);
    for (const call of calls) await failure(call, AbortError);
  });

  it('lets one caller abort while waiting for the shared token request without failing the others', async () => {
    api.scriptToken({ delayMs: 200 });
    const c = client();
    const controller = new AbortController();
    const aborted = c.instances.list({}, { signal: controller.signal });
    const other = c.instances.get({ instanceId: 100 });
    setTimeout(() => controller.abort(), 30);
    await failure(aborted, AbortError);
    expect((await other).data[0]!.instanceId).toBe(100);
    expect(api.tokenRequests()).toHaveLength(1);
  });
});

describe('errors', () => {
  it.each([
    [400, BadRequestError],
    [402, PaymentRequiredError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [418, ClientError],
    [422, UnprocessableEntityError],
    [500, ServerError],
    [501, ServerError],
  ] as const)('maps %i to its error class with status, body, request id, method and path', async (status, type) => {
    const body = { statusCode: status, message: `scripted ${status}`, errors: [{ field: 'x' }] };
    api.script({ status, json: body });
    const error = await failure(client().instances.get({ instanceId: 100 }), type);
    const sent = api.apiRequests()[0]!;
    expect(error).toBeInstanceOf(StatusError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(status);
    expect(error.body).toEqual(body);
    expect(error.requestId).toBe(sent.headers['x-request-id']);
    expect(error.method).toBe('GET');
    expect(error.path).toBe('/v1/compute/instances/100');
    expect(error.name).toBe(type.name);
    expect(error.message).toBe(
      `GET /v1/compute/instances/100 failed with ${status} (request id ${error.requestId}): scripted ${status}`,
    );
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: type.name,
      status,
      body,
      requestId: error.requestId,
      method: 'GET',
      path: '/v1/compute/instances/100',
    });
    expect(api.apiRequests()).toHaveLength(1);
  });

  it('reports a real 404 of the API with its message', async () => {
    const error = await failure(client().instances.get({ instanceId: 4242 }), NotFoundError);
    expect(error.message).toContain('Entry Instances not found by instanceId 4242');
    expect(error.headers['x-request-id']).toBe(error.requestId);
  });

  it('keeps an HTML error page as text and says so in the message', async () => {
    api.script({ status: 500, headers: { 'content-type': 'text/html; charset=utf-8' }, text: HTML });
    const error = await failure(client().instances.list(), ServerError);
    expect(error.status).toBe(500);
    expect(error.body).toBeUndefined();
    expect(error.text).toBe(HTML);
    expect(error.message).toMatch(
      /^GET \/v1\/compute\/instances failed with 500 \(request id [0-9a-f-]{36}\): the server answered with an HTML page$/,
    );
    expect(error.requestId).toBe(api.apiRequests()[0]!.headers['x-request-id']);
  });

  it('gives InvalidResponseError for an HTML page with a success status', async () => {
    api.script({ status: 200, headers: { 'content-type': 'text/html' }, text: HTML });
    const error = await failure(client().instances.get({ instanceId: 100 }), InvalidResponseError);
    expect(error.status).toBe(200);
    expect(error.message).toBe('GET /v1/compute/instances/100: expected JSON, got an HTML page (status 200)');
    expect(error.requestId).toBe(api.apiRequests()[0]!.headers['x-request-id']);
  });

  it('gives InvalidResponseError for truncated JSON', async () => {
    api.script({
      status: 200,
      headers: { 'content-type': 'application/json' },
      text: '{"data":[{"instanceId":100,"stat',
    });
    const error = await failure(client().instances.get({ instanceId: 100 }), InvalidResponseError);
    expect(error.message).toContain('truncated or malformed JSON');
    expect(error.status).toBe(200);
    expect(error.requestId).toMatch(UUID_V4);
  });

  it('gives InvalidResponseError for an empty body where JSON is expected', async () => {
    api.script({ status: 200, headers: { 'content-type': 'application/json' }, text: '' });
    const error = await failure(client().instances.list(), InvalidResponseError);
    expect(error.message).toBe('GET /v1/compute/instances: expected JSON, got an empty body (status 200)');
  });

  it('gives InvalidResponseError when the connection drops in the middle of the body and no retry is left', async () => {
    api.script({ destroy: 'mid-body' });
    const error = await failure(client({ maxRetries: 0 }).instances.get({ instanceId: 100 }), InvalidResponseError);
    expect(error.message).toContain('broke off');
    expect(error.requestId).toMatch(UUID_V4);
  });

  it('keeps an empty or truncated error body without failing on it', async () => {
    api.script({ status: 404, headers: { 'content-type': 'application/json' }, text: '' });
    const empty = await failure(client().instances.get({ instanceId: 100 }), NotFoundError);
    expect(empty.body).toBeUndefined();
    expect(empty.message).toBe(`GET /v1/compute/instances/100 failed with 404 (request id ${empty.requestId})`);

    api.script({ status: 409, headers: { 'content-type': 'application/json' }, text: '{"message":"dup' });
    const truncated = await failure(client().instances.get({ instanceId: 100 }), ConflictError);
    expect(truncated.body).toBeUndefined();
    expect(truncated.text).toBe('{"message":"dup');

    api.script({ status: 404, destroy: 'mid-body' });
    const broken = await failure(client().instances.get({ instanceId: 100 }), NotFoundError);
    expect([broken.status, broken.body, broken.text]).toEqual([404, undefined, undefined]);
  });

  it("types the body of an error by the operation's declared responses", async () => {
    // The spec gives createCustomImage's 415 a body of its own; every other error of the API a free-form object.
    api.script({
      method: 'POST',
      status: 415,
      json: { statusCode: 415, message: 'The image URL does not point at a .qcow2 or .iso file' },
    });
    const c = client();
    try {
      await c.images.create({
        body: { name: 'custom', url: 'https://example.com/image.txt', osType: 'Linux', version: '1' },
      });
      expect.unreachable();
    } catch (caught) {
      if (!(caught instanceof StatusError)) throw caught;
      const error = caught as CreateCustomImageError;
      if (!(error instanceof UnsupportedMediaTypeError)) throw error;
      const body: CreateCustomImageFailResponse | undefined = error.body;
      expect(body).toEqual({ statusCode: 415, message: 'The image URL does not point at a .qcow2 or .iso file' });
      expect(error.status).toBe(415);
    }
    const missing = (await failure(c.instances.get({ instanceId: 999 }), NotFoundError)) as GetInstanceError;
    if (missing.status !== 404) throw missing;
    expect(missing.body?.['message']).toBe('Entry Instances not found by instanceId 999');
  });

  it('gives UnexpectedStatusError for a status the API does not use', async () => {
    api.script({ status: 300, json: { message: 'choose' } });
    const error = await failure(client().instances.get({ instanceId: 100 }), UnexpectedStatusError);
    expect(error.status).toBe(300);
    expect(error.requestId).toMatch(UUID_V4);
    expect(error.message).toContain('failed with 300');
  });

  it('exposes status, request id and headers with .withResponse(), the raw Response with .asResponse()', async () => {
    const c = client();
    const result = await c.instances.get({ instanceId: 100 }).withResponse();
    expect(result.status).toBe(200);
    expect(result.data.data[0]!.instanceId).toBe(100);
    expect(result.requestId).toBe(api.apiRequests()[0]!.headers['x-request-id']);
    expect(result.response.headers.get('content-type')).toBe('application/json');

    const response = await c.instances.get({ instanceId: 101 }).asResponse();
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.bodyUsed).toBe(false);
    expect(response.headers.get('x-request-id')).toBe(api.apiRequests()[1]!.headers['x-request-id']);
    expect(((await response.json()) as { data: { instanceId: number }[] }).data[0]!.instanceId).toBe(101);

    api.script({ status: 404, json: { message: 'nope' } });
    await failure(c.instances.get({ instanceId: 100 }).asResponse(), NotFoundError);
    api.script({ status: 404, json: { message: 'nope' } });
    await failure(c.instances.get({ instanceId: 100 }).withResponse(), NotFoundError);
  });
});

describe('request safety', () => {
  it.each([
    ['../x', '/v1/compute/images/..%2Fx'],
    ['a/b?c=d#e', '/v1/compute/images/a%2Fb%3Fc%3Dd%23e'],
    ['..%2f..', '/v1/compute/images/..%252f..'],
    ['name with space', '/v1/compute/images/name%20with%20space'],
  ])('sends path parameter %j as one segment', async (imageId, path) => {
    const error = await failure(client().images.get({ imageId }), NotFoundError);
    const [sent] = api.apiRequests();
    expect(sent!.path).toBe(path);
    expect(sent!.query).toEqual({});
    expect(error.path).toBe(path);
  });

  it.each(['..', '.', '%2e%2E', '.%2e', ''])('refuses path parameter %j before sending', async (imageId) => {
    const error = await failure(client().images.get({ imageId }), InvalidRequestError);
    expect(error.message).toContain('imageId');
    expect(api.log).toHaveLength(0);
  });

  it.each([
    [
      'CR LF in a per-call header parameter',
      (c: ContaboClient) => c.instances.list({ xTraceId: 'trace\r\nx-evil: 1' }),
    ],
    [
      'LF in the correlation id',
      (c: ContaboClient) => c.instances.list({ xRequestId: '0f6a3c1e-4b2d-4c8e-9a7f-1d2e3f4a5b6c\nx-evil: 1' }),
    ],
    [
      'CR in a header from the call options',
      (c: ContaboClient) => c.instances.list({}, { headers: { 'x-extra': 'a\rb' } }),
    ],
    ['NUL in a header parameter', (c: ContaboClient) => c.instances.list({ xTraceId: 'a\0b' })],
  ])('refuses %s before sending', async (_what, call) => {
    const error = await failure(call(client()), InvalidRequestError);
    expect(error.message).toMatch(/line break or NUL/);
    expect(api.log).toHaveLength(0);
  });

  it('refuses a credential that would break the request, without retrying and without showing it', async () => {
    const token = 'secret-token\r\nx-evil: 1';
    extraSecrets.push(token, 'secret-token');
    const withToken = new ContaboClient({ accessToken: token, baseUrl: api.url });
    const error = await failure(withToken.instances.list(), InvalidRequestError);
    expect(error.message).toMatch(/"authorization" contains a line break or NUL/);
    const badName = createContaboTransport({
      baseUrl: api.url,
      auth: { authorize: (headers) => headers.set('bad name', 'x') },
    });
    expect((await failure(getInstance(badName, { instanceId: 100 }), InvalidRequestError)).message).toContain(
      '"bad name" is not a header name',
    );
    const optionHeader = await failure(client().instances.list({}, { headers: { 'x y': '1' } }), InvalidRequestError);
    expect(optionHeader.message).toContain('"x y" is not a header name');
    expect(api.log).toHaveLength(0);
  });

  it('refuses a line break in the traceId client option on every call', async () => {
    const c = client({ traceId: 'trace\nx-evil: 1' });
    await failure(c.instances.list(), InvalidRequestError);
    await failure(c.instances.get({ instanceId: 100 }), InvalidRequestError);
    expect(api.log).toHaveLength(0);
  });
});

describe('waitForInstance', () => {
  it('resolves once the instance is running and reports progress on the way', async () => {
    const instance = api.addInstance({ statuses: ['provisioning', 'provisioning', 'installing', 'running'] });
    const progress: { status: string | undefined; attempt: number }[] = [];
    const result = await client().instances.waitForInstance(
      { instanceId: instance.instanceId },
      {
        intervalMs: 5,
        onProgress: ({ status, attempt, elapsedMs }) => {
          expect(elapsedMs).toBeGreaterThanOrEqual(0);
          progress.push({ status, attempt });
        },
      },
    );
    expect(result.data[0]!.status).toBe('running');
    expect(progress).toEqual([
      { status: 'provisioning', attempt: 1 },
      { status: 'provisioning', attempt: 2 },
      { status: 'installing', attempt: 3 },
    ]);
    expect(api.apiRequests({ path: `${INSTANCES}/${instance.instanceId}` })).toHaveLength(4);
    expect(instance.reads).toBe(4);
  });

  it('follows a freshly created instance through provisioning', async () => {
    const c = client();
    const created = await c.instances.create({ body: { period: 1 } });
    const instanceId = created.data[0]!.instanceId;
    const ready = await c.instances.waitForInstance({ instanceId }, { intervalMs: 1, backoff: 1 });
    expect(ready.data[0]!.status).toBe('running');
    expect(api.state.instances.get(instanceId)!.reads).toBe(3);
  });

  it('waits for another status when told to', async () => {
    const instance = api.addInstance({ statuses: ['running', 'stopped'] });
    const result = await client().instances.waitForInstance(
      { instanceId: instance.instanceId },
      { until: ['stopped'], intervalMs: 1 },
    );
    expect(result.data[0]!.status).toBe('stopped');
  });

  it('throws WaitFailedError when the instance reaches error', async () => {
    const instance = api.addInstance({ statuses: ['provisioning', 'error'] });
    const error = await failure(
      client().instances.waitForInstance({ instanceId: instance.instanceId }, { intervalMs: 1 }),
      WaitFailedError,
    );
    expect(error.status).toBe('error');
    expect(error.message).toContain('reached status error');
    expect(error.detail).toMatchObject({
      data: [{ instanceId: instance.instanceId, status: 'error', errorMessage: 'installation failed' }],
    });
    expect(instance.reads).toBe(2);
  });

  it('throws WaitTimeoutError with the last status when time runs out', async () => {
    const instance = api.addInstance({ statuses: ['provisioning', 'installing'] });
    // Long enough for a second read on a busy machine; the last status stays, so every read after the first says installing.
    const error = await failure(
      client().instances.waitForInstance({ instanceId: instance.instanceId }, { intervalMs: 10, timeoutMs: 1_000 }),
      WaitTimeoutError,
    );
    expect(error.lastStatus).toBe('installing');
    expect(error.message).toContain('timed out after 1000 ms');
    expect(instance.reads).toBeGreaterThanOrEqual(2);
  });

  it('throws WaitTimeoutError when time runs out during a slow read', async () => {
    const instance = api.addInstance({ statuses: ['provisioning'] });
    api.script({ path: `${INSTANCES}/${instance.instanceId}`, delayMs: 5_000 });
    const error = await failure(
      client().instances.waitForInstance({ instanceId: instance.instanceId }, { timeoutMs: 100 }),
      WaitTimeoutError,
    );
    expect(error.lastStatus).toBeUndefined();
  });

  it('stops polling when aborted', async () => {
    const instance = api.addInstance({ statuses: ['provisioning'] });
    const controller = new AbortController();
    const wait = client().instances.waitForInstance(
      { instanceId: instance.instanceId },
      {
        intervalMs: 10,
        backoff: 1,
        signal: controller.signal,
        onProgress: ({ attempt }) => attempt === 3 && controller.abort(),
      },
    );
    const error = await failure(wait, AbortError);
    expect(error.message).toContain('aborted');
    const reads = instance.reads;
    expect(reads).toBe(3);
    await sleep(50);
    expect(instance.reads).toBe(reads);
  });

  it('passes an API error of a read through', async () => {
    await failure(client().instances.waitForInstance({ instanceId: 987_654 }, { intervalMs: 1 }), NotFoundError);
  });
});

describe('operation functions', () => {
  const passwordGrant = (): PasswordGrantAuth => new PasswordGrantAuth({ tokenUrl: api.tokenUrl, ...api.credentials });

  it('send the same requests as the methods, through a transport with the auth given', async () => {
    const transport = createContaboTransport({ baseUrl: api.url, auth: passwordGrant(), traceId: 'trace-1' });
    const result = await getInstance(transport, { instanceId: 100 }).withResponse();
    expect(result.data.data[0]!.instanceId).toBe(100);
    const [request] = api.apiRequests();
    expect(`${request!.method} ${request!.path}`).toBe(`GET ${INSTANCES}/100`);
    expect(request!.headers['x-request-id']).toMatch(UUID_V4);
    expect(request!.headers['x-trace-id']).toBe('trace-1');
    expect(result.requestId).toBe(request!.headers['x-request-id']);
    expect(api.tokenRequests()).toHaveLength(1);

    await updateInstance(transport, { instanceId: 100, body: { displayName: 'renamed' } });
    expect(JSON.parse(api.apiRequests().at(-1)!.body)).toEqual({ displayName: 'renamed' });
    expect((await getInstance(transport, { instanceId: 100 })).data[0]!.displayName).toBe('renamed');
  });

  it('take a bearer token as it is, from a string or a function', async () => {
    const headers = new Headers();
    await passwordGrant().authorize(headers, new URL(api.url));
    const accessToken = headers.get('authorization')!.replace(/^Bearer /, '');
    let calls = 0;
    const fromFunction = createContaboTransport({ baseUrl: api.url, auth: bearerAuth(() => (calls++, accessToken)) });
    await getInstance(createContaboTransport({ baseUrl: api.url, auth: bearerAuth(accessToken) }), { instanceId: 100 });
    await getInstance(fromFunction, { instanceId: 101 });
    expect(api.apiRequests().map(bearer)).toEqual([accessToken, accessToken]);
    expect(calls).toBe(1);
  });

  it('paginate and wait as the methods do', async () => {
    const transport = createContaboTransport({ baseUrl: api.url, auth: passwordGrant() });
    const ids: number[] = [];
    for await (const instance of listInstances(transport, { size: 10 })) ids.push(instance.instanceId);
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => 100 + i));
    expect(api.apiRequests().map((r) => r.query['page'])).toEqual([undefined, '2', '3']);

    const instance = api.addInstance({ statuses: ['provisioning', 'running'] });
    const ready = await waitForInstance(transport, { instanceId: instance.instanceId }, { intervalMs: 1 });
    expect(ready.data[0]!.status).toBe('running');
    expect(instance.reads).toBe(2);
  });

  it('throw the typed errors, without credentials, and retry as the client does', async () => {
    const transport = createContaboTransport({ baseUrl: api.url, auth: passwordGrant() });
    const error = await failure(getInstance(transport, { instanceId: 999_999 }), NotFoundError);
    expect(error.path).toBe(`${INSTANCES}/999999`);
    api.script({ status: 503, headers: { 'retry-after': '0' } });
    expect((await getInstance(transport, { instanceId: 100 })).data[0]!.instanceId).toBe(100);
    expect(api.apiRequests({ path: `${INSTANCES}/100` })).toHaveLength(2);
    // Without auth the API refuses the call.
    await failure(getInstance(createContaboTransport({ baseUrl: api.url }), { instanceId: 100 }), AuthenticationError);
  });
});

describe('the fake server', () => {
  const raw = async (path: string, headers: Record<string, string>) => {
    const response = await fetch(`${api.url}${path}`, { headers });
    return {
      status: response.status,
      requestId: response.headers.get('x-request-id'),
      body: (await response.json()) as Record<string, unknown>,
    };
  };

  it('checks bearer tokens and the x-request-id header, and echoes the id', async () => {
    const id = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';
    expect((await raw(INSTANCES, { 'x-request-id': id })).status).toBe(401);
    expect((await raw(INSTANCES, { 'x-request-id': id, authorization: 'Bearer made-up' })).status).toBe(401);

    const form = new URLSearchParams({
      grant_type: 'password',
      ...api.credentials,
      client_id: api.credentials.clientId,
      client_secret: api.credentials.clientSecret,
    });
    const token = (await (await fetch(api.tokenUrl, { method: 'POST', body: form })).json()) as {
      access_token: string;
      expires_in: number;
      refresh_token: string;
    };
    expect(token.expires_in).toBe(300);
    const authorization = `Bearer ${token.access_token}`;
    expect((await raw(INSTANCES, { authorization })).status).toBe(400);
    expect((await raw(INSTANCES, { authorization, 'x-request-id': 'not-a-uuid' })).status).toBe(400);
    const ok = await raw(`${INSTANCES}?size=4&page=7`, { authorization, 'x-request-id': id });
    expect(ok).toMatchObject({
      status: 200,
      requestId: id,
      body: { _pagination: { page: 7, size: 4, totalElements: 25, totalPages: 7 } },
    });
    expect(ok.body['data']).toHaveLength(1);

    const refreshed = await fetch(api.tokenUrl, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: token.refresh_token,
        client_id: api.credentials.clientId,
        client_secret: api.credentials.clientSecret,
      }),
    });
    expect(refreshed.status).toBe(200);
    const wrong = await fetch(api.tokenUrl, {
      method: 'POST',
      body: new URLSearchParams({ ...Object.fromEntries(form), password: 'nope-nope' }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
  });
});

describe('leak helper', () => {
  it('finds credentials in the message, the JSON form, String() and the cause chain', () => {
    const creds = { ...api.credentials, tokens: ['access-token-abcdef'] };
    expect(() => assertNoLeak(new Error(`bad ${api.credentials.password}`), creds)).toThrow(
      /message contains a credential/,
    );
    expect(() =>
      assertNoLeak(new Error('x', { cause: { authorization: 'Bearer access-token-abcdef' } }), creds),
    ).toThrow(/inspect/);
    expect(() => assertNoLeak(new Error(`body ${encodeURIComponent(api.credentials.clientSecret)}`), creds)).toThrow();
    const withJson = Object.assign(new Error('fine'), {
      toJSON: () => ({ form: new URLSearchParams({ p: api.credentials.password }).toString() }),
    });
    expect(() => assertNoLeak(withJson, creds)).toThrow(/JSON.stringify/);
    const basic = `Basic ${Buffer.from(`${api.credentials.clientId}:${api.credentials.clientSecret}`).toString('base64')}`;
    expect(() => assertNoLeak({ header: basic }, creds)).toThrow(/contains a credential/);
    expect(() => assertNoLeak(new Error('harmless'), creds)).not.toThrow();
  });
});
