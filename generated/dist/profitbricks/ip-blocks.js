import * as ops from "./operations.js";
class IpBlocksApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(ops.listIpBlocks, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(ops.createIpBlock, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getIpBlock, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(ops.deleteIpBlock, params, options);
  }
}
export {
  IpBlocksApi
};
