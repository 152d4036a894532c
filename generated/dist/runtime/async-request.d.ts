import { ApiPromise, type ApiResult } from './api-promise.js';
import { type CallSite } from './errors.js';
import type { AsyncOperationSpec } from './operation.js';
import type { RateLimit } from './rate-limit.js';
import type { RequestOptions } from './options.js';
import type { Transport } from './transport.js';
import type { PollOptions, WaitProgress } from './wait.js';
/** How the API reports the progress of an accepted write (x-async-status). */
export interface AsyncStatusSpec {
    /** Response header holding the status URL. */
    readonly header: string;
    /** JSON pointers into the status resource. */
    readonly status: string;
    readonly message?: string;
    readonly pending: readonly string[];
    readonly done: readonly string[];
    readonly failed: readonly string[];
    /** Path template of the status resource (`/requests/{requestId}/status`): request ids are read from it and put into it. */
    readonly path?: string;
}
/** What an accepted write resolves to once done (x-async). */
export interface AsyncSpec {
    readonly result: 'resource' | 'none';
    readonly status: AsyncStatusSpec;
}
export interface AsyncWaitOptions extends PollOptions {
    /** Called after every poll that found the request still pending. */
    readonly onProgress?: (progress: WaitProgress) => void;
}
/** Options of an asynchronous write: `wait` makes the call resolve once the write is done. */
export interface AsyncCallOptions extends RequestOptions {
    readonly wait?: boolean | AsyncWaitOptions | undefined;
}
/**
 * An accepted write (202): usable at once, and awaitable to completion.
 * `T` is the accepted resource as the response carried it; `R` is what
 * `wait()` resolves to: the resource read back once done, or nothing.
 */
export interface Accepted<T, R> {
    /**
     * The resource as accepted: its id is known, its state is usually BUSY.
     * Undefined when the response's body broke off: the write was applied
     * all the same, and `wait()` still waits for it and reads it back.
     */
    readonly resource: T | undefined;
    /** The id under which the API tracks the write, from its status URL (`/requests/{id}/status`). */
    readonly asyncRequestId: string | undefined;
    /** @deprecated The same as `asyncRequestId`, which does not read as the correlation id every result has; kept for one release. */
    readonly requestId: string | undefined;
    /** The status URL to poll. */
    readonly location: string | undefined;
    readonly etag: string | undefined;
    readonly rateLimit: RateLimit | undefined;
    /** Polls the request's status until it is done, then resolves; throws RequestFailedError if it failed. */
    wait(options?: AsyncWaitOptions): Promise<R>;
}
/** Reads a URL the API handed out, with the client's credentials and retries. */
export type Follow = (url: string, options: RequestOptions) => PromiseLike<unknown>;
/** Turns the result of an accepted write, sent to `site`, into its handle; `data` is undefined when the body broke off. */
export declare function acceptedFrom<T, R>(result: ApiResult<T | undefined>, spec: AsyncSpec, follow: Follow, site: CallSite): Accepted<T, R>;
/**
 * An asynchronous write. Resolves to the handle of the accepted request;
 * with `wait`, to what the finished write yields (the resource read back,
 * or nothing).
 */
export declare function asyncWrite<T, R>(transport: Transport, spec: AsyncOperationSpec, params?: object, options?: AsyncCallOptions): ApiPromise<Accepted<T, R>> | Promise<R>;
/** Waits for an accepted request, given by id or status URL; resolves to its final status resource. */
export declare function pollRequest(transport: Transport, spec: AsyncStatusSpec, request: string, options?: AsyncWaitOptions): Promise<unknown>;
/** @deprecated Renamed `asyncWrite`: `accept` read like the Accept header. Kept for one release. */
export declare const accept: typeof asyncWrite;
/** @deprecated Renamed `pollRequest`. Kept for one release. */
export declare const awaitRequest: typeof pollRequest;
