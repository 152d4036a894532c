import type { Views } from './depth.ts';
import { quote } from './etags.ts';
import type { Exchange, Outgoing } from './exchange.ts';
import type { FakeRequest, ServerState, StoredResource } from './model.ts';
import type { Store } from './store.ts';
import type { WriteCall, Writes } from './writes.ts';

/** Everything the routes work with: the state, the store, its views, the writes in flight, and the way to answer. */
export interface Fake {
  readonly state: ServerState;
  readonly store: Store;
  readonly views: Views;
  readonly writes: Writes;
  readonly exchange: Exchange;
  /** The absolute URL of a path below the base path. */
  href(path: string): string;
  /** The `Location` of a request's status, absolute or relative as the options say. */
  statusLocation(request: FakeRequest): string;
}

/** One request as the routes see it, once it has passed the checks every request goes through. */
export interface Call extends WriteCall {
  /** The decoded path below the base path, without trailing slashes. */
  readonly path: string;
  readonly depth: number;
  /** The parsed body of a form-encoded request. */
  readonly form: Record<string, string> | undefined;
  readonly res: Outgoing;
}

/** A write the API accepts: what it touches, how it ends, and the resource the 202 shows, if any. */
export interface Write {
  readonly targets: StoredResource[];
  readonly done: () => void;
  readonly failed: () => void;
  readonly shows?: StoredResource;
}

/** Accepts a write and answers 202 with the `Location` of its status, and the resource it shows (depth 0) with that one's ETag. */
export function acceptWrite(fake: Fake, call: Call, write: Write): void {
  const request = fake.writes.accept(call, write.targets, write.done, write.failed);
  const { shows } = write;
  fake.exchange.reply(call.res, 202, shows ? fake.views.resource(shows, 0) : undefined, {
    location: fake.statusLocation(request),
    ...(shows ? { etag: quote(shows.metadata.etag) } : {}),
  });
}
