/** Why an attempt's signal fired. */
export type AbortReason = 'caller' | 'timeout';

/**
 * A signal for one attempt: fires when a caller aborts or the timeout passes.
 * Between the response and the reading of its body it rests, so that a
 * result awaited late still reads; rearmed, the same signal guards the body.
 */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Which of the two fired, once one has. */
  reason(): AbortReason | undefined;
  /** Listens to the callers again, with a fresh timeout (for reading the body). */
  rearm(timeoutMs: number | undefined): void;
  /** Neither the callers nor the timeout fire it until it is rearmed; the timer holds no process open. */
  rest(): void;
  /** Releases the timer and listeners. */
  dispose(): void;
}

/**
 * Combines caller signals with a timeout. Written by hand rather than with
 * `AbortSignal.any`, which Node 18 lacks, and so the cause can be told apart;
 * a class, so that a call makes one object here rather than a closure per
 * method.
 */
export function attemptSignal(
  callers: readonly (AbortSignal | undefined)[],
  timeoutMs: number | undefined,
): AttemptSignal {
  return new CombinedSignal(callers, timeoutMs);
}

/** What Node's and Bun's timers have besides an id. */
interface HeldTimer {
  ref?(): unknown;
  unref?(): unknown;
}

/**
 * The timeout is kept as a deadline, and the timer set for an earlier one
 * is kept when it is rearmed: when it fires before the deadline it sets
 * itself again for the rest. A call whose body is read at once so sets one
 * timer, not one for the response and one more for the body.
 */
class CombinedSignal implements AttemptSignal {
  readonly #controller = new AbortController();
  readonly signal = this.#controller.signal;
  readonly #callers: readonly (AbortSignal | undefined)[];
  #reason: AbortReason | undefined;
  /** When the timeout fires (performance.now()); undefined while resting or released. */
  #deadline: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the timer fires: never after the deadline. */
  #due = 0;
  /** Made once a caller gives a signal to listen to. */
  #onAbort: (() => void) | undefined;

  constructor(callers: readonly (AbortSignal | undefined)[], timeoutMs: number | undefined) {
    this.#callers = callers;
    this.rearm(timeoutMs);
  }

  reason(): AbortReason | undefined {
    return this.#reason;
  }

  rearm(ms: number | undefined): void {
    this.#unlisten();
    for (const signal of this.#callers) {
      if (!signal) continue;
      if (signal.aborted) this.#abort('caller');
      signal.addEventListener('abort', (this.#onAbort ??= () => this.#abort('caller')), { once: true });
    }
    if (ms === undefined || ms <= 0 || this.#reason) return this.#stop();
    const deadline = performance.now() + ms;
    this.#deadline = deadline;
    const timer = this.#timer;
    if (timer !== undefined && this.#due <= deadline) {
      (timer as HeldTimer).ref?.();
      return;
    }
    if (timer !== undefined) clearTimeout(timer);
    this.#schedule(ms, deadline);
  }

  rest(): void {
    this.#deadline = undefined;
    this.#unlisten();
    const timer = this.#timer as HeldTimer | undefined;
    // Where a timer can be let go of without clearing it, it stays, to serve the body's deadline.
    if (timer?.unref) timer.unref();
    else this.#stop();
  }

  dispose(): void {
    this.#unlisten();
    this.#stop();
  }

  #schedule(ms: number, deadline: number): void {
    this.#due = deadline;
    this.#timer = setTimeout(() => this.#expire(), ms);
  }

  #expire(): void {
    this.#timer = undefined;
    const deadline = this.#deadline;
    if (deadline === undefined) return;
    const left = deadline - performance.now();
    if (left > 0) this.#schedule(Math.ceil(left), deadline);
    else this.#abort('timeout');
  }

  #stop(): void {
    this.#deadline = undefined;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #unlisten(): void {
    const onAbort = this.#onAbort;
    if (onAbort) for (const signal of this.#callers) signal?.removeEventListener('abort', onAbort);
  }

  #abort(why: AbortReason): void {
    if (this.#reason) return;
    this.#reason = why;
    this.#controller.abort();
  }
}

/** The error fetch and the platform reject with when a signal aborts. */
export function abortError(): DOMException {
  return new DOMException('aborted', 'AbortError');
}

/** Resolves after `ms`, or rejects with an AbortError as soon as one of the callers' signals aborts. */
export async function sleep(ms: number, callers: readonly (AbortSignal | undefined)[]): Promise<void> {
  // The pause is an attempt signal that times out when the wait is over (at least a millisecond: 0 means none).
  const pause = attemptSignal(callers, Math.max(ms, 1));
  if (!pause.reason()) await new Promise((resolve) => pause.signal.addEventListener('abort', resolve, { once: true }));
  pause.dispose();
  if (pause.reason() === 'caller') throw abortError();
}
