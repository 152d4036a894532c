import { asyncWrite } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listDatacentersSpec = { method: "GET", path: "/datacenters", id: "listDatacenters", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterSpec = { method: "POST", path: "/datacenters", id: "createDatacenter", params: { pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getDatacenterSpec = { method: "GET", path: "/datacenters/{dataCenterId}", id: "getDatacenter", params: { dataCenterId: shared.dataCenterId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterSpec = { method: "PUT", path: "/datacenters/{dataCenterId}", id: "replaceDatacenter", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteDatacenterSpec = { method: "DELETE", path: "/datacenters/{dataCenterId}", id: "deleteDatacenter", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateDatacenterSpec = { method: "PATCH", path: "/datacenters/{dataCenterId}", id: "updateDatacenter", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
class DatacentersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listDatacentersSpec, params, options);
  }
  create(params, options = {}) {
    return asyncWrite(this.#transport, createDatacenterSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getDatacenterSpec, params, options);
  }
  replace(params, options = {}) {
    return asyncWrite(this.#transport, replaceDatacenterSpec, params, options);
  }
  delete(params, options = {}) {
    return asyncWrite(this.#transport, deleteDatacenterSpec, params, options);
  }
  update(params, options = {}) {
    return asyncWrite(this.#transport, updateDatacenterSpec, params, options);
  }
}
function listDatacenters(transport, params = {}, options = {}) {
  return transport.request(listDatacentersSpec, params, options);
}
function createDatacenter(transport, params, options = {}) {
  return asyncWrite(transport, createDatacenterSpec, params, options);
}
function getDatacenter(transport, params, options = {}) {
  return transport.request(getDatacenterSpec, params, options);
}
function replaceDatacenter(transport, params, options = {}) {
  return asyncWrite(transport, replaceDatacenterSpec, params, options);
}
function deleteDatacenter(transport, params, options = {}) {
  return asyncWrite(transport, deleteDatacenterSpec, params, options);
}
function updateDatacenter(transport, params, options = {}) {
  return asyncWrite(transport, updateDatacenterSpec, params, options);
}
export {
  DatacentersApi,
  createDatacenter,
  deleteDatacenter,
  getDatacenter,
  listDatacenters,
  replaceDatacenter,
  updateDatacenter
};
