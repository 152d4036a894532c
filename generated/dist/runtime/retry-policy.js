const DEFAULT_RETRIES = {
  statuses: /* @__PURE__ */ new Set([408, 429, 502, 503, 504]),
  methods: /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS"]),
  baseDelayMs: 500,
  maxDelayMs: 8e3,
  jitter: 0.25,
  maxRetryAfterMs: 6e4
};
function retriesOf(client, call) {
  if (!client && !call) return DEFAULT_RETRIES;
  const pick = (key) => call?.[key] ?? client?.[key];
  const statuses = pick("statuses");
  const methods = pick("methods");
  return {
    statuses: statuses ? new Set(statuses) : DEFAULT_RETRIES.statuses,
    methods: methods ? new Set(methods.map((m) => m.toUpperCase())) : DEFAULT_RETRIES.methods,
    baseDelayMs: pick("baseDelayMs") ?? DEFAULT_RETRIES.baseDelayMs,
    maxDelayMs: pick("maxDelayMs") ?? DEFAULT_RETRIES.maxDelayMs,
    jitter: Math.min(1, Math.max(0, pick("jitter") ?? DEFAULT_RETRIES.jitter)),
    maxRetryAfterMs: pick("maxRetryAfterMs") ?? DEFAULT_RETRIES.maxRetryAfterMs
  };
}
export {
  DEFAULT_RETRIES,
  retriesOf
};
