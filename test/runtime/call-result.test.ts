/**
 * What a call gives however it is asked for: awaited, through withResponse(),
 * or both, its body is read once; the result keeps every field as its own;
 * and the headers on the wire are in the order they were layered, the auth's
 * in the place of one of the same name.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createContaboTransport } from '../../generated/src/contabo/client.ts';
import { getInstance } from '../../generated/src/contabo/instances.ts';
import { bearerAuth } from '../../generated/src/runtime/index.ts';
import { servedForTests } from '../helpers/served.ts';

/** Each request as it arrived: its header names in the order they came. */
const seen: { path: string; headerNames: string[]; authorization: string | undefined }[] = [];
const server = createServer((req: IncomingMessage, res) => {
  seen.push({
    path: req.url ?? '',
    headerNames: req.rawHeaders.filter((_, i) => i % 2 === 0).map((name) => name.toLowerCase()),
    authorization: req.headers.authorization,
  });
  res.writeHead(200, {
    'content-type': 'application/json',
    etag: '"v1"',
    'x-ratelimit-limit': '60',
    'x-ratelimit-remaining': '59',
    'x-request-id': String(req.headers['x-request-id']),
  });
  res.end(JSON.stringify({ data: [{ instanceId: 7 }] }));
});
const origin = servedForTests(server);

const transport = () => createContaboTransport({ auth: bearerAuth('token-1'), baseUrl: origin() });

describe('a call result', () => {
  it('is read once when a call is both awaited and asked withResponse(), and both give the same data', async () => {
    const before = seen.length;
    const call = getInstance(transport(), { instanceId: 7 });
    const [data, result, again] = await Promise.all([call, call.withResponse(), call]);
    expect(seen.length - before).toBe(1);
    expect(result.data).toBe(data);
    expect(again).toBe(data);
    expect(await call.withResponse()).toBe(result);
  });

  it('keeps data, response, status, request id, ETag and rate limit as its own fields', async () => {
    const result = await getInstance(transport(), { instanceId: 7 }).withResponse();
    expect(Object.keys(result)).toEqual(['data', 'response', 'status', 'requestId', 'etag', 'rateLimit']);
    const { response: _, ...copy } = result;
    expect(copy).toEqual({
      data: { data: [{ instanceId: 7 }] },
      status: 200,
      requestId: result.response.headers.get('x-request-id'),
      etag: '"v1"',
      rateLimit: { limit: 60, remaining: 59 },
    });
  });

  it('sends headers in the order they were layered, the auth setting its own in the place of the one given', async () => {
    const before = seen.length;
    await getInstance(
      transport(),
      { instanceId: 7 },
      { headers: { 'X-Before': 'b', Authorization: 'given', 'x-after': 'a' } },
    );
    const sent = seen[before]!;
    expect(sent.authorization).toBe('Bearer token-1');
    const own = sent.headerNames.filter((name) =>
      ['accept', 'x-request-id', 'x-before', 'authorization', 'x-after'].includes(name),
    );
    expect(own).toEqual(['accept', 'x-request-id', 'x-before', 'authorization', 'x-after']);
  });
});
