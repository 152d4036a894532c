import { acceptWrite, type Call, type Fake } from '../context.ts';
import { md5 } from '../etags.ts';
import { HttpError } from '../errors.ts';
import { homeOf } from '../kinds.ts';
import { jsonBody } from './body.ts';

/** A collection: GET lists it at the asked depth, POST creates a member (with what it nests) or attaches an existing one. */
export function routeCollection(fake: Fake, call: Call): void {
  if (call.method === 'GET') {
    const view = fake.views.collection(call.path, call.depth + 1);
    return fake.exchange.read(call.res, call.headers, view, md5(JSON.stringify(view)));
  }
  if (call.method !== 'POST') throw new HttpError(405);
  const input = jsonBody(call);
  if (homeOf(call.path) !== undefined) return attachMember(fake, call, input);
  const { store, state } = fake;
  const made = store.atomically(() => store.create(call.path, input));
  const top = made[0]!;
  acceptWrite(fake, call, {
    targets: made,
    done: () => {
      for (const r of made) if (state.resources.has(r.path)) store.touch(r, 'AVAILABLE');
    },
    failed: () => store.remove(top.path),
    shows: top,
  });
}

/** Attaches a volume, CD-ROM or NIC that lives elsewhere; the parent is BUSY until done, and a failed write detaches it again. */
function attachMember(fake: Fake, call: Call, input: Record<string, unknown>): void {
  const { store, state } = fake;
  // A LAN's nics are the NICs whose `lan` is that LAN; none is attached through it.
  if (/\/lans\/[^/]+\/nics$/.test(call.path)) throw new HttpError(405);
  if (typeof input['id'] !== 'string') throw new HttpError(422, '[(root).id] Attribute is required');
  const attached = store.attach(call.path, input['id']);
  const parent = state.resources.get(call.path.slice(0, call.path.lastIndexOf('/')))!;
  store.touch(parent, 'BUSY');
  acceptWrite(fake, call, {
    targets: [parent, attached],
    done: () => store.touch(parent, 'AVAILABLE'),
    failed: () => {
      const members = state.collections.get(call.path);
      members?.splice(members.indexOf(attached.path), 1);
      store.touch(parent, 'AVAILABLE');
    },
    shows: attached,
  });
}
