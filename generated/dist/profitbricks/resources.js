import * as ops from "./operations.js";
class ResourcesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(ops.listResources, params, options);
  }
  listByType(params, options = {}) {
    return this.#transport.request(ops.listResourcesByType, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getResource, params, options);
  }
}
export {
  ResourcesApi
};
