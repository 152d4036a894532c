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
 * `AbortSignal.any`, which Node 18 lacks, and so the cause can be told apart.
 *
 * The timeout is kept as a deadline, and a timer set for an earlier one is
 * kept when it is rearmed: firing before the deadline, it sets itself again
 * for the rest. A call whose body is read at once so sets one timer, not one
 * for the response and one more for the body.
 */
export function attemptSignal(
  callers: readonly (AbortSignal | undefined)[],
  timeoutMs: number | undefined,
): AttemptSignal {
  const controller = new AbortController();
  let reason: AbortReason | undefined;
  // When the timeout fires (performance.now()); undefined while resting or released.
  let deadline: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // When the timer fires: never after the deadline.
  let due = 0;
  const abort = (why: AbortReason): void => {
    if (reason) return;
    reason = why;
    controller.abort();
  };
  const onAbort = (): void => abort('caller');
  const unlisten = (): void => {
    for (const signal of callers) signal?.removeEventListener('abort', onAbort);
  };
  const stop = (): void => {
    deadline = undefined;
    clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (ms: number): void => {
    due = deadline!;
    timer = setTimeout(expire, ms);
  };
  const expire = (): void => {
    timer = undefined;
    if (deadline === undefined) return;
    const left = deadline - performance.now();
    if (left > 0) schedule(Math.ceil(left));
    else abort('timeout');
  };
  const rearm = (ms: number | undefined): void => {
    unlisten();
    for (const signal of callers) {
      if (!signal) continue;
      if (signal.aborted) abort('caller');
      signal.addEventListener('abort', onAbort, { once: true });
    }
    if (ms === undefined || ms <= 0 || reason) return stop();
    deadline = performance.now() + ms;
    if (timer === undefined || due > deadline) {
      clearTimeout(timer);
      schedule(ms);
    } else (timer as HeldTimer).ref?.();
  };
  rearm(timeoutMs);
  return {
    signal: controller.signal,
    reason: () => reason,
    rearm,
    rest: () => {
      deadline = undefined;
      unlisten();
      // Where a timer can be let go of without clearing it, it stays, to serve the body's deadline.
      const held = timer as HeldTimer | undefined;
      if (held?.unref) held.unref();
      else stop();
    },
    dispose: () => {
      unlisten();
      stop();
    },
  };
}

/** What Node's and Bun's timers have besides an id. */
interface HeldTimer {
  ref?(): unknown;
  unref?(): unknown;
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
