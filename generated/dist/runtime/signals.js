/**
 * Combines caller signals with a timeout. Written by hand rather than with
 * `AbortSignal.any`, which Node 18 lacks, and so the cause can be told apart.
 */
export function attemptSignal(callers, timeoutMs) {
    const controller = new AbortController();
    let reason;
    const abort = (why) => {
        if (reason)
            return;
        reason = why;
        controller.abort();
    };
    const listeners = [];
    for (const signal of callers) {
        if (!signal)
            continue;
        if (signal.aborted)
            abort('caller');
        const onAbort = () => abort('caller');
        signal.addEventListener('abort', onAbort, { once: true });
        listeners.push(() => signal.removeEventListener('abort', onAbort));
    }
    const timer = timeoutMs !== undefined && timeoutMs > 0 && !reason ? setTimeout(() => abort('timeout'), timeoutMs) : undefined;
    return {
        signal: controller.signal,
        reason: () => reason,
        dispose: () => {
            if (timer !== undefined)
                clearTimeout(timer);
            for (const remove of listeners)
                remove();
        },
    };
}
/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new DOMException('aborted', 'AbortError'));
        const onAbort = () => {
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
export function anyAborted(signals) {
    return signals.some((s) => s?.aborted === true);
}
