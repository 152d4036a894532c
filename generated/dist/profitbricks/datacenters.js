import * as ops from "./operations.js";
class DatacentersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(ops.listDatacenters, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(ops.createDatacenter, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getDatacenter, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(ops.replaceDatacenter, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(ops.deleteDatacenter, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(ops.updateDatacenter, params, options);
  }
}
export {
  DatacentersApi
};
