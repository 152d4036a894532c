import * as shared from "./parameters.js";
const listServerNics = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createServerNic = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getServerNic = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceServerNic = { method: "PUT", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteServerNic = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateServerNic = { method: "PATCH", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
class NicsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(listServerNics, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(createServerNic, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getServerNic, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(replaceServerNic, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(deleteServerNic, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(updateServerNic, params, options);
  }
}
export {
  NicsApi
};
