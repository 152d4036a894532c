/** What a response says about the caller's request budget (`X-RateLimit-*` headers). */
export interface RateLimit {
  /** Average requests allowed per minute. */
  readonly limit?: number;
  /** Requests that can still be made now without being refused. */
  readonly remaining?: number;
  /** Most requests allowed at once. */
  readonly burst?: number;
}

/** Reads `X-RateLimit-Limit`, `-Remaining` and `-Burst`; undefined when none is present. */
export function parseRateLimit(headers: Headers): RateLimit | undefined {
  let found: Record<string, number> | undefined;
  for (const key of ['limit', 'remaining', 'burst']) {
    const value = headers.get(`x-ratelimit-${key}`);
    const n = value === null ? NaN : Number(value);
    if (Number.isFinite(n)) (found ??= {})[key] = n;
  }
  return found;
}
