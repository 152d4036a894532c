function attemptSignal(callers, timeoutMs) {
  const controller = new AbortController();
  let reason;
  const abort = (why) => {
    if (reason) return;
    reason = why;
    controller.abort();
  };
  const listeners = [];
  for (const signal of callers) {
    if (!signal) continue;
    if (signal.aborted) abort("caller");
    const onAbort = () => abort("caller");
    signal.addEventListener("abort", onAbort, { once: true });
    listeners.push(() => signal.removeEventListener("abort", onAbort));
  }
  const timer = timeoutMs !== void 0 && timeoutMs > 0 && !reason ? setTimeout(() => abort("timeout"), timeoutMs) : void 0;
  return {
    signal: controller.signal,
    reason: () => reason,
    dispose: () => {
      if (timer !== void 0) clearTimeout(timer);
      for (const remove of listeners) remove();
    }
  };
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException("aborted", "AbortError"));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException("aborted", "AbortError"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function anyAborted(signals) {
  return signals.some((s) => s?.aborted === true);
}
function forward(signal, controller) {
  const abort = () => controller.abort();
  if (signal.aborted) abort();
  else signal.addEventListener("abort", abort, { once: true });
  return () => signal.removeEventListener("abort", abort);
}
export {
  anyAborted,
  attemptSignal,
  forward,
  sleep
};
