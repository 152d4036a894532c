/**
 * Tiny local stand-ins for the Contabo API (with its OAuth token endpoint)
 * and the ProfitBricks Cloud API v4, answering exactly the calls the
 * consumer program (app.mts) makes. Every request is recorded so the test
 * can check what the installed package actually sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  readonly server: 'contabo' | 'profitbricks';
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface FakeServers {
  readonly contaboUrl: string;
  readonly contaboAuthUrl: string;
  readonly profitbricksUrl: string;
  readonly requests: Recorded[];
  close(): Promise<void>;
}

export const CONTABO_TOKEN = 'fake-contabo-access-token';
export const PROFITBRICKS_BASIC = `Basic ${Buffer.from('pb-user:pb-password').toString('base64')}`;
export const TOKEN_PATH = '/auth/realms/contabo/protocol/openid-connect/token';
export const PB_BASE = '/cloudapi/v4';

/** An answer: sent after `delayMs`, and with `breakBody` cut off half-way through the body. */
export interface Answer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  readonly delayMs?: number;
  readonly breakBody?: boolean;
}

export type Handler = (request: Recorded, origin: string) => Answer;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body };
}

export function instance(instanceId: number): Record<string, unknown> {
  return {
    tenantId: 'DE',
    customerId: '54321',
    additionalIps: [],
    name: `vmi${instanceId}`,
    displayName: `instance-${instanceId}`,
    instanceId,
    dataCenter: 'European Union 1',
    region: 'EU',
    regionName: 'European Union',
    productId: 'V92',
    imageId: 'afecbb85-e2fc-46f0-9684-b46b1faf00bb',
    status: 'running',
  };
}

const contabo: Handler = (request) => {
  if (request.path === TOKEN_PATH) {
    const form = new URLSearchParams(request.body);
    const ok =
      request.method === 'POST' &&
      form.get('grant_type') === 'password' &&
      form.get('client_id') === 'consumer-client' &&
      form.get('client_secret') === 'consumer-secret' &&
      form.get('username') === 'consumer@example.com' &&
      form.get('password') === 'consumer-password';
    return ok
      ? json(200, { access_token: CONTABO_TOKEN, token_type: 'Bearer', expires_in: 300, refresh_expires_in: 1800 })
      : json(401, { error: 'invalid_grant' });
  }
  if (request.headers['authorization'] !== `Bearer ${CONTABO_TOKEN}`) return json(401, { message: 'no token' });
  const requestId = String(request.headers['x-request-id'] ?? '');
  const echo = { 'x-request-id': requestId };
  if (request.method === 'GET' && request.path === '/v1/compute/instances') {
    const page = Number(request.query['page'] ?? 1);
    const data = page === 1 ? [instance(101), instance(102)] : page === 2 ? [instance(103)] : [];
    const link = (p: number): string => `${request.path}?page=${p}&size=2`;
    const _links = { self: link(page), first: link(1), ...(page < 2 ? { next: link(page + 1) } : {}), last: link(2) };
    return json(200, { _pagination: { size: 2, totalElements: 3, totalPages: 2, page }, data, _links }, echo);
  }
  if (request.method === 'GET' && request.path === '/v1/compute/instances/404') {
    return json(404, { statusCode: 404, message: 'Entry Instances not found by instanceId 404' }, echo);
  }
  return json(500, { message: `fake Contabo does not answer ${request.method} ${request.path}` });
};

function datacenter(
  origin: string,
  id: string,
  name: string,
  state: string,
  servers: unknown,
): Record<string, unknown> {
  return {
    id,
    type: 'datacenter',
    href: `${origin}${PB_BASE}/datacenters/${id}`,
    metadata: { etag: `etag-${id}`, state },
    properties: { name, location: 'de/fra', version: 1 },
    entities: { servers },
  };
}

const profitbricks: Handler = (request, origin) => {
  if (request.headers['authorization'] !== PROFITBRICKS_BASIC) return json(401, { httpStatus: 401, messages: [] });
  const path = request.path.startsWith(PB_BASE) ? request.path.slice(PB_BASE.length) : request.path;
  if (request.method === 'GET' && path === '/datacenters/dc-1') {
    const servers = {
      id: 'dc-1/servers',
      type: 'collection',
      href: `${origin}${PB_BASE}/datacenters/dc-1/servers`,
      items: ['web-1', 'web-2'].map((name) => ({
        id: `srv-${name}`,
        type: 'server',
        href: `${origin}${PB_BASE}/datacenters/dc-1/servers/srv-${name}`,
        metadata: { state: 'AVAILABLE' },
        properties: { name, cores: 2, ram: 2048, vmState: 'RUNNING' },
        entities: {},
      })),
    };
    return json(200, datacenter(origin, 'dc-1', 'production', 'AVAILABLE', servers), { etag: '"etag-dc-1"' });
  }
  if (request.method === 'POST' && path === '/datacenters') {
    const { properties } = JSON.parse(request.body) as { properties: { name: string } };
    return json(202, datacenter(origin, 'dc-2', properties.name, 'BUSY', undefined), {
      location: `${origin}${PB_BASE}/requests/req-1/status`,
    });
  }
  if (request.method === 'GET' && path === '/requests/req-1/status') {
    return json(200, {
      id: 'req-1/status',
      type: 'request-status',
      href: `${origin}${PB_BASE}/requests/req-1/status`,
      metadata: { status: 'DONE', message: 'Request has been successfully executed', targets: [] },
    });
  }
  if (request.method === 'GET' && path === '/datacenters/dc-2') {
    return json(200, datacenter(origin, 'dc-2', 'consumer-dc', 'AVAILABLE', undefined));
  }
  if (request.method === 'GET' && path === '/datacenters/missing') {
    return json(404, { httpStatus: 404, messages: [{ errorCode: '309', message: 'Resource does not exist' }] });
  }
  return json(500, {
    httpStatus: 500,
    messages: [{ errorCode: '0', message: `not faked: ${request.method} ${path}` }],
  });
};

/** Serves a handler on 127.0.0.1, recording every request. */
export async function start(name: Recorded['server'], handler: Handler, requests: Recorded[]): Promise<Server> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const address = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${address.port}`;
      const url = new URL(req.url ?? '/', origin);
      const recorded: Recorded = {
        server: name,
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const answer = handler(recorded, origin);
      const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
      setTimeout(() => {
        res.writeHead(answer.status, { ...answer.headers, 'content-length': String(Buffer.byteLength(text)) });
        if (!answer.breakBody) return void res.end(text);
        res.write(text.slice(0, text.length >> 1));
        setTimeout(() => res.destroy(), 20);
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Starts the two stand-ins: by default the ones app.mts talks to. */
export async function startFakeServers(
  handlers: Readonly<Record<Recorded['server'], Handler>> = { contabo, profitbricks },
): Promise<FakeServers> {
  const requests: Recorded[] = [];
  const servers = [
    await start('contabo', handlers.contabo, requests),
    await start('profitbricks', handlers.profitbricks, requests),
  ];
  const [contaboPort, profitbricksPort] = servers.map((s) => (s.address() as AddressInfo).port);
  return {
    contaboUrl: `http://127.0.0.1:${contaboPort}`,
    contaboAuthUrl: `http://127.0.0.1:${contaboPort}${TOKEN_PATH}`,
    profitbricksUrl: `http://127.0.0.1:${profitbricksPort}${PB_BASE}`,
    requests,
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve, reject) => {
              s.closeAllConnections();
              s.close((error) => (error ? reject(error) : resolve()));
            }),
        ),
      );
    },
  };
}
