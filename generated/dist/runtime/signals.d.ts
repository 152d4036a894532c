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
export declare function attemptSignal(callers: readonly (AbortSignal | undefined)[], timeoutMs: number | undefined): AttemptSignal;
/** The error fetch and the platform reject with when a signal aborts. */
export declare function abortError(): DOMException;
/** Resolves after `ms`, or rejects with an AbortError as soon as one of the callers' signals aborts. */
export declare function sleep(ms: number, callers: readonly (AbortSignal | undefined)[]): Promise<void>;
