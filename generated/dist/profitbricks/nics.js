import { asyncWrite } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listServerNicsSpec = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics", id: "listServerNics", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createServerNicSpec = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics", id: "createServerNic", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getServerNicSpec = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}", id: "getServerNic", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceServerNicSpec = { method: "PUT", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}", id: "replaceServerNic", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteServerNicSpec = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}", id: "deleteServerNic", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateServerNicSpec = { method: "PATCH", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}", id: "updateServerNic", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
class NicsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(listServerNicsSpec, params, options);
  }
  create(params, options = {}) {
    return asyncWrite(this.#transport, createServerNicSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getServerNicSpec, params, options);
  }
  replace(params, options = {}) {
    return asyncWrite(this.#transport, replaceServerNicSpec, params, options);
  }
  delete(params, options = {}) {
    return asyncWrite(this.#transport, deleteServerNicSpec, params, options);
  }
  update(params, options = {}) {
    return asyncWrite(this.#transport, updateServerNicSpec, params, options);
  }
}
function listServerNics(transport, params, options = {}) {
  return transport.request(listServerNicsSpec, params, options);
}
function createServerNic(transport, params, options = {}) {
  return asyncWrite(transport, createServerNicSpec, params, options);
}
function getServerNic(transport, params, options = {}) {
  return transport.request(getServerNicSpec, params, options);
}
function replaceServerNic(transport, params, options = {}) {
  return asyncWrite(transport, replaceServerNicSpec, params, options);
}
function deleteServerNic(transport, params, options = {}) {
  return asyncWrite(transport, deleteServerNicSpec, params, options);
}
function updateServerNic(transport, params, options = {}) {
  return asyncWrite(transport, updateServerNicSpec, params, options);
}
export {
  NicsApi,
  createServerNic,
  deleteServerNic,
  getServerNic,
  listServerNics,
  replaceServerNic,
  updateServerNic
};
