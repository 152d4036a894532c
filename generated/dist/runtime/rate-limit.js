/** Reads `X-RateLimit-Limit`, `-Remaining` and `-Burst`; undefined when none is present. */
export function parseRateLimit(headers) {
    const read = (name) => {
        const value = headers.get(name);
        const n = value === null ? NaN : Number(value);
        return Number.isFinite(n) ? n : undefined;
    };
    const limit = read('x-ratelimit-limit');
    const remaining = read('x-ratelimit-remaining');
    const burst = read('x-ratelimit-burst');
    if (limit === undefined && remaining === undefined && burst === undefined)
        return undefined;
    return {
        ...(limit !== undefined ? { limit } : {}),
        ...(remaining !== undefined ? { remaining } : {}),
        ...(burst !== undefined ? { burst } : {}),
    };
}
