import type { Accepted, ApiPromise, AsyncCallOptions, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { AttachServerCdromParams, AttachServerVolumeParams, CreateDatacenterServerParams, DeleteDatacenterServerParams, DetachServerCdromParams, DetachServerVolumeParams, GetDatacenterServerParams, GetServerCdromParams, GetServerVolumeParams, Image, Images, ListDatacenterServersParams, ListServerCdromsParams, ListServerVolumesParams, RebootServerParams, ReplaceDatacenterServerParams, Server, Servers, StartServerParams, StopServerParams, UpdateDatacenterServerParams, Volume, Volumes } from './types.js';
/**
 * Operations on Servers.
 *
 * Servers of a data center, their attached volumes and CD-ROMs, and power actions.
 */
export declare class Servers2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List servers
     *
     * Lists the servers of a data center.
     *
     * `GET /datacenters/{dataCenterId}/servers` (listDatacenterServers)
     */
    list<D extends Depth = 0>(params: ListDatacenterServersParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Servers<Next<D>> | undefined>;
    /**
     * List servers
     *
     * Lists the servers of a data center.
     *
     * `GET /datacenters/{dataCenterId}/servers` (listDatacenterServers)
     */
    list<D extends Depth = 0>(params: ListDatacenterServersParams<D>, options?: RequestOptions): ApiPromise<Servers<Next<D>>>;
    /**
     * Create a server
     *
     * Creates a server in a data center. Volumes can be created or attached, NICs created and CD-ROMs attached in the same request (create-attach).
     *
     * `POST /datacenters/{dataCenterId}/servers` (createDatacenterServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateDatacenterServerParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Server>;
    /**
     * Create a server
     *
     * Creates a server in a data center. Volumes can be created or attached, NICs created and CD-ROMs attached in the same request (create-attach).
     *
     * `POST /datacenters/{dataCenterId}/servers` (createDatacenterServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateDatacenterServerParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Server, Server>>;
    /**
     * Get a server
     *
     * Reads one server with its configuration and machine state; depth expands its CD-ROMs, volumes and NICs.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}` (getDatacenterServer)
     */
    get<D extends Depth = 0>(params: GetDatacenterServerParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Server<D> | undefined>;
    /**
     * Get a server
     *
     * Reads one server with its configuration and machine state; depth expands its CD-ROMs, volumes and NICs.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}` (getDatacenterServer)
     */
    get<D extends Depth = 0>(params: GetDatacenterServerParams<D>, options?: RequestOptions): ApiPromise<Server<D>>;
    /**
     * Replace a server's properties
     *
     * Sets all writable properties of a server. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /datacenters/{dataCenterId}/servers/{serverId}` (replaceDatacenterServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceDatacenterServerParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Server>;
    /**
     * Replace a server's properties
     *
     * Sets all writable properties of a server. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /datacenters/{dataCenterId}/servers/{serverId}` (replaceDatacenterServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceDatacenterServerParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Server, Server>>;
    /**
     * Delete a server
     *
     * Deletes a server. Its volumes stay and must be deleted separately.
     *
     * `DELETE /datacenters/{dataCenterId}/servers/{serverId}` (deleteDatacenterServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteDatacenterServerParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Delete a server
     *
     * Deletes a server. Its volumes stay and must be deleted separately.
     *
     * `DELETE /datacenters/{dataCenterId}/servers/{serverId}` (deleteDatacenterServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteDatacenterServerParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * Update a server
     *
     * Changes some properties of a server. A CPU family change needs allowReboot and hard-reboots the server. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}/servers/{serverId}` (updateDatacenterServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateDatacenterServerParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Server>;
    /**
     * Update a server
     *
     * Changes some properties of a server. A CPU family change needs allowReboot and hard-reboots the server. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}/servers/{serverId}` (updateDatacenterServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateDatacenterServerParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Server, Server>>;
    /**
     * List attached volumes
     *
     * Lists the volumes attached to a server.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/volumes` (listServerVolumes)
     */
    listVolumes<D extends Depth = 0>(params: ListServerVolumesParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Volumes<Next<D>> | undefined>;
    /**
     * List attached volumes
     *
     * Lists the volumes attached to a server.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/volumes` (listServerVolumes)
     */
    listVolumes<D extends Depth = 0>(params: ListServerVolumesParams<D>, options?: RequestOptions): ApiPromise<Volumes<Next<D>>>;
    /**
     * Attach a volume
     *
     * Attaches an existing volume of the same data center to a server.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/volumes` (attachServerVolume)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    attachVolume(params: AttachServerVolumeParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Volume>;
    /**
     * Attach a volume
     *
     * Attaches an existing volume of the same data center to a server.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/volumes` (attachServerVolume)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    attachVolume(params: AttachServerVolumeParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Volume, Volume>>;
    /**
     * Get an attached volume
     *
     * Reads one volume attached to a server.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/volumes/{volumeId}` (getServerVolume)
     */
    getVolume<D extends Depth = 0>(params: GetServerVolumeParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Volume | undefined>;
    /**
     * Get an attached volume
     *
     * Reads one volume attached to a server.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/volumes/{volumeId}` (getServerVolume)
     */
    getVolume<D extends Depth = 0>(params: GetServerVolumeParams<D>, options?: RequestOptions): ApiPromise<Volume>;
    /**
     * Detach a volume
     *
     * Detaches a volume from a server without deleting it. Depending on the hot-unplug flags the server may reboot.
     *
     * `DELETE /datacenters/{dataCenterId}/servers/{serverId}/volumes/{volumeId}` (detachServerVolume)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    detachVolume(params: DetachServerVolumeParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Detach a volume
     *
     * Detaches a volume from a server without deleting it. Depending on the hot-unplug flags the server may reboot.
     *
     * `DELETE /datacenters/{dataCenterId}/servers/{serverId}/volumes/{volumeId}` (detachServerVolume)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    detachVolume(params: DetachServerVolumeParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * List attached CD-ROMs
     *
     * Lists the CD-ROM images attached to a server.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/cdroms` (listServerCdroms)
     */
    listCdroms<D extends Depth = 0>(params: ListServerCdromsParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Images<Next<D>> | undefined>;
    /**
     * List attached CD-ROMs
     *
     * Lists the CD-ROM images attached to a server.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/cdroms` (listServerCdroms)
     */
    listCdroms<D extends Depth = 0>(params: ListServerCdromsParams<D>, options?: RequestOptions): ApiPromise<Images<Next<D>>>;
    /**
     * Attach a CD-ROM
     *
     * Attaches a CD-ROM (ISO) image to a server.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/cdroms` (attachServerCdrom)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    attachCdrom(params: AttachServerCdromParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Image>;
    /**
     * Attach a CD-ROM
     *
     * Attaches a CD-ROM (ISO) image to a server.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/cdroms` (attachServerCdrom)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    attachCdrom(params: AttachServerCdromParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Image, Image>>;
    /**
     * Get an attached CD-ROM
     *
     * Reads one CD-ROM image attached to a server.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/cdroms/{cdromId}` (getServerCdrom)
     */
    getCdrom<D extends Depth = 0>(params: GetServerCdromParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Image | undefined>;
    /**
     * Get an attached CD-ROM
     *
     * Reads one CD-ROM image attached to a server.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/cdroms/{cdromId}` (getServerCdrom)
     */
    getCdrom<D extends Depth = 0>(params: GetServerCdromParams<D>, options?: RequestOptions): ApiPromise<Image>;
    /**
     * Detach a CD-ROM
     *
     * Detaches a CD-ROM image from a server.
     *
     * `DELETE /datacenters/{dataCenterId}/servers/{serverId}/cdroms/{cdromId}` (detachServerCdrom)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    detachCdrom(params: DetachServerCdromParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Detach a CD-ROM
     *
     * Detaches a CD-ROM image from a server.
     *
     * `DELETE /datacenters/{dataCenterId}/servers/{serverId}/cdroms/{cdromId}` (detachServerCdrom)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    detachCdrom(params: DetachServerCdromParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * Reboot a server
     *
     * Hard-reboots a server, like switching it off and on. Not a graceful restart.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/reboot` (rebootServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    reboot(params: RebootServerParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Reboot a server
     *
     * Hard-reboots a server, like switching it off and on. Not a graceful restart.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/reboot` (rebootServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    reboot(params: RebootServerParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * Start a server
     *
     * Starts a stopped server; a public IP released at stop is replaced by a new one.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/start` (startServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    start(params: StartServerParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Start a server
     *
     * Starts a stopped server; a public IP released at stop is replaced by a new one.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/start` (startServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    start(params: StartServerParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * Stop a server
     *
     * Powers a server off hard. Billing stops and its public IP, if any, is released.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/stop` (stopServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    stop(params: StopServerParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Stop a server
     *
     * Powers a server off hard. Billing stops and its public IP, if any, is released.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/stop` (stopServer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    stop(params: StopServerParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
}
