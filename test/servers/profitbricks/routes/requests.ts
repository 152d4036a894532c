import type { Call, Fake } from '../context.ts';
import { HttpError } from '../errors.ts';
import { md5 } from '../etags.ts';

/** `GET /requests`, `/requests/{id}` and `/requests/{id}/status` (each poll of which moves the request on); false for any other path. */
export function routeRequests(fake: Fake, call: Call): boolean {
  const { state, writes, exchange } = fake;
  if (call.path === '/requests' && call.method === 'GET') {
    // The collection of requests always lists them: references at depth 0, whole requests beyond.
    const items = [...state.requests.values()].map((r) =>
      call.depth === 0 ? { id: r.id, type: 'request', href: fake.href(`/requests/${r.id}`) } : writes.requestView(r),
    );
    const collection = { id: 'requests', type: 'collection', href: fake.href('/requests'), items };
    exchange.read(call.res, call.headers, collection, md5(JSON.stringify(collection)));
    return true;
  }
  const requestPath = /^\/requests\/([^/]+)(\/status)?$/.exec(call.path);
  if (!requestPath) return false;
  const found = state.requests.get(requestPath[1]!);
  if (!found) throw new HttpError(404, `Request ${requestPath[1]} does not exist`);
  if (call.method !== 'GET') throw new HttpError(405);
  const view = requestPath[2] ? writes.statusView(found, writes.advance(found)) : writes.requestView(found);
  exchange.read(call.res, call.headers, view, (view['metadata'] as { etag: string }).etag);
  return true;
}
