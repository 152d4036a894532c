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
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new DOMException("aborted", "AbortError"));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException("aborted", "AbortError"));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
export {
  attemptSignal,
  sleep
};
