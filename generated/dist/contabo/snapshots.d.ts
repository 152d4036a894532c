import type { ApiPromise, PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { CreateInstanceSnapshotParams, CreateSnapshotResponse, DeleteInstanceSnapshotParams, FindSnapshotResponse, GetInstanceSnapshotParams, ListInstanceSnapshotsParams, ListSnapshotResponse, RollbackInstanceSnapshotParams, RollbackSnapshotResponse, SnapshotResponse, UpdateInstanceSnapshotParams, UpdateSnapshotResponse } from './types.js';
/**
 * Operations on Snapshots.
 *
 * Snapshots of an instance's disk, and rolling the instance back to one.
 */
export declare class Snapshots {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List an instance's snapshots
     *
     * Returns one page of the snapshots of one instance; `name` filters by substring.
     *
     * `GET /v1/compute/instances/{instanceId}/snapshots` (listInstanceSnapshots)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params: ListInstanceSnapshotsParams, options?: RequestOptions): PagePromise<ListSnapshotResponse, SnapshotResponse>;
    /**
     * Create a snapshot
     *
     * Takes a snapshot of the instance under a name (up to 30 characters: letters, numbers, spaces, dashes) with an optional description.
     *
     * `POST /v1/compute/instances/{instanceId}/snapshots` (createInstanceSnapshot)
     */
    create(params: CreateInstanceSnapshotParams, options?: RequestOptions): ApiPromise<CreateSnapshotResponse>;
    /**
     * Get a snapshot
     *
     * Returns one snapshot of an instance, including the date it will be deleted automatically.
     *
     * `GET /v1/compute/instances/{instanceId}/snapshots/{snapshotId}` (getInstanceSnapshot)
     */
    get(params: GetInstanceSnapshotParams, options?: RequestOptions): ApiPromise<FindSnapshotResponse>;
    /**
     * Delete a snapshot
     *
     * Deletes one snapshot of an instance.
     *
     * `DELETE /v1/compute/instances/{instanceId}/snapshots/{snapshotId}` (deleteInstanceSnapshot)
     */
    delete(params: DeleteInstanceSnapshotParams, options?: RequestOptions): ApiPromise<undefined>;
    /**
     * Update a snapshot
     *
     * Changes the name and/or description of a snapshot; fields left out keep their value.
     *
     * `PATCH /v1/compute/instances/{instanceId}/snapshots/{snapshotId}` (updateInstanceSnapshot)
     */
    update(params: UpdateInstanceSnapshotParams, options?: RequestOptions): ApiPromise<UpdateSnapshotResponse>;
    /**
     * Roll an instance back to a snapshot
     *
     * Restores the instance to the state saved in the snapshot. Snapshots of the instance that are newer than this one are deleted. The body is an empty object.
     *
     * `POST /v1/compute/instances/{instanceId}/snapshots/{snapshotId}/rollback` (rollbackInstanceSnapshot)
     */
    rollback(params: RollbackInstanceSnapshotParams, options?: RequestOptions): ApiPromise<RollbackSnapshotResponse>;
}
