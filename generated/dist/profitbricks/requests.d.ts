import type { ApiPromise, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { GetRequestParams, GetRequestStatusParams, ListRequestsParams, Request, RequestStatus, Requests } from './types.js';
/**
 * Operations on Requests.
 *
 * Accepted writes and their status, which every 202 response points to.
 */
export declare class Requests2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List requests
     *
     * Lists the requests the API has accepted; each has a status resource.
     *
     * `GET /requests` (listRequests)
     */
    list<D extends Depth = 0>(params: ListRequestsParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Requests<Next<D>> | undefined>;
    /**
     * List requests
     *
     * Lists the requests the API has accepted; each has a status resource.
     *
     * `GET /requests` (listRequests)
     */
    list<D extends Depth = 0>(params?: ListRequestsParams<D>, options?: RequestOptions): ApiPromise<Requests<Next<D>>>;
    /**
     * Get a request
     *
     * Reads one request: method, headers, body and URL as sent, and a link to its status.
     *
     * `GET /requests/{requestId}` (getRequest)
     */
    get<D extends Depth = 0>(params: GetRequestParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Request<D> | undefined>;
    /**
     * Get a request
     *
     * Reads one request: method, headers, body and URL as sent, and a link to its status.
     *
     * `GET /requests/{requestId}` (getRequest)
     */
    get<D extends Depth = 0>(params: GetRequestParams<D>, options?: RequestOptions): ApiPromise<Request<D>>;
    /**
     * Get the status of a request
     *
     * Reads the progress of an accepted write: QUEUED, RUNNING, DONE or FAILED, overall and per touched resource. This is what the Location header of every 202 points to. Status resources are kept at least 24 hours after the request ends.
     *
     * `GET /requests/{requestId}/status` (getRequestStatus)
     */
    getStatus<D extends Depth = 0>(params: GetRequestStatusParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<RequestStatus | undefined>;
    /**
     * Get the status of a request
     *
     * Reads the progress of an accepted write: QUEUED, RUNNING, DONE or FAILED, overall and per touched resource. This is what the Location header of every 202 points to. Status resources are kept at least 24 hours after the request ends.
     *
     * `GET /requests/{requestId}/status` (getRequestStatus)
     */
    getStatus<D extends Depth = 0>(params: GetRequestStatusParams<D>, options?: RequestOptions): ApiPromise<RequestStatus>;
    /**
     * Waits until an accepted request is done, polling its status with backoff.
     *
     * `request` is its id or its status URL (the `Location` of the 202). Resolves to the final status; throws RequestFailedError if the request failed, WaitTimeoutError when `timeoutMs` passes.
     */
    wait(request: string, options?: AsyncWaitOptions): Promise<RequestStatus>;
}
