import type { Accepted, ApiPromise, AsyncCallOptions, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { CreateServerNicParams, DeleteServerNicParams, GetServerNicParams, ListServerNicsParams, Nic, Nics, ReplaceServerNicParams, UpdateServerNicParams } from './types.js';
/**
 * Operations on Nics.
 *
 * Network interfaces of a server.
 */
export declare class Nics2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List NICs
     *
     * Lists the NICs of a server.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/nics` (listServerNics)
     */
    list<D extends Depth = 0>(params: ListServerNicsParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Nics<Next<D>> | undefined>;
    /**
     * List NICs
     *
     * Lists the NICs of a server.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/nics` (listServerNics)
     */
    list<D extends Depth = 0>(params: ListServerNicsParams<D>, options?: RequestOptions): ApiPromise<Nics<Next<D>>>;
    /**
     * Create a NIC
     *
     * Adds a NIC to a server, optionally with firewall rules. A LAN number that does not exist yet is created.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/nics` (createServerNic)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateServerNicParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Nic>;
    /**
     * Create a NIC
     *
     * Adds a NIC to a server, optionally with firewall rules. A LAN number that does not exist yet is created.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/nics` (createServerNic)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateServerNicParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Nic, Nic>>;
    /**
     * Get a NIC
     *
     * Reads one NIC; depth expands its firewall rules.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}` (getServerNic)
     */
    get<D extends Depth = 0>(params: GetServerNicParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Nic<D> | undefined>;
    /**
     * Get a NIC
     *
     * Reads one NIC; depth expands its firewall rules.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}` (getServerNic)
     */
    get<D extends Depth = 0>(params: GetServerNicParams<D>, options?: RequestOptions): ApiPromise<Nic<D>>;
    /**
     * Replace a NIC's properties
     *
     * Sets all writable properties of a NIC. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}` (replaceServerNic)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceServerNicParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Nic>;
    /**
     * Replace a NIC's properties
     *
     * Sets all writable properties of a NIC. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}` (replaceServerNic)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceServerNicParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Nic, Nic>>;
    /**
     * Delete a NIC
     *
     * Removes a NIC from its server.
     *
     * `DELETE /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}` (deleteServerNic)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteServerNicParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Delete a NIC
     *
     * Removes a NIC from its server.
     *
     * `DELETE /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}` (deleteServerNic)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteServerNicParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * Update a NIC
     *
     * Changes some properties of a NIC, e.g. its IPs or whether its firewall is active. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}` (updateServerNic)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateServerNicParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Nic>;
    /**
     * Update a NIC
     *
     * Changes some properties of a NIC, e.g. its IPs or whether its firewall is active. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}` (updateServerNic)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateServerNicParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Nic, Nic>>;
}
