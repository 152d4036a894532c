/**
 * fetch's own options on the client and per call: through a real HTTP proxy
 * on 127.0.0.1 (an undici ProxyAgent as the dispatcher), and always under
 * what the client sets itself.
 */
import { createServer, request as forward } from 'node:http';
import { Agent, ProxyAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContaboClient } from '../../generated/src/contabo/index.ts';
import { getInstance } from '../../generated/src/contabo/instances.ts';
import { createContaboTransport } from '../../generated/src/contabo/client.ts';
import { bearerAuth, Transport, waitForStatus, type OperationSpec } from '../../generated/src/runtime/index.ts';
import { localServer, type LocalServer } from '../servers/local.ts';
import { startContaboServer, type ContaboServer } from '../servers/contabo.ts';
import { scriptedServer, type ScriptedServer } from '../servers/scripted.ts';

/** A forward proxy: each request arrives in absolute form, is recorded, and is passed on. */
const passedThrough: string[] = [];
const proxy = createServer((req, res) => {
  passedThrough.push(`${req.method} ${req.url}`);
  const target = new URL(req.url ?? '/');
  const upstream = forward(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
});
let proxyLocal: LocalServer;
let proxyOrigin: string;
let api: ContaboServer;
let scripted: ScriptedServer;

beforeAll(async () => {
  proxyLocal = localServer(proxy);
  proxyOrigin = await proxyLocal.listen();
  scripted = await scriptedServer();
});
afterAll(async () => {
  await proxyLocal.close();
  await scripted.close();
});

/** What the fake API received, as the proxy would have passed it on. */
const arrived = (server: ContaboServer) =>
  server.log.map(
    (r) => `${r.method} ${server[r.kind === 'token' ? 'tokenUrl' : 'url'].replace(/\/v1$|\/auth.*$/, '')}${r.path}`,
  );

describe('fetchOptions', () => {
  it('send every call of a client through a proxy given as an undici dispatcher, the token request included', async () => {
    api = await startContaboServer({ instances: 5 });
    try {
      passedThrough.length = 0;
      const dispatcher = new ProxyAgent({ uri: proxyOrigin, proxyTunnel: false });
      const contabo = new ContaboClient({
        ...api.credentials,
        authUrl: api.tokenUrl,
        baseUrl: api.url,
        fetchOptions: { dispatcher },
      });
      const ids = [];
      for await (const instance of contabo.instances.list({ size: 2 })) ids.push(instance.instanceId);
      expect(ids).toHaveLength(5);
      await contabo.instances.get({ instanceId: ids[0]! });
      expect(api.log.length).toBeGreaterThanOrEqual(5);
      expect(passedThrough.map((line) => line.replace(/\?.*$/, ''))).toEqual(arrived(api));
      expect(api.log[0]!.kind).toBe('token');
      await dispatcher.close();
    } finally {
      await api.close();
    }
  });

  it("per call, over the client's: one call goes direct while the others keep the proxy", async () => {
    api = await startContaboServer({ instances: 2 });
    try {
      passedThrough.length = 0;
      const dispatcher = new ProxyAgent({ uri: proxyOrigin, proxyTunnel: false });
      const direct = new Agent();
      const transport = createContaboTransport({
        baseUrl: api.url,
        auth: bearerAuth('static-token-abcdef'),
        fetchOptions: { dispatcher },
      });
      await getInstance(transport, { instanceId: 100 }).catch(() => undefined);
      await getInstance(transport, { instanceId: 100 }, { fetchOptions: { dispatcher: direct } }).catch(
        () => undefined,
      );
      expect(api.log).toHaveLength(2);
      expect(passedThrough).toHaveLength(1);
      await Promise.all([dispatcher.close(), direct.close()]);
    } finally {
      await api.close();
    }
  });

  it('never override what the client sets itself: method, headers, body and signal', async () => {
    scripted.script();
    const seen: RequestInit[] = [];
    const recording: typeof fetch = (input, init) => (seen.push(init ?? {}), fetch(input, init));
    const GET: OperationSpec = { method: 'GET', path: '/things', responses: { '200': 'json' } };
    const transport = new Transport({
      baseUrl: scripted.origin,
      fetch: recording,
      fetchOptions: {
        method: 'DELETE',
        headers: { 'x-sneaked': '1' },
        body: 'junk',
        signal: AbortSignal.abort(),
        keepalive: true,
        redirect: 'error',
      },
    });
    expect(
      await transport.request(GET, {}, { fetchOptions: { redirect: 'manual', signal: AbortSignal.abort() } }),
    ).toEqual({ ok: true });
    expect(scripted.received.map((r) => [r.method, r.headers['x-sneaked'], r.headers['content-length']])).toEqual([
      ['GET', undefined, undefined],
    ]);
    expect(seen[0]).toMatchObject({ method: 'GET', keepalive: true, redirect: 'manual' });
    expect(seen[0]!.body).toBeUndefined();
    expect(seen[0]!.signal?.aborted).toBe(false);
  });

  it('go along with a request a hook has replaced', async () => {
    scripted.script();
    passedThrough.length = 0;
    const dispatcher = new ProxyAgent({ uri: proxyOrigin, proxyTunnel: false });
    const GET: OperationSpec = { method: 'GET', path: '/hooked', responses: { '200': 'json' } };
    const transport = new Transport({
      baseUrl: scripted.origin,
      fetchOptions: { dispatcher },
      hooks: { onRequest: (r) => new Request(r, { headers: { 'x-hooked': 'yes' } }) },
    });
    await transport.request(GET);
    expect(passedThrough).toEqual([`GET ${scripted.origin}/hooked`]);
    expect(scripted.received[0]!.headers['x-hooked']).toBe('yes');
    await dispatcher.close();
  });
  it("given to a wait, go with each of its polls, over the client's", async () => {
    scripted.script({ status: 200, body: { state: 'BUSY' } }, { status: 200, body: { state: 'AVAILABLE' } });
    passedThrough.length = 0;
    const dispatcher = new ProxyAgent({ uri: proxyOrigin, proxyTunnel: false });
    const GET: OperationSpec = { method: 'GET', path: '/polled', responses: { '200': 'json' } };
    const transport = new Transport({ baseUrl: scripted.origin });
    const site = { method: 'GET', path: '/polled' };
    const rule = { status: '/state', ready: ['AVAILABLE'], failed: [] };
    const options = { intervalMs: 1, fetchOptions: { dispatcher } };
    await waitForStatus((o) => transport.request(GET, {}, o), rule, options, site);
    expect(passedThrough).toEqual([`GET ${scripted.origin}/polled`, `GET ${scripted.origin}/polled`]);
    await dispatcher.close();
  });
});
