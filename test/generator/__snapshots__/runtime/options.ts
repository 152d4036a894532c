import type { Auth } from './auth.js';
import type { FetchOptions } from './fetch-options.js';
import type { Hooks } from './hooks.js';
import type { CallLog, Logger, LogLevel } from './log.js';
import type { HeaderLayer } from './request.js';
import type { RetryPolicy } from './retry-policy.js';

/** Options of a Transport, and of the functions API's `create...Transport`. */
export interface TransportOptions {
  /** Where the API lives; the spec's server by default. */
  readonly baseUrl?: string;
  /** A fetch implementation; the global one by default. */
  readonly fetch?: typeof fetch;
  /** Time for one attempt of a call until the response headers arrive, and again for reading the body, in milliseconds (default 60,000). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt of a call that `retry` says may be repeated (default 2). */
  readonly maxRetries?: number;
  /** Which failures are retried and how long to wait in between: 408, 429, 502, 503, 504 and network failures of safe methods by default. */
  readonly retry?: RetryPolicy | undefined;
  /** Aborts every call of this client. */
  readonly signal?: AbortSignal;
  /** Headers of every call, over the defaults (`Accept` among them); `null` removes one. */
  readonly headers?: HeaderLayer | undefined;
  /** Hooks that see every attempt of every call of this client, before the call's own. */
  readonly hooks?: Hooks | undefined;
  /** fetch's own options for every call (`dispatcher`, `keepalive`, `credentials`...), under what the client sets itself. */
  readonly fetchOptions?: FetchOptions | undefined;
  /** Where calls are logged: `createLog({ level: 'info' })`; nothing by default. Credentials are never logged. */
  readonly log?: CallLog | undefined;
}

/** Options every generated client class accepts: a Transport's, with logging named by level. */
export interface ClientOptions extends Omit<TransportOptions, 'log'> {
  /** What to log (default `off`, or the level in the `CLOUD_API_CLIENTS_LOG` environment variable). Credentials are never logged. */
  readonly logLevel?: LogLevel | undefined;
  /** Where log lines go (default `console`). */
  readonly logger?: Logger | undefined;
}

/** Options of one call. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly maxRetries?: number;
  /** The retry policy of this call, field by field over the client's. */
  readonly retry?: RetryPolicy | undefined;
  /**
   * Says that this call may be repeated even if it reached the server (a PUT
   * of a whole resource, a write with an idempotency key): it is then
   * retried like a read.
   */
  readonly idempotent?: boolean | undefined;
  /** Headers of this call, over the client's and over what the call sends itself; `null` removes one. The auth's credentials are set after them. */
  readonly headers?: HeaderLayer | undefined;
  /** Hooks of this call, run after the client's. */
  readonly hooks?: Hooks | undefined;
  /** fetch's own options for this call, over the client's. */
  readonly fetchOptions?: FetchOptions | undefined;
  /** Set by waits on each of their reads: which poll it is. */
  readonly poll?: WaitPoll | undefined;
}

/** A read that is one poll of a wait. */
export interface WaitPoll {
  /** Polls so far, this one included, starting at 1. */
  readonly number: number;
  /** How long the wait slept before this poll, in milliseconds. */
  readonly afterMs: number;
  /** The status the poll before found. */
  readonly lastStatus?: string | undefined;
}

export interface TransportConfig extends TransportOptions {
  readonly baseUrl: string;
  readonly auth?: Auth | undefined;
  /** Values of `x-client-option` parameters, by option name. */
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** Header that carries each client option, for URLs the API hands out (`follow`), which no operation describes. */
  readonly optionHeaders?: Readonly<Record<string, string>>;
}
