import type { Accepted, ApiPromise, AsyncCallOptions, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { CreateDatacenterParams, Datacenter, Datacenters, DeleteDatacenterParams, GetDatacenterParams, ListDatacentersParams, ReplaceDatacenterParams, UpdateDatacenterParams } from './types.js';
/**
 * Operations on Datacenters.
 *
 * Virtual data centers: the containers of all other provisioned resources.
 */
export declare class Datacenters2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List data centers
     *
     * Lists the virtual data centers the user may see.
     *
     * `GET /datacenters` (listDatacenters)
     */
    list<D extends Depth = 0>(params: ListDatacentersParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Datacenters<Next<D>> | undefined>;
    /**
     * List data centers
     *
     * Lists the virtual data centers the user may see.
     *
     * `GET /datacenters` (listDatacenters)
     */
    list<D extends Depth = 0>(params?: ListDatacentersParams<D>, options?: RequestOptions): ApiPromise<Datacenters<Next<D>>>;
    /**
     * Create a data center
     *
     * Creates a virtual data center. Servers (with their volumes, NICs, firewall rules and CD-ROMs), volumes, LANs and load balancers can be created in the same request by listing them under entities (create-attach).
     *
     * `POST /datacenters` (createDatacenter)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateDatacenterParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Datacenter>;
    /**
     * Create a data center
     *
     * Creates a virtual data center. Servers (with their volumes, NICs, firewall rules and CD-ROMs), volumes, LANs and load balancers can be created in the same request by listing them under entities (create-attach).
     *
     * `POST /datacenters` (createDatacenter)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateDatacenterParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Datacenter, Datacenter>>;
    /**
     * Get a data center
     *
     * Reads one virtual data center; depth expands its servers, volumes, LANs and load balancers.
     *
     * `GET /datacenters/{dataCenterId}` (getDatacenter)
     */
    get<D extends Depth = 0>(params: GetDatacenterParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Datacenter<D> | undefined>;
    /**
     * Get a data center
     *
     * Reads one virtual data center; depth expands its servers, volumes, LANs and load balancers.
     *
     * `GET /datacenters/{dataCenterId}` (getDatacenter)
     */
    get<D extends Depth = 0>(params: GetDatacenterParams<D>, options?: RequestOptions): ApiPromise<Datacenter<D>>;
    /**
     * Replace a data center's properties
     *
     * Sets the name and description of a data center. Every writable property is sent inside "properties"; the result is the resource as it will be. The location cannot change.
     *
     * `PUT /datacenters/{dataCenterId}` (replaceDatacenter)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceDatacenterParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Datacenter>;
    /**
     * Replace a data center's properties
     *
     * Sets the name and description of a data center. Every writable property is sent inside "properties"; the result is the resource as it will be. The location cannot change.
     *
     * `PUT /datacenters/{dataCenterId}` (replaceDatacenter)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceDatacenterParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Datacenter, Datacenter>>;
    /**
     * Delete a data center
     *
     * Deletes a virtual data center and everything in it. Irreversible.
     *
     * `DELETE /datacenters/{dataCenterId}` (deleteDatacenter)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteDatacenterParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Delete a data center
     *
     * Deletes a virtual data center and everything in it. Irreversible.
     *
     * `DELETE /datacenters/{dataCenterId}` (deleteDatacenter)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteDatacenterParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * Update a data center
     *
     * Renames a data center or changes its description. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}` (updateDatacenter)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateDatacenterParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Datacenter>;
    /**
     * Update a data center
     *
     * Renames a data center or changes its description. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}` (updateDatacenter)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateDatacenterParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Datacenter, Datacenter>>;
}
