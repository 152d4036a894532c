import { asyncWrite, formBody } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listDatacenterVolumesSpec = { method: "GET", path: "/datacenters/{dataCenterId}/volumes", id: "listDatacenterVolumes", params: { dataCenterId: shared.dataCenterId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterVolumeSpec = { method: "POST", path: "/datacenters/{dataCenterId}/volumes", id: "createDatacenterVolume", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getDatacenterVolumeSpec = { method: "GET", path: "/datacenters/{dataCenterId}/volumes/{volumeId}", id: "getDatacenterVolume", params: { dataCenterId: shared.dataCenterId, volumeId: shared.volumeId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterVolumeSpec = { method: "PUT", path: "/datacenters/{dataCenterId}/volumes/{volumeId}", id: "replaceDatacenterVolume", params: { dataCenterId: shared.dataCenterId, volumeId: shared.volumeId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteDatacenterVolumeSpec = { method: "DELETE", path: "/datacenters/{dataCenterId}/volumes/{volumeId}", id: "deleteDatacenterVolume", params: { dataCenterId: shared.dataCenterId, volumeId: shared.volumeId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateDatacenterVolumeSpec = { method: "PATCH", path: "/datacenters/{dataCenterId}/volumes/{volumeId}", id: "updateDatacenterVolume", params: { dataCenterId: shared.dataCenterId, volumeId: shared.volumeId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const createVolumeSnapshotSpec = { method: "POST", path: "/datacenters/{dataCenterId}/volumes/{volumeId}/create-snapshot", id: "createVolumeSnapshot", params: { dataCenterId: shared.dataCenterId, volumeId: shared.volumeId, pbContractNumber: shared.pbContractNumber }, body: "application/x-www-form-urlencoded", encode: formBody, responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const restoreVolumeSnapshotSpec = { method: "POST", path: "/datacenters/{dataCenterId}/volumes/{volumeId}/restore-snapshot", id: "restoreVolumeSnapshot", params: { dataCenterId: shared.dataCenterId, volumeId: shared.volumeId, pbContractNumber: shared.pbContractNumber }, body: "application/x-www-form-urlencoded", encode: formBody, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
class VolumesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(listDatacenterVolumesSpec, params, options);
  }
  create(params, options = {}) {
    return asyncWrite(this.#transport, createDatacenterVolumeSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getDatacenterVolumeSpec, params, options);
  }
  replace(params, options = {}) {
    return asyncWrite(this.#transport, replaceDatacenterVolumeSpec, params, options);
  }
  delete(params, options = {}) {
    return asyncWrite(this.#transport, deleteDatacenterVolumeSpec, params, options);
  }
  update(params, options = {}) {
    return asyncWrite(this.#transport, updateDatacenterVolumeSpec, params, options);
  }
  createSnapshot(params, options = {}) {
    return asyncWrite(this.#transport, createVolumeSnapshotSpec, params, options);
  }
  restoreSnapshot(params, options = {}) {
    return asyncWrite(this.#transport, restoreVolumeSnapshotSpec, params, options);
  }
}
function listDatacenterVolumes(transport, params, options = {}) {
  return transport.request(listDatacenterVolumesSpec, params, options);
}
function createDatacenterVolume(transport, params, options = {}) {
  return asyncWrite(transport, createDatacenterVolumeSpec, params, options);
}
function getDatacenterVolume(transport, params, options = {}) {
  return transport.request(getDatacenterVolumeSpec, params, options);
}
function replaceDatacenterVolume(transport, params, options = {}) {
  return asyncWrite(transport, replaceDatacenterVolumeSpec, params, options);
}
function deleteDatacenterVolume(transport, params, options = {}) {
  return asyncWrite(transport, deleteDatacenterVolumeSpec, params, options);
}
function updateDatacenterVolume(transport, params, options = {}) {
  return asyncWrite(transport, updateDatacenterVolumeSpec, params, options);
}
function createVolumeSnapshot(transport, params, options = {}) {
  return asyncWrite(transport, createVolumeSnapshotSpec, params, options);
}
function restoreVolumeSnapshot(transport, params, options = {}) {
  return asyncWrite(transport, restoreVolumeSnapshotSpec, params, options);
}
export {
  VolumesApi,
  createDatacenterVolume,
  createVolumeSnapshot,
  deleteDatacenterVolume,
  getDatacenterVolume,
  listDatacenterVolumes,
  replaceDatacenterVolume,
  restoreVolumeSnapshot,
  updateDatacenterVolume
};
