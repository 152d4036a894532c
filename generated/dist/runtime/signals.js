function attemptSignal(callers, timeoutMs) {
  const controller = new AbortController();
  let reason;
  let timer;
  const abort = (why) => {
    if (reason) return;
    reason = why;
    controller.abort();
  };
  const onAbort = () => abort("caller");
  const dispose = () => {
    if (timer !== void 0) clearTimeout(timer);
    timer = void 0;
    for (const signal of callers) signal?.removeEventListener("abort", onAbort);
  };
  const arm = (ms) => {
    dispose();
    for (const signal of callers) {
      if (!signal) continue;
      if (signal.aborted) abort("caller");
      signal.addEventListener("abort", onAbort, { once: true });
    }
    if (ms !== void 0 && ms > 0 && !reason) timer = setTimeout(() => abort("timeout"), ms);
  };
  arm(timeoutMs);
  return { signal: controller.signal, reason: () => reason, rearm: arm, dispose };
}
function sleep(ms, signals) {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      for (const signal of signals) signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      stop();
      reject(new DOMException("aborted", "AbortError"));
    };
    const timer = setTimeout(() => {
      stop();
      resolve();
    }, ms);
    for (const signal of signals) signal?.addEventListener("abort", onAbort, { once: true });
    if (anyAborted(signals)) onAbort();
  });
}
function anyAborted(signals) {
  return signals.some((s) => s?.aborted === true);
}
export {
  anyAborted,
  attemptSignal,
  sleep
};
