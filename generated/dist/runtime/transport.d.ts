import { ApiPromise, type Sent } from './api-promise.js';
import { type Accepted, type AsyncCallOptions, type AsyncStatusSpec, type AsyncWaitOptions } from './async-request.js';
import type { Auth } from './auth.js';
import { type CallSite } from './errors.js';
import type { AsyncOperationSpec, OperationSpec, PaginatedOperationSpec } from './operation.js';
import { PagePromise } from './pagination.js';
/** Options every generated client accepts. */
export interface ClientOptions {
    /** Where the API lives; the spec's server by default. */
    readonly baseUrl?: string;
    /** A fetch implementation; the global one by default. */
    readonly fetch?: typeof fetch;
    /** Time for one attempt of a call until the response headers arrive, and again for reading the body, in milliseconds (default 60,000). */
    readonly timeoutMs?: number;
    /** Retries after the first attempt for 429, 502, 503, 504 and network failures (default 2). */
    readonly maxRetries?: number;
    /** Aborts every call of this client. */
    readonly signal?: AbortSignal;
    /** Extra headers sent with every call. */
    readonly headers?: Readonly<Record<string, string>>;
}
/** Options of one call. */
export interface RequestOptions {
    readonly signal?: AbortSignal;
    readonly timeoutMs?: number;
    readonly maxRetries?: number;
    readonly headers?: Readonly<Record<string, string>>;
}
export interface TransportConfig extends ClientOptions {
    readonly baseUrl: string;
    readonly auth?: Auth | undefined;
    /** Values of `x-client-option` parameters, by option name. */
    readonly defaults?: Readonly<Record<string, unknown>>;
    /** Header that carries each client option, for URLs the API hands out (`follow`), which no operation describes. */
    readonly optionHeaders?: Readonly<Record<string, string>>;
}
/** A generated params object: path, query and header parameters by key, and `body`. */
type Params = object;
/** Sends calls described by OperationSpecs: URL, headers, auth, retries, timeouts, errors. */
export declare class Transport {
    #private;
    constructor(config: TransportConfig);
    /** The fetch in use, for helpers that must reach other URLs (token endpoints, status links). */
    get fetch(): typeof fetch;
    request<T>(spec: OperationSpec, params?: Params, options?: RequestOptions): ApiPromise<T>;
    /** A paginated call: the first page as asked for, the next ones by counting up the page parameter. */
    paginate<Page, Item>(spec: PaginatedOperationSpec, params?: Params, options?: RequestOptions): PagePromise<Page, Item>;
    /**
     * An asynchronous write. Resolves to the handle of the accepted request;
     * with `wait`, to what the finished write yields (the resource read back,
     * or nothing).
     */
    accept<T, R>(spec: AsyncOperationSpec, params?: Params, options?: AsyncCallOptions): ApiPromise<Accepted<T, R>> | Promise<R>;
    /** Waits for an accepted request, given by id or status URL; resolves to its final status resource. */
    waitForRequest(spec: AsyncStatusSpec, request: string, options?: AsyncWaitOptions): Promise<unknown>;
    /** Where a call would go, for messages: method and path with its parameters filled in. */
    siteOf(spec: OperationSpec, params?: Params): CallSite;
    /** Reads an absolute or base-relative URL the API handed out (an `href`, a `Location`). */
    follow<T>(url: string, options?: RequestOptions, optionValues?: Readonly<Record<string, unknown>>): ApiPromise<T>;
    send<T>(spec: OperationSpec, params: Params, options: RequestOptions): Promise<Sent<T>>;
}
export {};
