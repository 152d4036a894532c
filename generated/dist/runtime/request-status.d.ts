/**
 * The status of an accepted request: where it is, what its id is, and
 * polling it until it is done.
 */
import { ApiError, type CallSite } from './errors.js';
import type { AsyncStatusSpec, AsyncWaitOptions, Follow } from './async-request.js';
/** An accepted write ended in a failed state; `detail` holds the status resource as last read. */
export declare class RequestFailedError extends ApiError {
    readonly status: string;
    readonly detail: unknown;
    readonly location: string;
    constructor(message: string, status: string, detail: unknown, location: string, site: CallSite);
}
/**
 * Polls a request's status URL until it is done (resolving to the status
 * resource) or failed (throwing RequestFailedError with the API's message).
 */
export declare function pollStatusUrl(location: string, spec: AsyncStatusSpec, follow: Follow, options: AsyncWaitOptions, site: CallSite): Promise<unknown>;
/** The status URL of a request given by id or by URL. */
export declare function statusUrl(request: string, spec: AsyncStatusSpec): string;
/** The request id in a status URL, where the status path template says it is. */
export declare function requestIdOf(location: string, spec: AsyncStatusSpec): string | undefined;
/** The path of an absolute or relative URL. */
export declare function pathOf(url: string): string;
