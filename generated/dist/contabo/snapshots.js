import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listInstanceSnapshotsSpec = { method: "GET", path: "/v1/compute/instances/{instanceId}/snapshots", id: "listInstanceSnapshots", params: { instanceId: shared.instanceId, page: shared.page, size: shared.size, orderBy: shared.orderBy, name: shared.name, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
const createInstanceSnapshotSpec = { method: "POST", path: "/v1/compute/instances/{instanceId}/snapshots", id: "createInstanceSnapshot", params: { instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
const getInstanceSnapshotSpec = { method: "GET", path: "/v1/compute/instances/{instanceId}/snapshots/{snapshotId}", id: "getInstanceSnapshot", params: { instanceId: shared.instanceId, snapshotId: shared.snapshotId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const deleteInstanceSnapshotSpec = { method: "DELETE", path: "/v1/compute/instances/{instanceId}/snapshots/{snapshotId}", id: "deleteInstanceSnapshot", params: { instanceId: shared.instanceId, snapshotId: shared.snapshotId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "204": "none" } };
const updateInstanceSnapshotSpec = { method: "PATCH", path: "/v1/compute/instances/{instanceId}/snapshots/{snapshotId}", id: "updateInstanceSnapshot", params: { instanceId: shared.instanceId, snapshotId: shared.snapshotId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
const rollbackInstanceSnapshotSpec = { method: "POST", path: "/v1/compute/instances/{instanceId}/snapshots/{snapshotId}/rollback", id: "rollbackInstanceSnapshot", params: { instanceId: shared.instanceId, snapshotId: shared.snapshotId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
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
    return paginate(this.#transport, listInstanceSnapshotsSpec, params, options);
  }
  /**
   * Create a snapshot
   *
   * Takes a snapshot of the instance under a name (up to 30 characters: letters, numbers, spaces, dashes) with an optional description.
   *
   * `POST /v1/compute/instances/{instanceId}/snapshots` (createInstanceSnapshot)
   */
  create(params, options = {}) {
    return this.#transport.request(createInstanceSnapshotSpec, params, options);
  }
  /**
   * Get a snapshot
   *
   * Returns one snapshot of an instance, including the date it will be deleted automatically.
   *
   * `GET /v1/compute/instances/{instanceId}/snapshots/{snapshotId}` (getInstanceSnapshot)
   */
  get(params, options = {}) {
    return this.#transport.request(getInstanceSnapshotSpec, params, options);
  }
  /**
   * Delete a snapshot
   *
   * Deletes one snapshot of an instance.
   *
   * `DELETE /v1/compute/instances/{instanceId}/snapshots/{snapshotId}` (deleteInstanceSnapshot)
   */
  delete(params, options = {}) {
    return this.#transport.request(deleteInstanceSnapshotSpec, params, options);
  }
  /**
   * Update a snapshot
   *
   * Changes the name and/or description of a snapshot; fields left out keep their value.
   *
   * `PATCH /v1/compute/instances/{instanceId}/snapshots/{snapshotId}` (updateInstanceSnapshot)
   */
  update(params, options = {}) {
    return this.#transport.request(updateInstanceSnapshotSpec, params, options);
  }
  /**
   * Roll an instance back to a snapshot
   *
   * Restores the instance to the state saved in the snapshot. Snapshots of the instance that are newer than this one are deleted. The body is an empty object.
   *
   * `POST /v1/compute/instances/{instanceId}/snapshots/{snapshotId}/rollback` (rollbackInstanceSnapshot)
   */
  rollback(params, options = {}) {
    return this.#transport.request(rollbackInstanceSnapshotSpec, params, options);
  }
}
function listInstanceSnapshots(transport, params, options = {}) {
  return paginate(transport, listInstanceSnapshotsSpec, params, options);
}
function createInstanceSnapshot(transport, params, options = {}) {
  return transport.request(createInstanceSnapshotSpec, params, options);
}
function getInstanceSnapshot(transport, params, options = {}) {
  return transport.request(getInstanceSnapshotSpec, params, options);
}
function deleteInstanceSnapshot(transport, params, options = {}) {
  return transport.request(deleteInstanceSnapshotSpec, params, options);
}
function updateInstanceSnapshot(transport, params, options = {}) {
  return transport.request(updateInstanceSnapshotSpec, params, options);
}
function rollbackInstanceSnapshot(transport, params, options = {}) {
  return transport.request(rollbackInstanceSnapshotSpec, params, options);
}
export {
  SnapshotsApi,
  createInstanceSnapshot,
  deleteInstanceSnapshot,
  getInstanceSnapshot,
  listInstanceSnapshots,
  rollbackInstanceSnapshot,
  updateInstanceSnapshot
};
