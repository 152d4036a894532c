function attemptSignal(callers, timeoutMs) {
  const controller = new AbortController();
  let reason;
  let deadline;
  let timer;
  let due = 0;
  const abort = (why) => {
    if (reason) return;
    reason = why;
    controller.abort();
  };
  const onAbort = () => abort("caller");
  const unlisten = () => {
    for (const signal of callers) signal?.removeEventListener("abort", onAbort);
  };
  const stop = () => {
    deadline = void 0;
    clearTimeout(timer);
    timer = void 0;
  };
  const schedule = (ms) => {
    due = deadline;
    timer = setTimeout(expire, ms);
  };
  const expire = () => {
    timer = void 0;
    if (deadline === void 0) return;
    const left = deadline - performance.now();
    if (left > 0) schedule(Math.ceil(left));
    else abort("timeout");
  };
  const rearm = (ms) => {
    unlisten();
    for (const signal of callers) {
      if (!signal) continue;
      if (signal.aborted) abort("caller");
      signal.addEventListener("abort", onAbort, { once: true });
    }
    if (ms === void 0 || ms <= 0 || reason) return stop();
    deadline = performance.now() + ms;
    if (timer === void 0 || due > deadline) {
      clearTimeout(timer);
      schedule(ms);
    } else timer.ref?.();
  };
  rearm(timeoutMs);
  return {
    signal: controller.signal,
    reason: () => reason,
    rearm,
    rest: () => {
      deadline = void 0;
      unlisten();
      const held = timer;
      if (held?.unref) held.unref();
      else stop();
    },
    dispose: () => {
      unlisten();
      stop();
    }
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
