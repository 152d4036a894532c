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
/** The client's policy with the call's over it, field by field; the defaults where neither gives one. */
export declare function retriesOf(client: RetryPolicy | undefined, call: RetryPolicy | undefined): Retries;
