import { parseRateLimit } from './rate-limit.js';

/** Methods that never change anything on the server (RFC 9110, section 9.2.1). */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Statuses that say "not now" rather than "no". */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Waits longer than this are not worth holding a call open for: the error is thrown instead. */
const MAX_RETRY_AFTER_MS = 60_000;
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/**
 * Whether a response may be retried. A 429 was refused before any work, so
 * even a write may be repeated; any other failure of a write may have been
 * applied, so only safe methods are repeated.
 */
export function isRetryableStatus(method: string, status: number): boolean {
  if (status === 429) return true;
  return TRANSIENT_STATUSES.has(status) && SAFE_METHODS.has(method);
}

/** Whether a call that got no response at all may be repeated. */
export function isRetryableFailure(method: string): boolean {
  return SAFE_METHODS.has(method);
}

/**
 * How long to wait before retry number `attempt` (0-based). `Retry-After`
 * wins (RFC 9110, section 10.2.3); an exhausted rate limit waits for one
 * request's worth of budget; otherwise exponential backoff with jitter.
 * Undefined means the server asked for a wait too long to hold the call.
 */
export function retryDelay(attempt: number, headers?: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers ? parseRetryAfter(headers.get('retry-after'), now) : undefined;
  if (retryAfter !== undefined) return retryAfter <= MAX_RETRY_AFTER_MS ? retryAfter : undefined;
  const backoff = Math.min(MAX_DELAY_MS, INITIAL_DELAY_MS * 2 ** attempt) * (1 - Math.random() * 0.25);
  const rate = headers ? parseRateLimit(headers) : undefined;
  if (rate?.remaining === 0 && rate.limit) {
    // The budget refills by `limit` per minute: one request's worth takes 60 s / limit.
    return Math.max(backoff, Math.ceil(60_000 / rate.limit));
  }
  return backoff;
}

/** `Retry-After` as milliseconds: delay-seconds or an HTTP-date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
