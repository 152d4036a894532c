import { acceptWrite, type Call, type Fake } from '../context.ts';
import { etagMatches } from '../etags.ts';
import { HttpError } from '../errors.ts';
import type { StoredResource } from '../model.ts';
import { jsonBody } from './body.ts';

/**
 * A single resource, at its own path or as a member of a collection
 * (attached volumes, CD-ROMs): GET at the asked depth; PATCH, PUT and DELETE
 * under `If-Match`, accepted as asynchronous writes.
 */
export function routeResource(fake: Fake, call: Call): void {
  const collection = call.path.slice(0, call.path.lastIndexOf('/'));
  const id = call.path.slice(call.path.lastIndexOf('/') + 1);
  const memberPath = fake.state.collections.get(collection)?.find((p) => p.endsWith(`/${id}`));
  const resource = memberPath ? fake.state.resources.get(memberPath) : undefined;
  if (!resource) throw new HttpError(404, `Resource ${call.path} does not exist`);

  if (call.method === 'GET')
    return fake.exchange.read(
      call.res,
      call.headers,
      fake.views.resource(resource, call.depth),
      resource.metadata.etag,
    );
  if (call.method !== 'PATCH' && call.method !== 'PUT' && call.method !== 'DELETE') throw new HttpError(405);
  const ifMatch = call.headers['if-match'];
  if (ifMatch !== undefined && !etagMatches(ifMatch, resource.metadata.etag)) throw new HttpError(412);
  if (call.method !== 'DELETE') return update(fake, call, resource, collection);
  if (memberPath !== call.path) return detach(fake, call, resource, collection);
  fake.store.touch(resource, 'BUSY');
  acceptWrite(fake, call, {
    targets: [resource],
    done: () => fake.store.remove(resource.path),
    failed: () => fake.store.touch(resource, 'AVAILABLE'),
  });
}

/** Detaches a member that lives elsewhere (it stays where it lives); the parent is BUSY until done. */
function detach(fake: Fake, call: Call, resource: StoredResource, collection: string): void {
  const { store, state } = fake;
  const parent = state.resources.get(collection.slice(0, collection.lastIndexOf('/')))!;
  store.touch(parent, 'BUSY');
  acceptWrite(fake, call, {
    targets: [parent, resource],
    done: () => {
      const members = state.collections.get(collection);
      const i = members?.indexOf(resource.path) ?? -1;
      if (i >= 0) members!.splice(i, 1);
      store.touch(parent, 'AVAILABLE');
    },
    failed: () => store.touch(parent, 'AVAILABLE'),
  });
}

/** PATCH (the properties) or PUT (`{ properties }`): applied at once, shown BUSY, undone if the write fails. */
function update(fake: Fake, call: Call, resource: StoredResource, collection: string): void {
  const { store } = fake;
  const input = jsonBody(call);
  const changes = call.method === 'PUT' ? input['properties'] : input;
  if (changes === null || typeof changes !== 'object' || Array.isArray(changes)) {
    throw new HttpError(
      422,
      call.method === 'PUT' ? '[(root).properties] Attribute is required' : 'the body must be an object of properties',
    );
  }
  const before = { ...resource.properties };
  for (const [k, v] of Object.entries(changes as Record<string, unknown>)) {
    if (k in resource.links) {
      resource.links[k] = store.linkTarget(collection, k, v);
    } else if (k !== 'allowReboot') {
      resource.properties[k] = v;
    }
  }
  store.touch(resource, 'BUSY');
  acceptWrite(fake, call, {
    targets: [resource],
    done: () => {
      if (typeof resource.properties['version'] === 'number')
        resource.properties['version'] = (resource.properties['version'] as number) + 1;
      store.touch(resource, 'AVAILABLE');
    },
    failed: () => {
      resource.properties = before;
      store.touch(resource, 'AVAILABLE');
    },
    shows: resource,
  });
}
