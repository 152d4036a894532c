import type { Retries } from './retry-policy.js';
/**
 * Whether a response may be retried. A 429 was refused before any work, so
 * even a write may be repeated; any other failure of a write may have been
 * applied, so only the policy's methods (safe ones by default) or a call
 * marked idempotent are repeated.
 */
export declare function isRetryableStatus(retries: Retries, method: string, status: number, idempotent: boolean): boolean;
/** Whether a call that got no response at all, or whose body broke off, may be repeated. */
export declare function isRetryableFailure(retries: Retries, method: string, idempotent: boolean): boolean;
/**
 * How long to wait before retry number `attempt` (0-based). The server's
 * `retry-after-ms` or `Retry-After` wins (RFC 9110, section 10.2.3); an
 * exhausted rate limit waits for one request's worth of budget; otherwise
 * exponential backoff with jitter. Undefined means the server asked for a
 * wait longer than the policy holds a call for.
 */
export declare function retryDelay(retries: Retries, attempt: number, headers?: Headers, now?: number): number | undefined;
