import * as shared from "./parameters.js";
const listIpBlocks = { method: "GET", path: "/ipblocks", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createIpBlock = { method: "POST", path: "/ipblocks", params: { pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getIpBlock = { method: "GET", path: "/ipblocks/{ipBlockId}", params: { ipBlockId: shared.ipBlockId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const deleteIpBlock = { method: "DELETE", path: "/ipblocks/{ipBlockId}", params: { ipBlockId: shared.ipBlockId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
class IpBlocksApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listIpBlocks, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(createIpBlock, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getIpBlock, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(deleteIpBlock, params, options);
  }
}
export {
  IpBlocksApi
};
