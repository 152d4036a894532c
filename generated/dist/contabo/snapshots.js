import * as ops from "./operations.js";
class SnapshotsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List an instance's snapshots
   *
   * Returns one page of the snapshots of one instance; `name` filters by substring.
   *
   * `GET /v1/compute/instances/{instanceId}/snapshots` (listInstanceSnapshots)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params, options = {}) {
    return this.#transport.paginate(ops.listInstanceSnapshots, params, options);
  }
  /**
   * Create a snapshot
   *
   * Takes a snapshot of the instance under a name (up to 30 characters: letters, numbers, spaces, dashes) with an optional description.
   *
   * `POST /v1/compute/instances/{instanceId}/snapshots` (createInstanceSnapshot)
   */
  create(params, options = {}) {
    return this.#transport.request(ops.createInstanceSnapshot, params, options);
  }
  /**
   * Get a snapshot
   *
   * Returns one snapshot of an instance, including the date it will be deleted automatically.
   *
   * `GET /v1/compute/instances/{instanceId}/snapshots/{snapshotId}` (getInstanceSnapshot)
   */
  get(params, options = {}) {
    return this.#transport.request(ops.getInstanceSnapshot, params, options);
  }
  /**
   * Delete a snapshot
   *
   * Deletes one snapshot of an instance.
   *
   * `DELETE /v1/compute/instances/{instanceId}/snapshots/{snapshotId}` (deleteInstanceSnapshot)
   */
  delete(params, options = {}) {
    return this.#transport.request(ops.deleteInstanceSnapshot, params, options);
  }
  /**
   * Update a snapshot
   *
   * Changes the name and/or description of a snapshot; fields left out keep their value.
   *
   * `PATCH /v1/compute/instances/{instanceId}/snapshots/{snapshotId}` (updateInstanceSnapshot)
   */
  update(params, options = {}) {
    return this.#transport.request(ops.updateInstanceSnapshot, params, options);
  }
  /**
   * Roll an instance back to a snapshot
   *
   * Restores the instance to the state saved in the snapshot. Snapshots of the instance that are newer than this one are deleted. The body is an empty object.
   *
   * `POST /v1/compute/instances/{instanceId}/snapshots/{snapshotId}/rollback` (rollbackInstanceSnapshot)
   */
  rollback(params, options = {}) {
    return this.#transport.request(ops.rollbackInstanceSnapshot, params, options);
  }
}
export {
  SnapshotsApi
};
