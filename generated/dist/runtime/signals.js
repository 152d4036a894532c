function attemptSignal(callers, timeoutMs) {
  return new Attempt(callers, timeoutMs);
}
class Attempt {
  #controller = new AbortController();
  #callers;
  #reason;
  #timer;
  /** The listener on the callers' signals, made once one of them is there to listen to. */
  #onAbort;
  constructor(callers, timeoutMs) {
    this.#callers = callers;
    this.rearm(timeoutMs);
  }
  get signal() {
    return this.#controller.signal;
  }
  reason() {
    return this.#reason;
  }
  rearm(timeoutMs) {
    this.dispose();
    for (const signal of this.#callers) {
      if (!signal) continue;
      if (signal.aborted) this.#abort("caller");
      signal.addEventListener("abort", this.#onAbort ??= () => this.#abort("caller"), { once: true });
    }
    if (timeoutMs !== void 0 && timeoutMs > 0 && !this.#reason)
      this.#timer = setTimeout(() => this.#abort("timeout"), timeoutMs);
  }
  dispose() {
    if (this.#timer !== void 0) clearTimeout(this.#timer);
    this.#timer = void 0;
    const onAbort = this.#onAbort;
    if (onAbort) for (const signal of this.#callers) signal?.removeEventListener("abort", onAbort);
  }
  #abort(why) {
    if (this.#reason) return;
    this.#reason = why;
    this.#controller.abort();
  }
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
