import * as ops from "./operations.js";
class LocationsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(ops.listLocations, params, options);
  }
  listByRegion(params, options = {}) {
    return this.#transport.request(ops.listRegionLocations, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getLocation, params, options);
  }
}
export {
  LocationsApi
};
