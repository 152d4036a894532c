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
export declare function attemptSignal(callers: readonly (AbortSignal | undefined)[], timeoutMs: number | undefined): AttemptSignal;
/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
/** True when any of the signals has fired. */
export declare function anyAborted(signals: readonly (AbortSignal | undefined)[]): boolean;
/** Aborts `controller` when `signal` fires, or at once if it has; returns a function that stops listening. */
export declare function forward(signal: AbortSignal, controller: AbortController): () => void;
