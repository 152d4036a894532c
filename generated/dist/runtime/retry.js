import { parseRateLimit } from "./rate-limit.js";
const SAFE_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS"]);
const TRANSIENT_STATUSES = /* @__PURE__ */ new Set([429, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 6e4;
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8e3;
function isRetryableStatus(method, status) {
  if (status === 429) return true;
  return TRANSIENT_STATUSES.has(status) && SAFE_METHODS.has(method);
}
function isRetryableFailure(method) {
  return SAFE_METHODS.has(method);
}
function retryDelay(attempt, headers, now = Date.now()) {
  const retryAfter = headers ? parseRetryAfter(headers.get("retry-after"), now) : void 0;
  if (retryAfter !== void 0) return retryAfter <= MAX_RETRY_AFTER_MS ? retryAfter : void 0;
  const backoff = Math.min(MAX_DELAY_MS, INITIAL_DELAY_MS * 2 ** attempt) * (1 - Math.random() * 0.25);
  const rate = headers ? parseRateLimit(headers) : void 0;
  if (rate?.remaining === 0 && rate.limit) {
    return Math.max(backoff, Math.ceil(6e4 / rate.limit));
  }
  return backoff;
}
function parseRetryAfter(value, now) {
  if (value === null || value.trim() === "") return void 0;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1e3;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
export {
  isRetryableFailure,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay
};
