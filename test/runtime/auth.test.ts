/**
 * Credentials on the wire, for the schemes the two APIs do not use: an API
 * key in a header or in the query (the one auth that edits the URL), against
 * a local server that records what arrives.
 */
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { apiKeyAuth, Transport, type OperationSpec } from '../../generated/src/runtime/index.ts';
import { servedForTests } from '../helpers/served.ts';

const seen: { url: string; headers: Record<string, string | string[] | undefined> }[] = [];
const server = createServer((req, res) => {
  seen.push({ url: req.url ?? '', headers: req.headers });
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"ok":true}');
});
const origin = servedForTests(server);

const LIST: OperationSpec = {
  method: 'GET',
  path: '/things',
  params: { page: { in: 'query', name: 'page' } },
  responses: { '200': 'json' },
};

describe('API keys', () => {
  it("go into the query next to the call's own parameters when the key belongs there", async () => {
    seen.length = 0;
    const transport = new Transport({ baseUrl: `${origin()}/v1`, auth: apiKeyAuth('query', 'api_key', 'key-123456') });
    expect(await transport.request(LIST, { page: 2 })).toEqual({ ok: true });
    expect(seen.map((s) => s.url)).toEqual(['/v1/things?page=2&api_key=key-123456']);
    expect(seen[0]!.headers['api_key']).toBeUndefined();
  });

  it('go into a header, read from a function on every call, when the key belongs there', async () => {
    seen.length = 0;
    let n = 0;
    const transport = new Transport({
      baseUrl: origin(),
      auth: apiKeyAuth('header', 'X-Api-Key', () => `key-${++n}-rotating`),
    });
    await transport.request(LIST, {});
    await transport.request(LIST, {});
    expect(seen.map((s) => [s.url, s.headers['x-api-key']])).toEqual([
      ['/things', 'key-1-rotating'],
      ['/things', 'key-2-rotating'],
    ]);
  });
});
