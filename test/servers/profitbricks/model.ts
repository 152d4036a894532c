/**
 * What the fake ProfitBricks API is made of, as its users see it: the
 * options it starts with, its state, the records it keeps of requests and
 * resources, and the handle a test holds.
 */

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** Credentials with characters that change under URL, form and JSON encoding, so every encoded form can be looked for. */
export const TEST_CREDENTIALS: Credentials = {
  username: 'pb-user@example.com',
  password: 'pw: s3cr3t&pass=w0rd/"quoted"',
};

/** Where the API lives under the server's origin, as in `https://api.profitbricks.com/cloudapi/v4`. */
export const BASE_PATH = '/cloudapi/v4';

export type RequestState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/** One scripted reaction to the next matching request. Without `status` the request is handled normally, after `delayMs`. */
export interface Scripted {
  readonly method?: string;
  /** The path below the base path (`/datacenters`), exact or a pattern. */
  readonly path?: string | RegExp;
  readonly delayMs?: number;
  readonly status?: number;
  /** Sent as JSON; by default the v4 error body for the status. */
  readonly json?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** `Retry-After` header value. */
  readonly retryAfter?: string;
  /** Overrides of the rate-limit headers of this response (a 429 has Remaining 0 by default). */
  readonly rateLimit?: Partial<RateLimitHeaders>;
  /** Handle the request as usual (a write is applied), but break the connection half-way through the response body. */
  readonly breakBody?: boolean;
}

/** How the next accepted write will progress. */
export interface ScriptedRequest {
  /** Statuses successive polls return; the last one stays (default QUEUED, RUNNING, DONE). */
  readonly statuses?: readonly RequestState[];
  /** `metadata.message` of a FAILED status. */
  readonly message?: string;
}

export interface RateLimitHeaders {
  readonly limit: number;
  readonly remaining: number;
  readonly burst: number;
}

export interface LoggedRequest {
  readonly method: string;
  /** The path below the base path, percent-encoding intact, without query. */
  readonly path: string;
  readonly query: Record<string, string>;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
  /** The parsed body of a form-encoded request. */
  readonly form?: Record<string, string>;
  /** When it arrived, in ms (performance clock). */
  readonly at: number;
  /** The response's status and headers (lower-case), filled in when it is sent. */
  status?: number;
  responseHeaders?: Record<string, string>;
}

export interface StoredResource {
  readonly id: string;
  readonly type: string;
  /** Canonical path below the base path. */
  readonly path: string;
  properties: Record<string, unknown>;
  /** Properties that reference other resources (`bootVolume`), as their canonical paths. */
  links: Record<string, string | null>;
  readonly metadata: {
    createdDate: string;
    createdBy: string;
    etag: string;
    lastModifiedDate: string;
    lastModifiedBy: string;
    state: 'AVAILABLE' | 'BUSY' | 'INACTIVE';
  };
  /** Names of the collections nested under it. */
  readonly entities: readonly string[];
}

export interface FakeRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly body: string;
  readonly headers: Record<string, string>;
  readonly createdDate: string;
  statuses: RequestState[];
  message: string | undefined;
  /** Status polls answered so far. */
  polls: number;
  /** The resources the request touches, as references taken when it was accepted. */
  readonly targets: { id: string; type: string; href: string }[];
  /** Applied once, when the request reaches DONE or FAILED. */
  settled: RequestState | undefined;
  readonly done: () => void;
  readonly failed: () => void;
}

export interface ServerOptions {
  readonly credentials?: Credentials;
  /** Statuses of requests not scripted otherwise (default QUEUED, RUNNING, DONE). */
  readonly statuses?: readonly RequestState[];
  readonly rateLimit?: { readonly limit: number; readonly burst: number };
  /** `absolute` (default, as the API sends it) or `relative` (`/cloudapi/v4/requests/{id}/status`) Location headers. */
  readonly location?: 'absolute' | 'relative';
  /** The URL hrefs and Location headers are built on, when the API is reached through another one (a proxy). */
  readonly publicUrl?: string;
}

export interface ServerState {
  readonly credentials: Credentials;
  defaultStatuses: RequestState[];
  rateLimit: { limit: number; burst: number };
  readonly resources: Map<string, StoredResource>;
  /** Member paths of every collection, by collection path. */
  readonly collections: Map<string, string[]>;
  readonly requests: Map<string, FakeRequest>;
  readonly script: Scripted[];
  readonly requestScript: ScriptedRequest[];
  readonly log: LoggedRequest[];
}

export interface ProfitBricksServer {
  /** Base URL of the API, `http://127.0.0.1:PORT/cloudapi/v4`. */
  readonly url: string;
  readonly origin: string;
  readonly credentials: Credentials;
  readonly state: ServerState;
  readonly log: LoggedRequest[];
  /** Logged requests, optionally of one method and path only. */
  requests(filter?: { method?: string; path?: string | RegExp }): LoggedRequest[];
  /** Queues reactions for the next matching requests. */
  script(...entries: Scripted[]): void;
  /** Queues how the next accepted writes progress. */
  scriptRequest(...entries: ScriptedRequest[]): void;
  /** A stored resource by its canonical path (`/datacenters/x`). */
  resource(path: string): StoredResource | undefined;
  /** Member paths of a collection (`/datacenters`). */
  members(path: string): string[];
  /** Resources of one type in the store. */
  ofType(type: string): StoredResource[];
  /** Creates a resource (with nested entities) in a collection, done at once: AVAILABLE, no request to poll. */
  seed(collectionPath: string, body: Record<string, unknown>): StoredResource;
  /** The absolute URL of a path below the base path. */
  href(path: string): string;
  close(): Promise<void>;
}
