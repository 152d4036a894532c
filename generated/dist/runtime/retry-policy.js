const DEFAULT_RETRIES = {
  statuses: [408, 429, 502, 503, 504],
  methods: ["GET", "HEAD", "OPTIONS"],
  baseDelayMs: 500,
  maxDelayMs: 8e3,
  jitter: 0.25,
  maxRetryAfterMs: 6e4
};
function retriesOf(client, call) {
  if (!client && !call) return DEFAULT_RETRIES;
  const merged = { ...DEFAULT_RETRIES };
  for (const policy of [client, call])
    for (const [field, value] of Object.entries(policy ?? {})) if (value !== void 0) merged[field] = value;
  const retries = merged;
  return {
    ...retries,
    methods: retries.methods.map((m) => m.toUpperCase()),
    jitter: Math.min(1, Math.max(0, retries.jitter))
  };
}
export {
  retriesOf
};
