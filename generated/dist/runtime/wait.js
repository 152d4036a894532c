import { AbortError, WaitFailedError, WaitTimeoutError } from "./errors.js";
import { valueAt } from "./pointer.js";
import { attemptSignal, sleep } from "./signals.js";
async function poll(step, options, site) {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 6e5;
  let delay = options.intervalMs ?? 500;
  let lastStatus;
  let slept = 0;
  const deadline = attemptSignal([options.signal], timeoutMs);
  try {
    for (let attempt = 1; ; attempt++) {
      let result;
      try {
        result = await step({
          hooks: options.hooks,
          fetchOptions: options.fetchOptions,
          signal: deadline.signal,
          poll: { number: attempt, afterMs: slept, lastStatus }
        });
      } catch (error) {
        if (deadline.reason() === "timeout") throw timedOut(site, timeoutMs, lastStatus);
        throw error;
      }
      if (result.done) return result.value;
      lastStatus = result.status;
      const elapsedMs = Date.now() - started;
      options.onProgress?.({ status: result.status, attempt, elapsedMs });
      if (elapsedMs + delay > timeoutMs) throw timedOut(site, timeoutMs, lastStatus);
      try {
        await sleep(delay, [deadline.signal]);
        slept = delay;
      } catch {
        if (deadline.reason() === "timeout") throw timedOut(site, timeoutMs, lastStatus);
        throw new AbortError(`waiting on ${site.path} was aborted`, site);
      }
      delay = Math.min(options.maxIntervalMs ?? 15e3, delay * (options.backoff ?? 1.5));
    }
  } finally {
    deadline.dispose();
  }
}
function timedOut(site, timeoutMs, lastStatus) {
  const last = lastStatus === void 0 ? "" : `; last status ${lastStatus}`;
  return new WaitTimeoutError(`waiting on ${site.path} timed out after ${timeoutMs} ms${last}`, lastStatus, site);
}
function waitForStatus(read, rule, options, site) {
  const until = options.until === void 0 ? rule.ready : typeof options.until === "string" ? [options.until] : options.until;
  return poll(
    async (requestOptions) => {
      const resource = await read(requestOptions);
      const status = valueAt(resource, rule.status);
      const text = status === void 0 || status === null ? void 0 : String(status);
      if (text !== void 0 && until.includes(text)) return { done: true, value: resource };
      if (text !== void 0 && rule.failed.includes(text)) {
        throw new WaitFailedError(`${site.path} reached status ${text}`, text, resource, site);
      }
      return { done: false, status: text };
    },
    {
      ...options,
      onProgress: options.onProgress
    },
    site
  );
}
export {
  poll,
  waitForStatus
};
