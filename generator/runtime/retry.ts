import { parseRateLimit } from './rate-limit.js';
import type { Retries } from './retry-policy.js';

/**
 * Whether a response may be retried. A 429 was refused before any work, so
 * even a write may be repeated; any other failure of a write may have been
 * applied, so only the policy's methods (safe ones by default) or a call
 * marked idempotent are repeated.
 */
export function isRetryableStatus(retries: Retries, method: string, status: number, idempotent: boolean): boolean {
  if (!retries.statuses.includes(status)) return false;
  return status === 429 || idempotent || retries.methods.includes(method);
}

/** Whether a call that got no response at all, or whose body broke off, may be repeated. */
export function isRetryableFailure(retries: Retries, method: string, idempotent: boolean): boolean {
  return idempotent || retries.methods.includes(method);
}

/**
 * How long to wait before retry number `attempt` (0-based). The server's
 * `retry-after-ms` or `Retry-After` wins (RFC 9110, section 10.2.3); an
 * exhausted rate limit waits for one request's worth of budget; otherwise
 * exponential backoff with jitter. Undefined means the server asked for a
 * wait longer than the policy holds a call for.
 */
export function retryDelay(
  retries: Retries,
  attempt: number,
  headers?: Headers,
  now: number = Date.now(),
): number | undefined {
  const retryAfter = headers ? serverDelay(headers, now) : undefined;
  if (retryAfter !== undefined) return retryAfter <= retries.maxRetryAfterMs ? retryAfter : undefined;
  const backoff =
    Math.min(retries.maxDelayMs, retries.baseDelayMs * 2 ** attempt) * (1 - Math.random() * retries.jitter);
  const rate = headers ? parseRateLimit(headers) : undefined;
  if (rate?.remaining === 0 && rate.limit) {
    // The budget refills by `limit` per minute: one request's worth takes 60 s / limit.
    return Math.max(backoff, Math.ceil(60_000 / rate.limit));
  }
  return backoff;
}

/** The wait a response asks for: `retry-after-ms` (milliseconds, as some APIs send), else `Retry-After`. */
function serverDelay(headers: Headers, now: number): number | undefined {
  const ms = headers.get('retry-after-ms')?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  return parseRetryAfter(headers.get('retry-after'), now);
}

/** `Retry-After` as milliseconds: delay-seconds or an HTTP-date. */
function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
