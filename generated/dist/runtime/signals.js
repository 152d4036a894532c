function attemptSignal(callers, timeoutMs) {
  return new CombinedSignal(callers, timeoutMs);
}
class CombinedSignal {
  constructor(callers, timeoutMs) {
    this.#controller = new AbortController();
    this.signal = this.#controller.signal;
    /** When the timer fires: never after the deadline. */
    this.#due = 0;
    this.#callers = callers;
    this.rearm(timeoutMs);
  }
  #controller;
  #callers;
  #reason;
  /** When the timeout fires (performance.now()); undefined while resting or released. */
  #deadline;
  #timer;
  #due;
  /** Made once a caller gives a signal to listen to. */
  #onAbort;
  reason() {
    return this.#reason;
  }
  rearm(ms) {
    this.#unlisten();
    for (const signal of this.#callers) {
      if (!signal) continue;
      if (signal.aborted) this.#abort("caller");
      signal.addEventListener("abort", this.#onAbort ??= () => this.#abort("caller"), { once: true });
    }
    if (ms === void 0 || ms <= 0 || this.#reason) return this.#stop();
    const deadline = performance.now() + ms;
    this.#deadline = deadline;
    const timer = this.#timer;
    if (timer !== void 0 && this.#due <= deadline) {
      timer.ref?.();
      return;
    }
    if (timer !== void 0) clearTimeout(timer);
    this.#schedule(ms, deadline);
  }
  rest() {
    this.#deadline = void 0;
    this.#unlisten();
    const timer = this.#timer;
    if (timer?.unref) timer.unref();
    else this.#stop();
  }
  dispose() {
    this.#unlisten();
    this.#stop();
  }
  #schedule(ms, deadline) {
    this.#due = deadline;
    this.#timer = setTimeout(() => this.#expire(), ms);
  }
  #expire() {
    this.#timer = void 0;
    const deadline = this.#deadline;
    if (deadline === void 0) return;
    const left = deadline - performance.now();
    if (left > 0) this.#schedule(Math.ceil(left), deadline);
    else this.#abort("timeout");
  }
  #stop() {
    this.#deadline = void 0;
    if (this.#timer !== void 0) clearTimeout(this.#timer);
    this.#timer = void 0;
  }
  #unlisten() {
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
