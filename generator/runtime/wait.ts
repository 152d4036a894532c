import { AbortError, WaitFailedError, WaitTimeoutError, type CallSite } from './errors.js';
import { valueAt } from './pointer.js';
import { attemptSignal, sleep } from './signals.js';
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

export type PollStep<T> =
  { readonly done: true; readonly value: T } | { readonly done: false; readonly status: string | undefined };

/**
 * Calls `step` until it reports done, sleeping with backoff in between.
 * Throws WaitTimeoutError when time runs out, AbortError when the signal fires.
 */
export async function poll<T>(
  step: (options: RequestOptions) => Promise<PollStep<T>>,
  options: PollOptions & {
    readonly onProgress?: ((p: WaitProgress) => void) | undefined;
  },
  site: CallSite,
): Promise<T> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 600_000;
  let delay = options.intervalMs ?? 500;
  let lastStatus: string | undefined;
  let slept = 0;
  const deadline = attemptSignal([options.signal], timeoutMs);
  try {
    for (let attempt = 1; ; attempt++) {
      let result: PollStep<T>;
      try {
        result = await step({
          hooks: options.hooks,
          fetchOptions: options.fetchOptions,
          signal: deadline.signal,
          poll: { number: attempt, afterMs: slept, lastStatus },
        });
      } catch (error) {
        if (deadline.reason() === 'timeout') throw timedOut(site, timeoutMs, lastStatus);
        throw error;
      }
      if (result.done) return result.value;
      lastStatus = result.status;
      const elapsedMs = Date.now() - started;
      options.onProgress?.({ status: result.status, attempt, elapsedMs });
      if (elapsedMs + delay > timeoutMs) throw timedOut(site, timeoutMs, lastStatus);
      try {
        await sleep(delay, [deadline.signal]);
        slept = delay;
      } catch {
        if (deadline.reason() === 'timeout') throw timedOut(site, timeoutMs, lastStatus);
        throw new AbortError(`waiting on ${site.path} was aborted`, site);
      }
      delay = Math.min(options.maxIntervalMs ?? 15_000, delay * (options.backoff ?? 1.5));
    }
  } finally {
    deadline.dispose();
  }
}

function timedOut(site: CallSite, timeoutMs: number, lastStatus: string | undefined): WaitTimeoutError {
  const last = lastStatus === undefined ? '' : `; last status ${lastStatus}`;
  return new WaitTimeoutError(`waiting on ${site.path} timed out after ${timeoutMs} ms${last}`, lastStatus, site);
}

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
export function waitForStatus<T, S extends string>(
  read: (options: RequestOptions) => PromiseLike<T>,
  rule: StatusRule,
  options: WaitOptions<S>,
  site: CallSite,
): Promise<T> {
  const until: readonly string[] =
    options.until === undefined ? rule.ready : typeof options.until === 'string' ? [options.until] : options.until;
  return poll<T>(
    async (requestOptions) => {
      const resource = await read(requestOptions);
      const status = valueAt(resource, rule.status);
      const text = status === undefined || status === null ? undefined : String(status);
      if (text !== undefined && until.includes(text)) return { done: true, value: resource };
      if (text !== undefined && rule.failed.includes(text)) {
        throw new WaitFailedError(`${site.path} reached status ${text}`, text, resource, site);
      }
      return { done: false, status: text };
    },
    {
      ...options,
      onProgress: options.onProgress as ((p: WaitProgress) => void) | undefined,
    },
    site,
  );
}
