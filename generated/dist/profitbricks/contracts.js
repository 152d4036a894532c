import * as shared from "./parameters.js";
const getContractResourcesSpec = { method: "GET", path: "/contracts", id: "getContractResources", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
class ContractsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  get(params = {}, options = {}) {
    return this.#transport.request(getContractResourcesSpec, params, options);
  }
}
function getContractResources(transport, params = {}, options = {}) {
  return transport.request(getContractResourcesSpec, params, options);
}
export {
  ContractsApi,
  getContractResources
};
