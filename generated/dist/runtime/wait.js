import { AbortError, WaitFailedError, WaitTimeoutError } from './errors.js';
import { valueAt } from './pointer.js';
import { attemptSignal, sleep } from './signals.js';
/**
 * Calls `step` until it reports done, sleeping with backoff in between.
 * Throws WaitTimeoutError when time runs out, AbortError when the signal fires.
 */
export async function poll(step, options, site) {
    const started = Date.now();
    const timeoutMs = options.timeoutMs ?? 600_000;
    let delay = options.intervalMs ?? 1_000;
    let lastStatus;
    const deadline = attemptSignal([options.signal], timeoutMs);
    try {
        for (let attempt = 1;; attempt++) {
            let result;
            try {
                result = await step({ signal: deadline.signal });
            }
            catch (error) {
                if (deadline.reason() === 'timeout')
                    throw timedOut(site, timeoutMs, lastStatus);
                throw error;
            }
            if (result.done)
                return result.value;
            lastStatus = result.status;
            const elapsedMs = Date.now() - started;
            options.onProgress?.({ status: result.status, attempt, elapsedMs });
            if (elapsedMs + delay > timeoutMs)
                throw timedOut(site, timeoutMs, lastStatus);
            try {
                await sleep(delay, deadline.signal);
            }
            catch {
                if (deadline.reason() === 'timeout')
                    throw timedOut(site, timeoutMs, lastStatus);
                throw new AbortError(`waiting on ${site.path} was aborted`, site);
            }
            delay = Math.min(options.maxIntervalMs ?? 15_000, delay * (options.backoff ?? 1.5));
        }
    }
    finally {
        deadline.dispose();
    }
}
function timedOut(site, timeoutMs, lastStatus) {
    const last = lastStatus === undefined ? '' : `; last status ${lastStatus}`;
    return new WaitTimeoutError(`waiting on ${site.path} timed out after ${timeoutMs} ms${last}`, lastStatus, site);
}
/**
 * Re-reads a resource until its status is one waited for. A failed status
 * that was not waited for ends the wait with WaitFailedError.
 */
export function waitForStatus(read, rule, options, site) {
    const until = options.until === undefined ? rule.ready : typeof options.until === 'string' ? [options.until] : options.until;
    return poll(async (requestOptions) => {
        const resource = await read(requestOptions);
        const status = valueAt(resource, rule.status);
        const text = status === undefined || status === null ? undefined : String(status);
        if (text !== undefined && until.includes(text))
            return { done: true, value: resource };
        if (text !== undefined && rule.failed.includes(text)) {
            throw new WaitFailedError(`${site.path} reached status ${text}`, text, resource, site);
        }
        return { done: false, status: text };
    }, { ...options, onProgress: options.onProgress }, site);
}
