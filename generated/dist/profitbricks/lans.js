import { asyncWrite } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listDatacenterLansSpec = { method: "GET", path: "/datacenters/{dataCenterId}/lans", id: "listDatacenterLans", params: { dataCenterId: shared.dataCenterId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterLanSpec = { method: "POST", path: "/datacenters/{dataCenterId}/lans", id: "createDatacenterLan", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getDatacenterLanSpec = { method: "GET", path: "/datacenters/{dataCenterId}/lans/{lanId}", id: "getDatacenterLan", params: { dataCenterId: shared.dataCenterId, lanId: shared.lanId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterLanSpec = { method: "PUT", path: "/datacenters/{dataCenterId}/lans/{lanId}", id: "replaceDatacenterLan", params: { dataCenterId: shared.dataCenterId, lanId: shared.lanId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteDatacenterLanSpec = { method: "DELETE", path: "/datacenters/{dataCenterId}/lans/{lanId}", id: "deleteDatacenterLan", params: { dataCenterId: shared.dataCenterId, lanId: shared.lanId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateDatacenterLanSpec = { method: "PATCH", path: "/datacenters/{dataCenterId}/lans/{lanId}", id: "updateDatacenterLan", params: { dataCenterId: shared.dataCenterId, lanId: shared.lanId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
class LansApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(listDatacenterLansSpec, params, options);
  }
  create(params, options = {}) {
    return asyncWrite(this.#transport, createDatacenterLanSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getDatacenterLanSpec, params, options);
  }
  replace(params, options = {}) {
    return asyncWrite(this.#transport, replaceDatacenterLanSpec, params, options);
  }
  delete(params, options = {}) {
    return asyncWrite(this.#transport, deleteDatacenterLanSpec, params, options);
  }
  update(params, options = {}) {
    return asyncWrite(this.#transport, updateDatacenterLanSpec, params, options);
  }
}
function listDatacenterLans(transport, params, options = {}) {
  return transport.request(listDatacenterLansSpec, params, options);
}
function createDatacenterLan(transport, params, options = {}) {
  return asyncWrite(transport, createDatacenterLanSpec, params, options);
}
function getDatacenterLan(transport, params, options = {}) {
  return transport.request(getDatacenterLanSpec, params, options);
}
function replaceDatacenterLan(transport, params, options = {}) {
  return asyncWrite(transport, replaceDatacenterLanSpec, params, options);
}
function deleteDatacenterLan(transport, params, options = {}) {
  return asyncWrite(transport, deleteDatacenterLanSpec, params, options);
}
function updateDatacenterLan(transport, params, options = {}) {
  return asyncWrite(transport, updateDatacenterLanSpec, params, options);
}
export {
  LansApi,
  createDatacenterLan,
  deleteDatacenterLan,
  getDatacenterLan,
  listDatacenterLans,
  replaceDatacenterLan,
  updateDatacenterLan
};
