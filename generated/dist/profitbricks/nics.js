import * as ops from "./operations.js";
class NicsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(ops.listServerNics, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(ops.createServerNic, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getServerNic, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(ops.replaceServerNic, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(ops.deleteServerNic, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(ops.updateServerNic, params, options);
  }
}
export {
  NicsApi
};
