import * as shared from "./parameters.js";
const listDatacenterLans = { method: "GET", path: "/datacenters/{dataCenterId}/lans", params: { dataCenterId: shared.dataCenterId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterLan = { method: "POST", path: "/datacenters/{dataCenterId}/lans", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getDatacenterLan = { method: "GET", path: "/datacenters/{dataCenterId}/lans/{lanId}", params: { dataCenterId: shared.dataCenterId, lanId: shared.lanId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterLan = { method: "PUT", path: "/datacenters/{dataCenterId}/lans/{lanId}", params: { dataCenterId: shared.dataCenterId, lanId: shared.lanId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteDatacenterLan = { method: "DELETE", path: "/datacenters/{dataCenterId}/lans/{lanId}", params: { dataCenterId: shared.dataCenterId, lanId: shared.lanId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateDatacenterLan = { method: "PATCH", path: "/datacenters/{dataCenterId}/lans/{lanId}", params: { dataCenterId: shared.dataCenterId, lanId: shared.lanId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
class LansApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(listDatacenterLans, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(createDatacenterLan, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getDatacenterLan, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(replaceDatacenterLan, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(deleteDatacenterLan, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(updateDatacenterLan, params, options);
  }
}
export {
  LansApi
};
