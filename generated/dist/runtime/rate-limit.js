function parseRateLimit(headers) {
  let found;
  for (const key of ["limit", "remaining", "burst"]) {
    const value = headers.get(`x-ratelimit-${key}`);
    const n = value === null ? NaN : Number(value);
    if (Number.isFinite(n)) (found ??= {})[key] = n;
  }
  return found;
}
export {
  parseRateLimit
};
