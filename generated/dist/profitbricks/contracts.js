import * as ops from "./operations.js";
class ContractsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  get(params = {}, options = {}) {
    return this.#transport.request(ops.getContractResources, params, options);
  }
}
export {
  ContractsApi
};
