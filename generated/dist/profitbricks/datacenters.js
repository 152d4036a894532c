import * as shared from "./parameters.js";
const listDatacenters = { method: "GET", path: "/datacenters", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenter = { method: "POST", path: "/datacenters", params: { pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getDatacenter = { method: "GET", path: "/datacenters/{dataCenterId}", params: { dataCenterId: shared.dataCenterId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenter = { method: "PUT", path: "/datacenters/{dataCenterId}", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteDatacenter = { method: "DELETE", path: "/datacenters/{dataCenterId}", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateDatacenter = { method: "PATCH", path: "/datacenters/{dataCenterId}", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
class DatacentersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listDatacenters, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(createDatacenter, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getDatacenter, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(replaceDatacenter, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(deleteDatacenter, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(updateDatacenter, params, options);
  }
}
export {
  DatacentersApi
};
