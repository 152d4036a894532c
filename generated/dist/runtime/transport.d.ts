import { ApiPromise, type Sent } from './api-promise.js';
import { type CallSite } from './errors.js';
import { type OperationSpec } from './operation.js';
import type { RequestOptions, TransportConfig } from './options.js';
import { type RequestDefaults } from './request.js';
/** A generated params object: path, query and header parameters by key, and `body`. */
type Params = object;
/**
 * Sends calls described by OperationSpecs: URL, headers, auth, retries,
 * timeouts, errors. Pagination and asynchronous writes are functions over a
 * Transport (`paginate`, `asyncWrite`), so an app that calls neither leaves them
 * out of its bundle.
 */
export declare class Transport {
    #private;
    constructor(config: TransportConfig);
    /** Where calls go and what they carry besides their parameters and the auth: for helpers that reach URLs the API hands out. */
    get settings(): RequestDefaults & {
        readonly optionHeaders?: Readonly<Record<string, string>> | undefined;
    };
    request<T>(spec: OperationSpec, params?: Params, options?: RequestOptions): ApiPromise<T>;
    /** Sends a call and resolves once its response has arrived, its body unread: what `request`, `paginate` and `asyncWrite` build on. */
    send<T>(spec: OperationSpec, params: Params, options: RequestOptions): Promise<Sent<T>>;
}
/** Where a call would go, for messages: method and path with its parameters filled in. */
export declare function siteOf(transport: Transport, spec: OperationSpec, params?: Params): CallSite;
export {};
