import type { Accepted, ApiPromise, AsyncCallOptions, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { DeleteSnapshotParams, GetSnapshotParams, ListSnapshotsParams, ReplaceSnapshotParams, Snapshot, Snapshots, UpdateSnapshotParams } from './types.js';
/**
 * Operations on Snapshots.
 *
 * Snapshots of volumes.
 */
export declare class Snapshots2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List snapshots
     *
     * Lists the snapshots the user may see.
     *
     * `GET /snapshots` (listSnapshots)
     */
    list<D extends Depth = 0>(params: ListSnapshotsParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Snapshots<Next<D>> | undefined>;
    /**
     * List snapshots
     *
     * Lists the snapshots the user may see.
     *
     * `GET /snapshots` (listSnapshots)
     */
    list<D extends Depth = 0>(params?: ListSnapshotsParams<D>, options?: RequestOptions): ApiPromise<Snapshots<Next<D>>>;
    /**
     * Get a snapshot
     *
     * Reads one snapshot.
     *
     * `GET /snapshots/{snapshotId}` (getSnapshot)
     */
    get<D extends Depth = 0>(params: GetSnapshotParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Snapshot | undefined>;
    /**
     * Get a snapshot
     *
     * Reads one snapshot.
     *
     * `GET /snapshots/{snapshotId}` (getSnapshot)
     */
    get<D extends Depth = 0>(params: GetSnapshotParams<D>, options?: RequestOptions): ApiPromise<Snapshot>;
    /**
     * Replace a snapshot's properties
     *
     * Sets the writable properties of a snapshot. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /snapshots/{snapshotId}` (replaceSnapshot)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceSnapshotParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Snapshot>;
    /**
     * Replace a snapshot's properties
     *
     * Sets the writable properties of a snapshot. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /snapshots/{snapshotId}` (replaceSnapshot)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceSnapshotParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Snapshot, Snapshot>>;
    /**
     * Delete a snapshot
     *
     * Deletes a snapshot.
     *
     * `DELETE /snapshots/{snapshotId}` (deleteSnapshot)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteSnapshotParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Delete a snapshot
     *
     * Deletes a snapshot.
     *
     * `DELETE /snapshots/{snapshotId}` (deleteSnapshot)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteSnapshotParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * Update a snapshot
     *
     * Changes some properties of a snapshot. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /snapshots/{snapshotId}` (updateSnapshot)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateSnapshotParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Snapshot>;
    /**
     * Update a snapshot
     *
     * Changes some properties of a snapshot. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /snapshots/{snapshotId}` (updateSnapshot)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateSnapshotParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Snapshot, Snapshot>>;
}
