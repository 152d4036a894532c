import type { CallSite } from './errors.js';
import { type RateLimit } from './rate-limit.js';
/** A result with the response it came from. */
export interface ApiResult<T> {
    readonly data: T;
    /** The raw response; its body has been read. */
    readonly response: Response;
    readonly status: number;
    /** The correlation id sent, or the one the server answered with. */
    readonly requestId: string | undefined;
    /** The `ETag` header: pass it back as `ifMatch` to update only an unchanged resource. */
    readonly etag: string | undefined;
    readonly rateLimit: RateLimit | undefined;
}
/** A sent call whose body is not read yet: `parse` reads it once. */
export interface Sent<T> {
    readonly response: Response;
    /** Where the call went, with the request id sent or answered. */
    readonly site: CallSite;
    /** The body, read as the operation declares it. */
    parse(): Promise<T>;
}
/** The result of a response whose body has been read as `data`. */
export declare function apiResult<T>(data: T, response: Response, requestId: string | undefined): ApiResult<T>;
/**
 * What every operation returns: await it for the typed data, or ask for
 * `withResponse()` (data and response metadata) or `asResponse()` (the raw,
 * unread Response). The call starts at once; the body is read on demand.
 */
export declare class ApiPromise<T> implements PromiseLike<T> {
    #private;
    constructor(sent: Promise<Sent<T>>);
    /** The data with status, headers, request id, ETag and rate limit. */
    withResponse(): Promise<ApiResult<T>>;
    /** The raw response, body unread (error statuses still throw). */
    asResponse(): Promise<Response>;
    then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B>;
    catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B>;
    finally(onFinally?: (() => void) | null): Promise<T>;
    /** The data an `await` gives: this call's body, read once. A subclass whose data may come from elsewhere says so here. */
    protected read(): Promise<T>;
}
