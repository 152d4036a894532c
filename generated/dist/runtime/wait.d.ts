import { type CallSite } from './errors.js';
import type { FetchOptions } from './fetch-options.js';
import type { Hooks } from './hooks.js';
import type { RequestOptions } from './options.js';
/** How a wait polls. Delays grow from `intervalMs` by `backoff` up to `maxIntervalMs`. */
export interface PollOptions {
    /** Give up after this long (default 10 minutes). */
    readonly timeoutMs?: number;
    /** First delay between polls (default 500 ms). */
    readonly intervalMs?: number;
    /** Longest delay between polls (default 15,000 ms). */
    readonly maxIntervalMs?: number;
    /** Factor each delay grows by (default 1.5). */
    readonly backoff?: number;
    readonly signal?: AbortSignal;
    /** Hooks that see every poll, after the client's. */
    readonly hooks?: Hooks | undefined;
    /** fetch's own options for every poll, over the client's. */
    readonly fetchOptions?: FetchOptions | undefined;
}
/** What a wait reports after each poll. */
export interface WaitProgress<S extends string = string> {
    readonly status: S | undefined;
    /** Polls made so far, starting at 1. */
    readonly attempt: number;
    readonly elapsedMs: number;
}
export interface WaitOptions<S extends string = string> extends PollOptions {
    /** Statuses that end the wait; by default the ones the API calls ready. */
    readonly until?: S | readonly S[];
    readonly onProgress?: (progress: WaitProgress<S>) => void;
}
export type PollStep<T> = {
    readonly done: true;
    readonly value: T;
} | {
    readonly done: false;
    readonly status: string | undefined;
};
/**
 * Calls `step` until it reports done, sleeping with backoff in between.
 * Throws WaitTimeoutError when time runs out, AbortError when the signal fires.
 */
export declare function poll<T>(step: (options: RequestOptions) => Promise<PollStep<T>>, options: PollOptions & {
    readonly onProgress?: ((p: WaitProgress) => void) | undefined;
}, site: CallSite): Promise<T>;
/** How to read a resource's status (x-wait). */
export interface StatusRule {
    /** JSON pointer to the status in the read response. */
    readonly status: string;
    readonly ready: readonly string[];
    readonly failed: readonly string[];
}
/**
 * Re-reads a resource until its status is one waited for. A failed status
 * that was not waited for ends the wait with WaitFailedError.
 */
export declare function waitForStatus<T, S extends string>(read: (options: RequestOptions) => PromiseLike<T>, rule: StatusRule, options: WaitOptions<S>, site: CallSite): Promise<T>;
