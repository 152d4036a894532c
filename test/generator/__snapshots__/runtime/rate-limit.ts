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
  const read = (name: string): number | undefined => {
    const value = headers.get(name);
    const n = value === null ? NaN : Number(value);
    return Number.isFinite(n) ? n : undefined;
  };
  const limit = read('x-ratelimit-limit');
  const remaining = read('x-ratelimit-remaining');
  const burst = read('x-ratelimit-burst');
  if (limit === undefined && remaining === undefined && burst === undefined) return undefined;
  return {
    ...(limit !== undefined ? { limit } : {}),
    ...(remaining !== undefined ? { remaining } : {}),
    ...(burst !== undefined ? { burst } : {}),
  };
}
