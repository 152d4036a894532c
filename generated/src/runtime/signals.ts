/** Why an attempt's signal fired. */
export type AbortReason = 'caller' | 'timeout';

/**
 * A signal for one attempt: fires when a caller aborts or the timeout passes.
 * Disposing releases the timer and listeners but keeps the signal usable, so
 * the same signal can guard the response body later, once rearmed.
 */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Which of the two fired, once one has. */
  reason(): AbortReason | undefined;
  /** Listens to the callers again, with a fresh timeout (for reading the body). */
  rearm(timeoutMs: number | undefined): void;
  /** Releases the timer and listeners. */
  dispose(): void;
}

/**
 * Combines caller signals with a timeout. Written by hand rather than with
 * `AbortSignal.any`, which Node 18 lacks, and so the cause can be told apart.
 */
export function attemptSignal(
  callers: readonly (AbortSignal | undefined)[],
  timeoutMs: number | undefined,
): AttemptSignal {
  return new Attempt(callers, timeoutMs);
}

/** A class rather than closures: every call makes one, and its methods are shared. */
class Attempt implements AttemptSignal {
  readonly #controller = new AbortController();
  readonly #callers: readonly (AbortSignal | undefined)[];
  #reason: AbortReason | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The listener on the callers' signals, made once one of them is there to listen to. */
  #onAbort: (() => void) | undefined;

  constructor(callers: readonly (AbortSignal | undefined)[], timeoutMs: number | undefined) {
    this.#callers = callers;
    this.rearm(timeoutMs);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  reason(): AbortReason | undefined {
    return this.#reason;
  }

  rearm(timeoutMs: number | undefined): void {
    this.dispose();
    for (const signal of this.#callers) {
      if (!signal) continue;
      if (signal.aborted) this.#abort('caller');
      signal.addEventListener('abort', (this.#onAbort ??= () => this.#abort('caller')), { once: true });
    }
    if (timeoutMs !== undefined && timeoutMs > 0 && !this.#reason)
      this.#timer = setTimeout(() => this.#abort('timeout'), timeoutMs);
  }

  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
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
