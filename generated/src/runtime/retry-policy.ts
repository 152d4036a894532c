/**
 * Which failed calls are repeated, and how long to wait in between. Given
 * on the client and per call (the call's fields over the client's); what
 * neither gives keeps the default.
 */
export interface RetryPolicy {
  /**
   * Statuses that are retried (default 408, 429, 502, 503 and 504). A 429
   * is retried for any method: the server refused the call before doing
   * anything. Any other status only for the `methods`, or a call marked
   * `idempotent`, since a write may have been applied before it failed.
   */
  readonly statuses?: readonly number[] | undefined;
  /**
   * Methods repeated after a retried status, a network failure or a body
   * that broke off (default GET, HEAD and OPTIONS, which change nothing).
   */
  readonly methods?: readonly string[] | undefined;
  /** Wait before the first retry, doubled for each one after (default 500 ms). */
  readonly baseDelayMs?: number | undefined;
  /** Longest wait the doubling reaches (default 8,000 ms). */
  readonly maxDelayMs?: number | undefined;
  /** Share of each wait taken off at random, from 0 (none) to 1, so that clients do not retry in step (default 0.25). */
  readonly jitter?: number | undefined;
  /**
   * Longest wait a server may ask for with `Retry-After` or `retry-after-ms`
   * (default 60,000 ms); a longer one ends the call with its error.
   */
  readonly maxRetryAfterMs?: number | undefined;
}

/** A policy with every field set, methods in upper case. */
export type Retries = {
  readonly [K in keyof RetryPolicy]-?: Exclude<RetryPolicy[K], undefined>;
};

/**
 * 408 joins the statuses of safe methods: the server gave up waiting for the
 * request, so nothing was done and a read may simply be sent again. 409 does
 * not: on these APIs it reports a state (a name taken, a resource busy) that
 * repeating the same call within seconds does not change.
 */
const DEFAULT_RETRIES: Retries = {
  statuses: [408, 429, 502, 503, 504],
  methods: ['GET', 'HEAD', 'OPTIONS'],
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  jitter: 0.25,
  maxRetryAfterMs: 60_000,
};

/** The client's policy with the call's over it, field by field; the defaults where neither gives one. */
export function retriesOf(client: RetryPolicy | undefined, call: RetryPolicy | undefined): Retries {
  if (!client && !call) return DEFAULT_RETRIES;
  const merged: Record<string, unknown> = { ...DEFAULT_RETRIES };
  for (const policy of [client, call])
    for (const [field, value] of Object.entries(policy ?? {})) if (value !== undefined) merged[field] = value;
  const retries = merged as Retries;
  return {
    ...retries,
    methods: retries.methods.map((m) => m.toUpperCase()),
    jitter: Math.min(1, Math.max(0, retries.jitter)),
  };
}
