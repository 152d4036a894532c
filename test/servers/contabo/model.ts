/**
 * What the fake Contabo API is made of, as its users see it: the options it
 * starts with, its state, the records it keeps, and the handle a test holds.
 */

export const TOKEN_PATH = '/auth/realms/contabo/protocol/openid-connect/token';

export interface Credentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly username: string;
  readonly password: string;
}

/** Credentials with characters that change under form and URL encoding, so every encoded form can be looked for. */
export const TEST_CREDENTIALS: Credentials = {
  clientId: 'test-client',
  clientSecret: 'cs/S3cr3t+client=secret',
  username: 'api-user@example.com',
  password: 'pw: p@ss w0rd&more!',
};

/**
 * One scripted reaction to the next matching API request (token requests
 * have their own queue). Without `status` and `destroy` the request is
 * handled normally, after `delayMs`.
 */
export interface Scripted {
  /** Only requests with this method / path (exact string or pattern) take this entry. */
  readonly method?: string;
  readonly path?: string | RegExp;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON with `content-type: application/json`. */
  readonly json?: unknown;
  /** Sent as is; set the content type in `headers`. */
  readonly text?: string;
  /**
   * `before-response`: the socket is destroyed without an answer.
   * `mid-body`: status, headers and part of the body are sent, then the socket is destroyed.
   */
  readonly destroy?: 'before-response' | 'mid-body';
  /** Send status and headers at once, then the body after this long. */
  readonly stallBodyMs?: number;
}

export interface LoggedRequest {
  readonly kind: 'token' | 'api';
  readonly method: string;
  /** The raw request path as received, percent-encoding intact, without query. */
  readonly path: string;
  readonly query: Record<string, string | string[]>;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
  /** Parsed form of a token request. */
  readonly form?: Record<string, string>;
  /** `Date.now()` when it arrived (real time, even under fake dates). */
  readonly at: number;
}

export interface FakeInstance {
  instanceId: number;
  name: string;
  displayName: string;
  /** The statuses successive reads return; the last one stays. */
  statuses: string[];
  reads: number;
  productId: string;
  region: string;
  imageId: string;
}

export interface IssuedToken {
  readonly accessToken: string;
  readonly refreshToken: string;
  expiresAt: number;
  refreshExpiresAt: number;
  readonly grant: string;
}

/**
 * How listings tell where they end. By default as the API does: the counts
 * in `_pagination`, `_links.next` on every page but the last, and pages past
 * the end empty. The variants play what other servers and mocks send.
 */
export interface ListingStyle {
  /** `blank` sends `_pagination: ""`, as Contabo's own examples have it. */
  readonly pagination?: 'counts' | 'blank';
  /** The last page's next link: `omit` it (the API), point it at the page `itself`, or `beyond` the end (then only `last` tells). */
  readonly lastNext?: 'omit' | 'itself' | 'beyond';
  /** Pages past the end: `empty` (the API), or the last page `repeated`, as a mock that knows no end. */
  readonly pastEnd?: 'empty' | 'repeated';
  /** Answer every page with the first one, as a static mock that ignores the page parameter. */
  readonly ignorePage?: boolean;
  /** `false` leaves `_links` out; `without-next` sends them without any next link. */
  readonly links?: boolean | 'without-next';
}

export interface ServerOptions {
  /** Instances the account starts with (default 0). */
  readonly instances?: number;
  readonly listing?: ListingStyle;
  /** Lifetime of access tokens in seconds (default 300). */
  readonly expiresIn?: number;
  /** Lifetime of refresh tokens in seconds (default 1800); 0 issues no refresh token. */
  readonly refreshExpiresIn?: number;
  readonly credentials?: Credentials;
}

export interface ServerState {
  expiresIn: number;
  refreshExpiresIn: number;
  readonly credentials: Credentials;
  readonly instances: Map<number, FakeInstance>;
  readonly tokens: Map<string, IssuedToken>;
  /** Scripted reactions for API requests, taken in order. */
  readonly script: Scripted[];
  /** Scripted reactions for token requests, taken in order. */
  readonly tokenScript: Scripted[];
  readonly log: LoggedRequest[];
}

export interface ContaboServer {
  /** Base URL of the API, e.g. `http://127.0.0.1:12345`. */
  readonly url: string;
  readonly tokenUrl: string;
  readonly credentials: Credentials;
  readonly state: ServerState;
  readonly log: LoggedRequest[];
  /** Requests to the API (not the token endpoint), optionally one method or path only. */
  apiRequests(filter?: { method?: string; path?: string | RegExp }): LoggedRequest[];
  tokenRequests(): LoggedRequest[];
  /** Queues reactions for the next API requests. */
  script(...entries: Scripted[]): void;
  /** Queues reactions for the next token requests. */
  scriptToken(...entries: Scripted[]): void;
  /** Adds an instance whose reads return `statuses` one after the other (default: running). */
  addInstance(init?: Partial<Omit<FakeInstance, 'reads'>>): FakeInstance;
  /** Makes every issued access token invalid, as if the server had restarted its sessions. */
  revokeTokens(): void;
  /** Every access and refresh token handed out so far. */
  issuedSecrets(): string[];
  close(): Promise<void>;
}
