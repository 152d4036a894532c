/**
 * Stand-ins for the calls of promises.mts, each playing what the two APIs'
 * references document and what mocks and networks do besides: a Contabo
 * listing without counts (`_pagination: ""`, as Contabo's own examples)
 * whose pages past the end repeat the last, a static listing that ignores
 * the page asked for, a body that breaks off once, an access token revoked
 * after two calls, a ProfitBricks 422 with the v4 error body, a 304, and a
 * 202 whose body breaks off after the write was applied.
 */
import { instance, json, PB_BASE, TOKEN_PATH, type Handler, type Recorded } from './fake-servers.ts';

export const CONTABO_CREDENTIALS = {
  clientId: 'promise-client',
  clientSecret: 'promise-secret',
  username: 'promise@example.com',
  password: 'promise-password',
} as const;

/** Fresh stand-ins: they keep state (tokens issued, bodies broken once). */
export function promiseHandlers(): Readonly<Record<Recorded['server'], Handler>> {
  return { contabo: contabo(), profitbricks: profitbricks() };
}

function contabo(): Handler {
  const tokens: string[] = [];
  let usesOfFirst = 0;
  let broken = false;
  return (request) => {
    if (request.path === TOKEN_PATH) {
      tokens.push(`promise-token-${tokens.length + 1}`);
      // The renewal answers late, so that calls refused meanwhile find it under way.
      return {
        ...json(200, { access_token: tokens.at(-1), token_type: 'Bearer', expires_in: 3600 }),
        delayMs: tokens.length > 1 ? 40 : 0,
      };
    }
    const token = /^Bearer (.+)$/.exec(String(request.headers['authorization'] ?? ''))?.[1];
    const echo = { 'x-request-id': String(request.headers['x-request-id'] ?? '') };
    // The first token is revoked after two calls: the next calls sent with it are refused, some of them late.
    const late = { '/v1/compute/instances/202': 15, '/v1/compute/instances/203': 150 }[request.path] ?? 0;
    if (!token || !tokens.includes(token)) return json(401, { statusCode: 401, message: 'Unauthorized' }, echo);
    if (token === tokens[0] && ++usesOfFirst > 2)
      return { ...json(401, { statusCode: 401, message: 'Token expired' }, echo), delayMs: late };
    if (request.path === '/v1/compute/instances') return listing(Number(request.query['page'] ?? 1), echo);
    if (request.path === '/v1/compute/images') return staticListing(echo);
    const one = /^\/v1\/compute\/instances\/(\d+)$/.exec(request.path);
    if (one && one[1] === '999')
      return json(404, { statusCode: 404, message: 'Entry Instances not found by instanceId 999' }, echo);
    if (one) {
      const answer = json(200, { data: [instance(Number(one[1]))], _links: { self: request.path } }, echo);
      // The first read of 102 breaks off half-way: a safe call, so it is sent again.
      if (one[1] === '102' && !broken) return ((broken = true), { ...answer, breakBody: true });
      return answer;
    }
    return json(500, { message: `not faked: ${request.method} ${request.path}` });
  };
}

/** Five instances in pages of two, no counts; past the end the last page again, as a mock without an end would. */
function listing(asked: number, headers: Record<string, string>): ReturnType<Handler> {
  const page = Math.min(asked, 3);
  const link = (p: number): string => `/v1/compute/instances?page=${p}&size=2`;
  const ids = [101, 102, 103, 104, 105].slice((page - 1) * 2, page * 2);
  const _links = { self: link(page), first: link(1), ...(page < 3 ? { next: link(page + 1) } : {}), last: link(3) };
  return json(200, { _pagination: '', data: ids.map(instance), _links }, headers);
}

/** The same page whatever page is asked for, its next link always to page 2: a static mock. */
function staticListing(headers: Record<string, string>): ReturnType<Handler> {
  const image = {
    imageId: 'img-1',
    name: 'ubuntu',
    description: '',
    url: '',
    sizeMb: 1,
    uploadedSizeMb: 1,
    osType: 'Linux',
    version: '22.04',
    format: 'qcow2',
    status: 'downloaded',
    errorMessage: '',
    standardImage: true,
    creationDate: new Date(0).toISOString(),
    lastModifiedDate: new Date(0).toISOString(),
    tags: [],
    tenantId: 'DE',
    customerId: '1',
  };
  const _links = {
    self: '/v1/compute/images?page=1',
    first: '/v1/compute/images?page=1',
    next: '/v1/compute/images?page=2',
    last: '/v1/compute/images?page=9',
  };
  return json(200, { _pagination: '', data: [image], _links }, headers);
}

function profitbricks(): Handler {
  let created = false;
  return (request, origin) => {
    const path = request.path.slice(PB_BASE.length);
    const href = (p: string): string => `${origin}${PB_BASE}${p}`;
    const dc = (id: string, name: string, state: string): Record<string, unknown> => ({
      id,
      type: 'datacenter',
      href: href(`/datacenters/${id}`),
      metadata: { etag: `etag-${id}`, state },
      properties: { name, location: 'de/fra', version: 1 },
      entities: {},
    });
    if (request.method === 'GET' && path === '/datacenters/dc-1') {
      if (request.headers['if-none-match'] === '"etag-dc-1"') return { status: 304, headers: { etag: '"etag-dc-1"' } };
      return json(200, dc('dc-1', 'production', 'AVAILABLE'), { etag: '"etag-dc-1"' });
    }
    if (request.method === 'POST' && path === '/datacenters') {
      const body = JSON.parse(request.body) as { properties: { name: string; location?: string } };
      if (!body.properties.location) {
        return json(422, {
          httpStatus: 422,
          messages: [{ errorCode: '100', message: '[(root).properties.location] Attribute is required' }],
        });
      }
      created = true;
      // Applied, and the 202 breaks off half-way through its body.
      return {
        ...json(202, dc('dc-9', body.properties.name, 'BUSY'), { location: href('/requests/req-9/status') }),
        breakBody: true,
      };
    }
    if (request.method === 'GET' && path === '/requests/req-9/status') {
      const target = { id: 'dc-9', type: 'datacenter', href: href('/datacenters/dc-9') };
      return json(200, {
        id: 'req-9/status',
        type: 'request-status',
        href: href(path),
        metadata: {
          status: 'DONE',
          message: 'Request has been successfully executed',
          targets: [{ target, status: 'DONE' }],
        },
      });
    }
    if (request.method === 'GET' && path === '/datacenters/dc-9' && created)
      return json(200, dc('dc-9', 'consumer-dc', 'AVAILABLE'));
    return json(500, {
      httpStatus: 500,
      messages: [{ errorCode: '0', message: `not faked: ${request.method} ${path}` }],
    });
  };
}
