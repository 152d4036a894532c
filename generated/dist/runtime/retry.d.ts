/**
 * Whether a response may be retried. A 429 was refused before any work, so
 * even a write may be repeated; any other failure of a write may have been
 * applied, so only safe methods are repeated.
 */
export declare function isRetryableStatus(method: string, status: number): boolean;
/** Whether a call that got no response at all may be repeated. */
export declare function isRetryableFailure(method: string): boolean;
/**
 * How long to wait before retry number `attempt` (0-based). `Retry-After`
 * wins (RFC 9110, section 10.2.3); an exhausted rate limit waits for one
 * request's worth of budget; otherwise exponential backoff with jitter.
 * Undefined means the server asked for a wait too long to hold the call.
 */
export declare function retryDelay(attempt: number, headers?: Headers, now?: number): number | undefined;
/** `Retry-After` as milliseconds: delay-seconds or an HTTP-date. */
export declare function parseRetryAfter(value: string | null, now: number): number | undefined;
