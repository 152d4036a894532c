import { parseRateLimit } from "./rate-limit.js";
function isRetryableStatus(retries, method, status, idempotent) {
  if (!retries.statuses.includes(status)) return false;
  return status === 429 || idempotent || retries.methods.includes(method);
}
function isRetryableFailure(retries, method, idempotent) {
  return idempotent || retries.methods.includes(method);
}
function retryDelay(retries, attempt, headers, now = Date.now()) {
  const retryAfter = headers ? serverDelay(headers, now) : void 0;
  if (retryAfter !== void 0) return retryAfter <= retries.maxRetryAfterMs ? retryAfter : void 0;
  const backoff = Math.min(retries.maxDelayMs, retries.baseDelayMs * 2 ** attempt) * (1 - Math.random() * retries.jitter);
  const rate = headers ? parseRateLimit(headers) : void 0;
  if (rate?.remaining === 0 && rate.limit) {
    return Math.max(backoff, Math.ceil(6e4 / rate.limit));
  }
  return backoff;
}
function serverDelay(headers, now) {
  const ms = headers.get("retry-after-ms")?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  return parseRetryAfter(headers.get("retry-after"), now);
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
  retryDelay
};
