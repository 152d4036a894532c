import type { Accepted, ApiPromise, AsyncCallOptions, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { CreateDatacenterVolumeParams, CreateVolumeSnapshotParams, DeleteDatacenterVolumeParams, GetDatacenterVolumeParams, ListDatacenterVolumesParams, ReplaceDatacenterVolumeParams, RestoreVolumeSnapshotParams, Snapshot, UpdateDatacenterVolumeParams, Volume, Volumes } from './types.js';
/**
 * Operations on Volumes.
 *
 * Storage volumes of a data center, and snapshotting them.
 */
export declare class Volumes2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List volumes
     *
     * Lists the volumes of a data center, attached or not.
     *
     * `GET /datacenters/{dataCenterId}/volumes` (listDatacenterVolumes)
     */
    list<D extends Depth = 0>(params: ListDatacenterVolumesParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Volumes<Next<D>> | undefined>;
    /**
     * List volumes
     *
     * Lists the volumes of a data center, attached or not.
     *
     * `GET /datacenters/{dataCenterId}/volumes` (listDatacenterVolumes)
     */
    list<D extends Depth = 0>(params: ListDatacenterVolumesParams<D>, options?: RequestOptions): ApiPromise<Volumes<Next<D>>>;
    /**
     * Create a volume
     *
     * Creates a volume in a data center without attaching it. Give an image, an image alias or a licence type.
     *
     * `POST /datacenters/{dataCenterId}/volumes` (createDatacenterVolume)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateDatacenterVolumeParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Volume>;
    /**
     * Create a volume
     *
     * Creates a volume in a data center without attaching it. Give an image, an image alias or a licence type.
     *
     * `POST /datacenters/{dataCenterId}/volumes` (createDatacenterVolume)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateDatacenterVolumeParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Volume, Volume>>;
    /**
     * Get a volume
     *
     * Reads one volume.
     *
     * `GET /datacenters/{dataCenterId}/volumes/{volumeId}` (getDatacenterVolume)
     */
    get<D extends Depth = 0>(params: GetDatacenterVolumeParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Volume | undefined>;
    /**
     * Get a volume
     *
     * Reads one volume.
     *
     * `GET /datacenters/{dataCenterId}/volumes/{volumeId}` (getDatacenterVolume)
     */
    get<D extends Depth = 0>(params: GetDatacenterVolumeParams<D>, options?: RequestOptions): ApiPromise<Volume>;
    /**
     * Replace a volume's properties
     *
     * Sets name, size and bus of a volume; other attributes are fixed at creation. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /datacenters/{dataCenterId}/volumes/{volumeId}` (replaceDatacenterVolume)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceDatacenterVolumeParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Volume>;
    /**
     * Replace a volume's properties
     *
     * Sets name, size and bus of a volume; other attributes are fixed at creation. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /datacenters/{dataCenterId}/volumes/{volumeId}` (replaceDatacenterVolume)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceDatacenterVolumeParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Volume, Volume>>;
    /**
     * Delete a volume
     *
     * Deletes a volume and its data.
     *
     * `DELETE /datacenters/{dataCenterId}/volumes/{volumeId}` (deleteDatacenterVolume)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteDatacenterVolumeParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Delete a volume
     *
     * Deletes a volume and its data.
     *
     * `DELETE /datacenters/{dataCenterId}/volumes/{volumeId}` (deleteDatacenterVolume)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteDatacenterVolumeParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * Update a volume
     *
     * Renames a volume, grows it or changes its bus. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}/volumes/{volumeId}` (updateDatacenterVolume)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateDatacenterVolumeParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Volume>;
    /**
     * Update a volume
     *
     * Renames a volume, grows it or changes its bus. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}/volumes/{volumeId}` (updateDatacenterVolume)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateDatacenterVolumeParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Volume, Volume>>;
    /**
     * Snapshot a volume
     *
     * Creates a snapshot of a volume. The body is form-encoded, not JSON.
     *
     * `POST /datacenters/{dataCenterId}/volumes/{volumeId}/create-snapshot` (createVolumeSnapshot)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    createSnapshot(params: CreateVolumeSnapshotParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Snapshot>;
    /**
     * Snapshot a volume
     *
     * Creates a snapshot of a volume. The body is form-encoded, not JSON.
     *
     * `POST /datacenters/{dataCenterId}/volumes/{volumeId}/create-snapshot` (createVolumeSnapshot)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    createSnapshot(params: CreateVolumeSnapshotParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Snapshot, Snapshot>>;
    /**
     * Restore a snapshot onto a volume
     *
     * Overwrites a volume with a snapshot. The body is form-encoded, not JSON.
     *
     * `POST /datacenters/{dataCenterId}/volumes/{volumeId}/restore-snapshot` (restoreVolumeSnapshot)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    restoreSnapshot(params: RestoreVolumeSnapshotParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Restore a snapshot onto a volume
     *
     * Overwrites a volume with a snapshot. The body is form-encoded, not JSON.
     *
     * `POST /datacenters/{dataCenterId}/volumes/{volumeId}/restore-snapshot` (restoreVolumeSnapshot)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    restoreSnapshot(params: RestoreVolumeSnapshotParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
}
