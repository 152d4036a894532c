import * as shared from "./parameters.js";
const listDatacenterVolumes = { method: "GET", path: "/datacenters/{dataCenterId}/volumes", params: { dataCenterId: shared.dataCenterId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterVolume = { method: "POST", path: "/datacenters/{dataCenterId}/volumes", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getDatacenterVolume = { method: "GET", path: "/datacenters/{dataCenterId}/volumes/{volumeId}", params: { dataCenterId: shared.dataCenterId, volumeId: shared.volumeId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterVolume = { method: "PUT", path: "/datacenters/{dataCenterId}/volumes/{volumeId}", params: { dataCenterId: shared.dataCenterId, volumeId: shared.volumeId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteDatacenterVolume = { method: "DELETE", path: "/datacenters/{dataCenterId}/volumes/{volumeId}", params: { dataCenterId: shared.dataCenterId, volumeId: shared.volumeId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateDatacenterVolume = { method: "PATCH", path: "/datacenters/{dataCenterId}/volumes/{volumeId}", params: { dataCenterId: shared.dataCenterId, volumeId: shared.volumeId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const createVolumeSnapshot = { method: "POST", path: "/datacenters/{dataCenterId}/volumes/{volumeId}/create-snapshot", params: { dataCenterId: shared.dataCenterId, volumeId: shared.volumeId, pbContractNumber: shared.pbContractNumber }, body: "application/x-www-form-urlencoded", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const restoreVolumeSnapshot = { method: "POST", path: "/datacenters/{dataCenterId}/volumes/{volumeId}/restore-snapshot", params: { dataCenterId: shared.dataCenterId, volumeId: shared.volumeId, pbContractNumber: shared.pbContractNumber }, body: "application/x-www-form-urlencoded", responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
class VolumesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(listDatacenterVolumes, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(createDatacenterVolume, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getDatacenterVolume, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(replaceDatacenterVolume, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(deleteDatacenterVolume, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(updateDatacenterVolume, params, options);
  }
  createSnapshot(params, options = {}) {
    return this.#transport.accept(createVolumeSnapshot, params, options);
  }
  restoreSnapshot(params, options = {}) {
    return this.#transport.accept(restoreVolumeSnapshot, params, options);
  }
}
export {
  VolumesApi
};
