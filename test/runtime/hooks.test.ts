/**
 * Hooks on the client and per call, over HTTP: what they see of each
 * attempt, what they may change, and what a hook that throws does to a call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConnectionError,
  HookError,
  NotFoundError,
  Transport,
  bearerAuth,
  waitForStatus,
  type HookContext,
  type Hooks,
  type OperationSpec,
} from '../../generated/src/runtime/index.ts';
import { scriptedServer, type ScriptedServer } from '../servers/scripted.ts';

const GET: OperationSpec = {
  id: 'getThing',
  method: 'GET',
  path: '/things/{id}',
  params: { id: { in: 'path', name: 'id' }, trace: { in: 'header', name: 'x-trace', correlation: () => 'trace-1' } },
  responses: { '200': 'json' },
};
const POST: OperationSpec = {
  id: 'makeThing',
  method: 'POST',
  path: '/things',
  body: 'application/json',
  responses: { '200': 'json' },
};

let api: ScriptedServer;
beforeAll(async () => {
  api = await scriptedServer();
});
afterAll(() => api.close());

/** Hooks that record every event, under a name. */
function recorder(name: string, events: string[]): Hooks {
  const at = (c: HookContext) =>
    `${c.operationId}#${c.attempt}${c.poll ? ` poll ${c.poll}` : ''} ${c.requestId ?? '-'}`;
  return {
    onRequest: (request, c) =>
      void events.push(`${name} request ${request.method} ${new URL(request.url).pathname} ${at(c)}`),
    onResponse: (response, c) => void events.push(`${name} response ${response.status} ${at(c)}`),
    onError: (error, c) => void events.push(`${name} error ${(error as Error).name} ${at(c)}`),
  };
}

describe('hooks', () => {
  it('run client then call for every attempt, retries included, with the operation, attempt and correlation id', async () => {
    api.script({ status: 503, headers: { 'retry-after': '0' } }, { status: 200, body: { id: 7 } });
    const events: string[] = [];
    const transport = new Transport({ baseUrl: api.origin, hooks: recorder('client', events) });
    expect(await transport.request(GET, { id: 7 }, { hooks: recorder('call', events) })).toEqual({ id: 7 });
    expect(events).toEqual([
      'client request GET /things/7 getThing#1 trace-1',
      'call request GET /things/7 getThing#1 trace-1',
      'client response 503 getThing#1 trace-1',
      'call response 503 getThing#1 trace-1',
      'client request GET /things/7 getThing#2 trace-1',
      'call request GET /things/7 getThing#2 trace-1',
      'client response 200 getThing#2 trace-1',
      'call response 200 getThing#2 trace-1',
    ]);
    expect(api.received).toHaveLength(2);
  });

  it('may change the request: what onRequest returns is sent, with the credentials already set', async () => {
    api.script();
    const seen: (string | null)[] = [];
    const transport = new Transport({
      baseUrl: api.origin,
      auth: bearerAuth('token-abcdef'),
      hooks: {
        onRequest: (request) => {
          seen.push(request.headers.get('authorization'));
          const changed = new Request(request, { headers: new Headers(request.headers) });
          changed.headers.set('x-signed', 'yes');
          return changed;
        },
      },
    });
    await transport.request(
      POST,
      { body: { name: 'a' } },
      { hooks: { onRequest: (r) => new Request(`${r.url}?via=hook`, r) } },
    );
    expect(seen).toEqual(['Bearer token-abcdef']);
    expect(api.received.map((r) => [r.method, r.url, r.headers['x-signed'], r.headers['authorization']])).toEqual([
      ['POST', '/things?via=hook', 'yes', 'Bearer token-abcdef'],
    ]);
  });

  it('may answer without the network, and may replace the response', async () => {
    api.script();
    const transport = new Transport({
      baseUrl: api.origin,
      hooks: { onRequest: () => Response.json({ cached: true }) },
    });
    expect(await transport.request(GET, { id: 1 })).toEqual({ cached: true });
    expect(api.received).toHaveLength(0);
    const replaced = await transport
      .request(
        GET,
        { id: 1 },
        { hooks: { onResponse: (r) => new Response(null, { status: 404, headers: r.headers }) } },
      )
      .catch((e: unknown) => e);
    expect(replaced).toBeInstanceOf(NotFoundError);
  });

  it('tell onError of each failed attempt and of the error the call ends with, once', async () => {
    const closed = await scriptedServer();
    const origin = closed.origin;
    await closed.close();
    const events: string[] = [];
    const transport = new Transport({ baseUrl: origin, maxRetries: 1, hooks: recorder('client', events) });
    await expect(transport.request(GET, { id: 1 })).rejects.toBeInstanceOf(ConnectionError);
    expect(events.filter((e) => e.includes('error'))).toEqual([
      'client error ConnectionError getThing#1 trace-1',
      'client error ConnectionError getThing#2 trace-1',
    ]);
    api.script({ status: 404, body: { message: 'gone' } });
    events.length = 0;
    await expect(
      new Transport({ baseUrl: api.origin, hooks: recorder('client', events) }).request(GET, { id: 2 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(events).toEqual([
      'client request GET /things/2 getThing#1 trace-1',
      'client response 404 getThing#1 trace-1',
      'client error NotFoundError getThing#1 trace-1',
    ]);
  });

  it('that throw end the call with a HookError holding what they threw, never retried', async () => {
    for (const hook of ['onRequest', 'onResponse'] as const) {
      api.script({ status: 503, headers: { 'retry-after': '0' } });
      const thrown = new Error(`${hook} refused`);
      const errors: unknown[] = [];
      const transport = new Transport({
        baseUrl: api.origin,
        hooks: {
          [hook]: () => {
            throw thrown;
          },
          onError: (e) => void errors.push(e),
        },
      });
      const error = await transport.request(GET, { id: 3 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HookError);
      expect(error).toMatchObject({ hook, cause: thrown, method: 'GET', path: '/things/3', requestId: 'trace-1' });
      expect((error as Error).message).toBe(`GET /things/3: the ${hook} hook threw: ${hook} refused`);
      expect(api.received).toHaveLength(hook === 'onRequest' ? 0 : 1);
      // A hook's own failure is not reported to the hooks again.
      expect(errors).toEqual([]);
    }
    api.script({ status: 404 });
    const failing = new Transport({
      baseUrl: api.origin,
      hooks: { onError: () => Promise.reject(new Error('reporter down')) },
    });
    await expect(failing.request(GET, { id: 4 })).rejects.toMatchObject({ name: 'HookError', hook: 'onError' });
  });

  it('see each poll of a wait, numbered', async () => {
    api.script(
      { status: 200, body: { state: 'BUSY' } },
      { status: 200, body: { state: 'BUSY' } },
      { status: 200, body: { state: 'AVAILABLE' } },
    );
    const events: string[] = [];
    const transport = new Transport({
      baseUrl: api.origin,
      hooks: { onRequest: (_, c) => void events.push(`${c.operationId} poll ${c.poll} attempt ${c.attempt}`) },
    });
    const site = { method: 'GET', path: '/things/5' };
    const done = await waitForStatus(
      (o) => transport.request(GET, { id: 5 }, o),
      { status: '/state', ready: ['AVAILABLE'], failed: [] },
      { intervalMs: 1 },
      site,
    );
    expect(done).toEqual({ state: 'AVAILABLE' });
    expect(events).toEqual(['getThing poll 1 attempt 1', 'getThing poll 2 attempt 1', 'getThing poll 3 attempt 1']);
  });

  it("given to a wait, see each of its polls after the client's, as the generated waitFor functions pass them", async () => {
    api.script({ status: 200, body: { state: 'BUSY' } }, { status: 200, body: { state: 'AVAILABLE' } });
    const events: string[] = [];
    const transport = new Transport({ baseUrl: api.origin, hooks: recorder('client', events) });
    const site = { method: 'GET', path: '/things/6' };
    const waitOptions = { intervalMs: 1, hooks: recorder('wait', events) };
    await waitForStatus(
      (o) => transport.request(GET, { id: 6 }, o),
      { status: '/state', ready: ['AVAILABLE'], failed: [] },
      waitOptions,
      site,
    );
    expect(events.filter((e) => e.includes('request'))).toEqual([
      'client request GET /things/6 getThing#1 poll 1 trace-1',
      'wait request GET /things/6 getThing#1 poll 1 trace-1',
      'client request GET /things/6 getThing#1 poll 2 trace-1',
      'wait request GET /things/6 getThing#1 poll 2 trace-1',
    ]);
  });
});
