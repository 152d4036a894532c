import * as ops from "./operations.js";
class SnapshotsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(ops.listSnapshots, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getSnapshot, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(ops.replaceSnapshot, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(ops.deleteSnapshot, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(ops.updateSnapshot, params, options);
  }
}
export {
  SnapshotsApi
};
