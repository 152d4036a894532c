import { asyncWrite } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listSnapshotsSpec = { method: "GET", path: "/snapshots", id: "listSnapshots", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getSnapshotSpec = { method: "GET", path: "/snapshots/{snapshotId}", id: "getSnapshot", params: { snapshotId: shared.snapshotId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceSnapshotSpec = { method: "PUT", path: "/snapshots/{snapshotId}", id: "replaceSnapshot", params: { snapshotId: shared.snapshotId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteSnapshotSpec = { method: "DELETE", path: "/snapshots/{snapshotId}", id: "deleteSnapshot", params: { snapshotId: shared.snapshotId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateSnapshotSpec = { method: "PATCH", path: "/snapshots/{snapshotId}", id: "updateSnapshot", params: { snapshotId: shared.snapshotId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
class SnapshotsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listSnapshotsSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getSnapshotSpec, params, options);
  }
  replace(params, options = {}) {
    return asyncWrite(this.#transport, replaceSnapshotSpec, params, options);
  }
  delete(params, options = {}) {
    return asyncWrite(this.#transport, deleteSnapshotSpec, params, options);
  }
  update(params, options = {}) {
    return asyncWrite(this.#transport, updateSnapshotSpec, params, options);
  }
}
function listSnapshots(transport, params = {}, options = {}) {
  return transport.request(listSnapshotsSpec, params, options);
}
function getSnapshot(transport, params, options = {}) {
  return transport.request(getSnapshotSpec, params, options);
}
function replaceSnapshot(transport, params, options = {}) {
  return asyncWrite(transport, replaceSnapshotSpec, params, options);
}
function deleteSnapshot(transport, params, options = {}) {
  return asyncWrite(transport, deleteSnapshotSpec, params, options);
}
function updateSnapshot(transport, params, options = {}) {
  return asyncWrite(transport, updateSnapshotSpec, params, options);
}
export {
  SnapshotsApi,
  deleteSnapshot,
  getSnapshot,
  listSnapshots,
  replaceSnapshot,
  updateSnapshot
};
