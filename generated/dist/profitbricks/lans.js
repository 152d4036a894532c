import * as ops from "./operations.js";
class LansApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(ops.listDatacenterLans, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(ops.createDatacenterLan, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getDatacenterLan, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(ops.replaceDatacenterLan, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(ops.deleteDatacenterLan, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(ops.updateDatacenterLan, params, options);
  }
}
export {
  LansApi
};
