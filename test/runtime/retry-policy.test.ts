/**
 * The retry policy over HTTP: which statuses and methods are repeated, how
 * long each wait is (read from the debug log, which says what was chosen),
 * and what a server may ask for with retry-after-ms and Retry-After.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConflictError,
  createLog,
  ServerError,
  StatusError,
  Transport,
  type Logger,
  type OperationSpec,
  type RequestOptions,
  type RetryPolicy,
} from '../../generated/src/runtime/index.ts';
import { scriptedServer, type Answer, type ScriptedServer } from '../servers/scripted.ts';

const spec = (method: string): OperationSpec => ({
  method,
  path: '/things',
  ...(method === 'GET' ? {} : { body: 'application/json' }),
  responses: { '200': 'json' },
});

let api: ScriptedServer;
beforeAll(async () => {
  api = await scriptedServer();
});
afterAll(() => api.close());

/** Sends one call against a script; gives the requests that arrived, the waits chosen, and what the call threw. */
async function run(method: string, answers: Answer[], retry?: RetryPolicy, options: RequestOptions = {}) {
  api.script(...answers);
  const waits: number[] = [];
  const debug = (line: string) => {
    const wait = /waiting (\d+) ms/.exec(line);
    if (wait) waits.push(Number(wait[1]));
  };
  const logger: Logger = { error() {}, warn() {}, info() {}, debug };
  const transport = new Transport({
    baseUrl: api.origin,
    maxRetries: 3,
    log: createLog({ level: 'debug', logger }),
    ...(retry ? { retry } : {}),
  });
  const error = await transport.request(spec(method), method === 'GET' ? {} : { body: {} }, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { sent: api.received.length, waits, error };
}

const now = { status: 503, headers: { 'retry-after': '0' } };

describe('the retry policy', () => {
  it('by default repeats 408, 429, 502, 503 and 504 of safe methods, and only 429 of a write', async () => {
    for (const status of [408, 429, 502, 503, 504]) {
      expect((await run('GET', [{ status, headers: { 'retry-after': '0' } }])).sent, `GET ${status}`).toBe(2);
    }
    expect((await run('POST', [{ status: 429, headers: { 'retry-after': '0' } }])).sent).toBe(2);
    for (const status of [408, 502, 503, 504]) {
      expect((await run('POST', [{ status, headers: { 'retry-after': '0' } }])).sent, `POST ${status}`).toBe(1);
    }
    // A conflict is a state of the resource, not a passing failure.
    const conflict = await run('GET', [{ status: 409, body: { message: 'busy' } }]);
    expect([conflict.sent, conflict.error instanceof ConflictError]).toEqual([1, true]);
  });

  it('repeats a write the call marks idempotent, after a status or a dropped connection', async () => {
    expect((await run('PUT', [now], undefined, { idempotent: true })).sent).toBe(2);
    expect((await run('PUT', [now])).sent).toBe(1);
    const closed = await scriptedServer();
    await closed.close();
    let attempts = 0;
    const transport = new Transport({
      baseUrl: closed.origin,
      maxRetries: 1,
      retry: { baseDelayMs: 1 },
      hooks: { onRequest: () => void attempts++ },
    });
    await expect(transport.request(spec('DELETE'), {}, { idempotent: true })).rejects.toThrow(/could not connect/);
    expect(attempts).toBe(2);
  });

  it("takes the statuses and methods it is given, the call's over the client's", async () => {
    const policy: RetryPolicy = { statuses: [500], methods: ['get', 'PUT'], baseDelayMs: 1 };
    expect((await run('PUT', [{ status: 500 }], policy)).sent).toBe(2);
    const unlisted = await run('GET', [{ status: 503 }], policy);
    expect([unlisted.sent, unlisted.error instanceof ServerError]).toEqual([1, true]);
    expect((await run('GET', [{ status: 500 }], policy, { retry: { statuses: [] } })).sent).toBe(1);
  });

  it('waits from baseDelayMs, doubling up to maxDelayMs, less the jitter', async () => {
    const fail = { status: 503 };
    expect((await run('GET', [fail, fail, fail], { baseDelayMs: 10, maxDelayMs: 25, jitter: 0 })).waits).toEqual([
      10, 20, 25,
    ]);
    const jittered = (await run('GET', [fail, fail, fail], { baseDelayMs: 40, maxDelayMs: 40, jitter: 0.5 })).waits;
    expect(jittered).toHaveLength(3);
    for (const wait of jittered) {
      expect(wait).toBeGreaterThanOrEqual(20);
      expect(wait).toBeLessThanOrEqual(40);
    }
  });

  it('honours retry-after-ms, then Retry-After in seconds or as an HTTP-date, up to maxRetryAfterMs', async () => {
    expect(
      (await run('GET', [{ status: 429, headers: { 'retry-after-ms': '15', 'retry-after': '30' } }])).waits,
    ).toEqual([15]);
    expect(
      (await run('GET', [{ status: 503, headers: { 'retry-after': new Date(Date.now() - 5_000).toUTCString() } }]))
        .waits,
    ).toEqual([0]);
    const later = new Date(Date.now() + 60_000).toUTCString();
    const refused = await run('GET', [{ status: 503, headers: { 'retry-after': later } }], { maxRetryAfterMs: 10_000 });
    expect([refused.sent, (refused.error as StatusError).status]).toEqual([1, 503]);
    const capped = await run('GET', [{ status: 503, headers: { 'retry-after': '2' } }], { maxRetryAfterMs: 1_000 });
    expect(capped.sent).toBe(1);
    expect((await run('GET', [{ status: 503, headers: { 'retry-after': '0' } }], { maxRetryAfterMs: 0 })).sent).toBe(2);
  });
});
