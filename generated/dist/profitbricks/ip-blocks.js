import { asyncWrite } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listIpBlocksSpec = { method: "GET", path: "/ipblocks", id: "listIpBlocks", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createIpBlockSpec = { method: "POST", path: "/ipblocks", id: "createIpBlock", params: { pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getIpBlockSpec = { method: "GET", path: "/ipblocks/{ipBlockId}", id: "getIpBlock", params: { ipBlockId: shared.ipBlockId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const deleteIpBlockSpec = { method: "DELETE", path: "/ipblocks/{ipBlockId}", id: "deleteIpBlock", params: { ipBlockId: shared.ipBlockId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
class IpBlocksApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listIpBlocksSpec, params, options);
  }
  create(params, options = {}) {
    return asyncWrite(this.#transport, createIpBlockSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getIpBlockSpec, params, options);
  }
  delete(params, options = {}) {
    return asyncWrite(this.#transport, deleteIpBlockSpec, params, options);
  }
}
function listIpBlocks(transport, params = {}, options = {}) {
  return transport.request(listIpBlocksSpec, params, options);
}
function createIpBlock(transport, params, options = {}) {
  return asyncWrite(transport, createIpBlockSpec, params, options);
}
function getIpBlock(transport, params, options = {}) {
  return transport.request(getIpBlockSpec, params, options);
}
function deleteIpBlock(transport, params, options = {}) {
  return asyncWrite(transport, deleteIpBlockSpec, params, options);
}
export {
  IpBlocksApi,
  createIpBlock,
  deleteIpBlock,
  getIpBlock,
  listIpBlocks
};
