import type { Call, Fake } from '../context.ts';
import { routeAction } from './actions.ts';
import { routeCollection } from './collections.ts';
import { routeRequests } from './requests.ts';
import { routeResource } from './resources.ts';

/** Sends a call to what its path names: the requests, an action, a collection, or else a single resource. */
export function route(fake: Fake, call: Call): void {
  if (routeRequests(fake, call) || routeAction(fake, call)) return;
  if (fake.state.collections.has(call.path)) return routeCollection(fake, call);
  routeResource(fake, call);
}
