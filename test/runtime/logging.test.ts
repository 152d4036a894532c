/**
 * Logging over HTTP: what each level writes, where the default level comes
 * from, and that no credential reaches a line in any form.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ContaboClient } from '../../generated/src/contabo/index.ts';
import { redactUrl } from '../../generated/src/runtime/log.ts';
import {
  apiKeyAuth,
  createLog,
  LOG_ENV,
  Transport,
  waitForStatus,
  type Logger,
  type OperationSpec,
} from '../../generated/src/runtime/index.ts';
import { assertNoLeakInLines, secretForms } from '../helpers/leak.ts';
import { startContaboServer, type ContaboServer } from '../servers/contabo.ts';
import { scriptedServer, type ScriptedServer } from '../servers/scripted.ts';

const GET: OperationSpec = {
  id: 'getThing',
  method: 'GET',
  path: '/things/{id}',
  params: {
    id: { in: 'path', name: 'id' },
    sessionToken: { in: 'query', name: 'sessionToken' },
    page: { in: 'query', name: 'page' },
  },
  responses: { '200': 'json' },
};

/** A logger that keeps lines by level. */
function recording(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  return { lines, error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

let api: ScriptedServer;
const saved = process.env[LOG_ENV];
beforeAll(async () => {
  api = await scriptedServer();
});
afterAll(() => api.close());
afterEach(() => {
  if (saved === undefined) delete process.env[LOG_ENV];
  else process.env[LOG_ENV] = saved;
});

const withoutTimes = (lines: string[]) => lines.map((l) => l.replace(/in \d+ ms/g, 'in N ms'));

describe('logging', () => {
  it('at info writes one line per call: method, path, status, duration and request id', async () => {
    api.script(
      { status: 503, headers: { 'retry-after': '0' } },
      { status: 200, headers: { 'x-request-id': 'srv-1' }, body: {} },
    );
    const logger = recording();
    const transport = new Transport({ baseUrl: api.origin, log: createLog({ level: 'info', logger }) });
    await transport.request(GET, { id: 1, page: 2 });
    expect(withoutTimes(logger.lines)).toEqual(['info [cloud-api-clients] GET /things/1 200 in N ms request id srv-1']);
  });

  it('at debug adds each attempt and each retry with its delay and reason', async () => {
    api.script(
      { status: 503, headers: { 'retry-after': '0' } },
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 200, body: {} },
    );
    const logger = recording();
    const transport = new Transport({ baseUrl: api.origin, log: createLog({ level: 'debug', logger }) });
    await transport.request(GET, { id: 2, page: 3 });
    expect(withoutTimes(logger.lines)).toEqual([
      `debug [cloud-api-clients] GET ${api.origin}/things/2?page=3 attempt 1`,
      'debug [cloud-api-clients] GET /things/2 retry 1 of 2 after status 503, waiting 0 ms',
      `debug [cloud-api-clients] GET ${api.origin}/things/2?page=3 attempt 2`,
      'debug [cloud-api-clients] GET /things/2 retry 2 of 2 after status 429, waiting 0 ms',
      `debug [cloud-api-clients] GET ${api.origin}/things/2?page=3 attempt 3`,
      'info [cloud-api-clients] GET /things/2 200 in N ms',
    ]);
  });

  it('at debug says which poll of a wait each read is, after how long and why', async () => {
    api.script({ status: 200, body: { state: 'BUSY' } }, { status: 200, body: { state: 'AVAILABLE' } });
    const logger = recording();
    const transport = new Transport({ baseUrl: api.origin, log: createLog({ level: 'debug', logger }) });
    await waitForStatus(
      (o) => transport.request(GET, { id: 3 }, o),
      { status: '/state', ready: ['AVAILABLE'], failed: [] },
      { intervalMs: 2 },
      { method: 'GET', path: '/things/3' },
    );
    expect(logger.lines.filter((l) => l.includes('attempt'))).toEqual([
      `debug [cloud-api-clients] GET ${api.origin}/things/3 attempt 1 (poll 1)`,
      `debug [cloud-api-clients] GET ${api.origin}/things/3 attempt 1 (poll 2 after 2 ms, last status BUSY)`,
    ]);
  });

  it('at error writes the calls that fail, and off writes nothing', async () => {
    api.script({ status: 404, body: { message: 'gone' } }, { status: 200, body: {} }, { status: 404 });
    const logger = recording();
    const transport = new Transport({ baseUrl: api.origin, log: createLog({ level: 'error', logger }) });
    await expect(transport.request(GET, { id: 4 })).rejects.toThrow();
    await transport.request(GET, { id: 5 });
    expect(withoutTimes(logger.lines)).toEqual([
      'error [cloud-api-clients] GET /things/4 failed in N ms: NotFoundError: GET /things/4 failed with 404: gone',
    ]);
    const quiet = recording();
    await expect(
      new Transport({ baseUrl: api.origin, log: createLog({ level: 'off', logger: quiet }) }).request(GET, { id: 6 }),
    ).rejects.toThrow();
    expect(quiet.lines).toEqual([]);
  });

  it(`takes its default level from ${LOG_ENV}, under an explicit logLevel, and says when the value is no level`, async () => {
    api.script();
    process.env[LOG_ENV] = 'INFO';
    const logger = recording();
    await new Transport({ baseUrl: api.origin, log: createLog({ logger }) }).request(GET, { id: 7 });
    expect(logger.lines).toHaveLength(1);
    const explicit = recording();
    await new Transport({ baseUrl: api.origin, log: createLog({ level: 'off', logger: explicit }) }).request(GET, {
      id: 7,
    });
    expect(explicit.lines).toEqual([]);
    process.env[LOG_ENV] = 'verbose';
    const wrong = recording();
    await new Transport({ baseUrl: api.origin, log: createLog({ logger: wrong }) }).request(GET, { id: 7 });
    expect(wrong.lines).toEqual([
      `warn [cloud-api-clients] ${LOG_ENV}="verbose" is not a level: off, error, warn, info or debug`,
    ]);
  });

  it(`leaves a transport without a log silent, whatever ${LOG_ENV} says: an app of operation functions logs only through createLog`, async () => {
    api.script();
    process.env[LOG_ENV] = 'debug';
    const seen: unknown[] = [];
    const originals = { error: console.error, warn: console.warn, info: console.info, debug: console.debug };
    for (const level of Object.keys(originals) as (keyof typeof originals)[])
      console[level] = (...args: unknown[]) => void seen.push(args);
    try {
      await new Transport({ baseUrl: api.origin }).request(GET, { id: 9 });
    } finally {
      Object.assign(console, originals);
    }
    expect(seen).toEqual([]);
  });

  it("reads Deno's environment only with permission, and nothing where there is no environment", async () => {
    const scope = globalThis as { Deno?: unknown };
    const reads: string[] = [];
    const deno = (state: string) => ({
      env: { get: (name: string) => (reads.push(name), 'debug') },
      permissions: { querySync: () => ({ state }) },
    });
    try {
      scope.Deno = deno('prompt');
      const denied = recording();
      new Transport({ baseUrl: api.origin, log: createLog({ logger: denied }) });
      expect(reads).toEqual([]);
      scope.Deno = deno('granted');
      const granted = recording();
      api.script();
      await new Transport({ baseUrl: api.origin, log: createLog({ logger: granted }) }).request(GET, { id: 8 });
      expect(reads).toEqual([LOG_ENV]);
      expect(granted.lines.length).toBeGreaterThan(1);
      scope.Deno = {
        env: {
          get: () => {
            throw new Error('NotCapable');
          },
        },
        permissions: { querySync: () => ({ state: 'granted' }) },
      };
      expect(() => createLog()).not.toThrow();
    } finally {
      delete scope.Deno;
    }
    // A browser: no process, no Deno.
    const env = Object.getOwnPropertyDescriptor(process, 'env')!;
    Object.defineProperty(process, 'env', { value: undefined, configurable: true });
    try {
      expect(() => createLog()).not.toThrow();
    } finally {
      Object.defineProperty(process, 'env', env);
    }
  });

  it('never writes a credential: query parameters that carry one, user info, tokens of a password grant', async () => {
    expect(
      redactUrl('https://user:pa55word@api.example/x?api_key=k3y-123&page=2&access_token=t0k3n&Signature=s1gn'),
    ).toBe('https://redacted@api.example/x?api_key=redacted&page=2&access_token=redacted&Signature=redacted');
    api.script({ status: 503 }, { status: 401 });
    const logger = recording();
    const transport = new Transport({
      baseUrl: api.origin,
      log: createLog({ level: 'debug', logger }),
      auth: apiKeyAuth('query', 'api_key', 'key-in-query-123456'),
    });
    await expect(transport.request(GET, { id: 9, sessionToken: 'session-token-123456' })).rejects.toThrow();
    const contabo: ContaboServer = await startContaboServer({ instances: 3 });
    try {
      const client = new ContaboClient({
        ...contabo.credentials,
        authUrl: contabo.tokenUrl,
        baseUrl: contabo.url,
        logLevel: 'debug',
        logger,
      });
      await client.instances.list({ size: 2 }).collect();
      contabo.script({ status: 500 });
      await expect(client.instances.get({ instanceId: 100 })).rejects.toThrow();
      const secrets = [
        ...secretForms({
          ...contabo.credentials,
          tokens: [...contabo.issuedSecrets(), 'key-in-query-123456', 'session-token-123456'],
        }),
      ];
      expect(logger.lines.some((l) => l.includes('sessionToken=redacted'))).toBe(true);
      expect(logger.lines.some((l) => l.includes('/v1/compute/instances'))).toBe(true);
      assertNoLeakInLines(logger.lines, secrets);
    } finally {
      await contabo.close();
    }
  });

  it(`gives a client class the level in ${LOG_ENV} when it names none, and its own logLevel over it`, async () => {
    const contabo: ContaboServer = await startContaboServer({ instances: 1 });
    try {
      const read = (options: { logger: Logger; logLevel?: 'off' }) =>
        new ContaboClient({
          ...contabo.credentials,
          authUrl: contabo.tokenUrl,
          baseUrl: contabo.url,
          ...options,
        }).instances.get({ instanceId: 100 });
      process.env[LOG_ENV] = 'info';
      const fromEnvironment = recording();
      await read({ logger: fromEnvironment });
      expect(withoutTimes(fromEnvironment.lines)).toEqual([
        expect.stringMatching(/^info \[cloud-api-clients\] GET \/v1\/compute\/instances\/100 200 in N ms request id /),
      ]);
      const quiet = recording();
      await read({ logger: quiet, logLevel: 'off' });
      expect(quiet.lines).toEqual([]);
    } finally {
      await contabo.close();
    }
  });
});
