function parseRateLimit(headers) {
  const read = (name) => {
    const value = headers.get(name);
    const n = value === null ? NaN : Number(value);
    return Number.isFinite(n) ? n : void 0;
  };
  const limit = read("x-ratelimit-limit");
  const remaining = read("x-ratelimit-remaining");
  const burst = read("x-ratelimit-burst");
  if (limit === void 0 && remaining === void 0 && burst === void 0) return void 0;
  return {
    ...limit !== void 0 ? { limit } : {},
    ...remaining !== void 0 ? { remaining } : {},
    ...burst !== void 0 ? { burst } : {}
  };
}
export {
  parseRateLimit
};
