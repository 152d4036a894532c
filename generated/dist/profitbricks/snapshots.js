import * as shared from "./parameters.js";
const listSnapshots = { method: "GET", path: "/snapshots", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getSnapshot = { method: "GET", path: "/snapshots/{snapshotId}", params: { snapshotId: shared.snapshotId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceSnapshot = { method: "PUT", path: "/snapshots/{snapshotId}", params: { snapshotId: shared.snapshotId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteSnapshot = { method: "DELETE", path: "/snapshots/{snapshotId}", params: { snapshotId: shared.snapshotId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateSnapshot = { method: "PATCH", path: "/snapshots/{snapshotId}", params: { snapshotId: shared.snapshotId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
class SnapshotsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listSnapshots, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getSnapshot, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(replaceSnapshot, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(deleteSnapshot, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(updateSnapshot, params, options);
  }
}
export {
  SnapshotsApi
};
