import type { Accepted, ApiPromise, AsyncCallOptions, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { CreateDatacenterLanParams, DeleteDatacenterLanParams, GetDatacenterLanParams, Lan, Lans, ListDatacenterLansParams, ReplaceDatacenterLanParams, UpdateDatacenterLanParams } from './types.js';
/**
 * Operations on Lans.
 *
 * LANs of a data center, including IP failover groups.
 */
export declare class Lans2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List LANs
     *
     * Lists the LANs of a data center.
     *
     * `GET /datacenters/{dataCenterId}/lans` (listDatacenterLans)
     */
    list<D extends Depth = 0>(params: ListDatacenterLansParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Lans<Next<D>> | undefined>;
    /**
     * List LANs
     *
     * Lists the LANs of a data center.
     *
     * `GET /datacenters/{dataCenterId}/lans` (listDatacenterLans)
     */
    list<D extends Depth = 0>(params: ListDatacenterLansParams<D>, options?: RequestOptions): ApiPromise<Lans<Next<D>>>;
    /**
     * Create a LAN
     *
     * Creates a LAN in a data center, public or private, optionally with IP failover groups.
     *
     * `POST /datacenters/{dataCenterId}/lans` (createDatacenterLan)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateDatacenterLanParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Lan>;
    /**
     * Create a LAN
     *
     * Creates a LAN in a data center, public or private, optionally with IP failover groups.
     *
     * `POST /datacenters/{dataCenterId}/lans` (createDatacenterLan)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateDatacenterLanParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Lan, Lan>>;
    /**
     * Get a LAN
     *
     * Reads one LAN; depth expands its NICs (and, further down, their firewall rules).
     *
     * `GET /datacenters/{dataCenterId}/lans/{lanId}` (getDatacenterLan)
     */
    get<D extends Depth = 0>(params: GetDatacenterLanParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Lan<D> | undefined>;
    /**
     * Get a LAN
     *
     * Reads one LAN; depth expands its NICs (and, further down, their firewall rules).
     *
     * `GET /datacenters/{dataCenterId}/lans/{lanId}` (getDatacenterLan)
     */
    get<D extends Depth = 0>(params: GetDatacenterLanParams<D>, options?: RequestOptions): ApiPromise<Lan<D>>;
    /**
     * Replace a LAN's properties
     *
     * Sets all writable properties of a LAN. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /datacenters/{dataCenterId}/lans/{lanId}` (replaceDatacenterLan)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceDatacenterLanParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Lan>;
    /**
     * Replace a LAN's properties
     *
     * Sets all writable properties of a LAN. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /datacenters/{dataCenterId}/lans/{lanId}` (replaceDatacenterLan)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceDatacenterLanParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Lan, Lan>>;
    /**
     * Delete a LAN
     *
     * Deletes a LAN.
     *
     * `DELETE /datacenters/{dataCenterId}/lans/{lanId}` (deleteDatacenterLan)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteDatacenterLanParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Delete a LAN
     *
     * Deletes a LAN.
     *
     * `DELETE /datacenters/{dataCenterId}/lans/{lanId}` (deleteDatacenterLan)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteDatacenterLanParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * Update a LAN
     *
     * Changes some properties of a LAN, e.g. sets up IP failover. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}/lans/{lanId}` (updateDatacenterLan)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateDatacenterLanParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Lan>;
    /**
     * Update a LAN
     *
     * Changes some properties of a LAN, e.g. sets up IP failover. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}/lans/{lanId}` (updateDatacenterLan)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateDatacenterLanParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Lan, Lan>>;
}
