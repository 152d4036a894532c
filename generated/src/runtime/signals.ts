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
  const controller = new AbortController();
  let reason: AbortReason | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const abort = (why: AbortReason): void => {
    if (reason) return;
    reason = why;
    controller.abort();
  };
  const onAbort = (): void => abort('caller');
  const dispose = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    for (const signal of callers) signal?.removeEventListener('abort', onAbort);
  };
  const arm = (ms: number | undefined): void => {
    dispose();
    for (const signal of callers) {
      if (!signal) continue;
      if (signal.aborted) abort('caller');
      signal.addEventListener('abort', onAbort, { once: true });
    }
    if (ms !== undefined && ms > 0 && !reason) timer = setTimeout(() => abort('timeout'), ms);
  };
  arm(timeoutMs);
  return {
    signal: controller.signal,
    reason: () => reason,
    rearm: arm,
    dispose,
  };
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
