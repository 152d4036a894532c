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
  return {
    signal: controller.signal,
    reason: () => reason,
    rearm: arm,
    dispose
  };
}
function abortError() {
  return new DOMException("aborted", "AbortError");
}
async function sleep(ms, callers) {
  const pause = attemptSignal(callers, Math.max(ms, 1));
  if (!pause.reason()) await new Promise((resolve) => pause.signal.addEventListener("abort", resolve, { once: true }));
  pause.dispose();
  if (pause.reason() === "caller") throw abortError();
}
export {
  abortError,
  attemptSignal,
  sleep
};
