/** Why an attempt's signal fired. */
export type AbortReason = 'caller' | 'timeout';

/** A signal for one attempt: fires when the caller aborts or the timeout passes. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Which of the two fired, once one has. */
  reason(): AbortReason | undefined;
  /** Releases the timer and listeners; call when the attempt is over. */
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
  const abort = (why: AbortReason): void => {
    if (reason) return;
    reason = why;
    controller.abort();
  };
  const listeners: (() => void)[] = [];
  for (const signal of callers) {
    if (!signal) continue;
    if (signal.aborted) abort('caller');
    const onAbort = (): void => abort('caller');
    signal.addEventListener('abort', onAbort, { once: true });
    listeners.push(() => signal.removeEventListener('abort', onAbort));
  }
  const timer =
    timeoutMs !== undefined && timeoutMs > 0 && !reason ? setTimeout(() => abort('timeout'), timeoutMs) : undefined;
  return {
    signal: controller.signal,
    reason: () => reason,
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const remove of listeners) remove();
    },
  };
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('aborted', 'AbortError'));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** True when any of the signals has fired. */
export function anyAborted(signals: readonly (AbortSignal | undefined)[]): boolean {
  return signals.some((s) => s?.aborted === true);
}

/** Aborts `controller` when `signal` fires, or at once if it has; returns a function that stops listening. */
export function forward(signal: AbortSignal, controller: AbortController): () => void {
  const abort = (): void => controller.abort();
  if (signal.aborted) abort();
  else signal.addEventListener('abort', abort, { once: true });
  return () => signal.removeEventListener('abort', abort);
}
