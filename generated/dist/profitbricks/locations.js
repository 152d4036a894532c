import * as shared from "./parameters.js";
const listLocations = { method: "GET", path: "/locations", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const listRegionLocations = { method: "GET", path: "/locations/{regionId}", params: { regionId: shared.regionId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getLocation = { method: "GET", path: "/locations/{regionId}/{locationId}", params: { regionId: shared.regionId, locationId: { in: "path", name: "locationId" }, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
class LocationsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listLocations, params, options);
  }
  listByRegion(params, options = {}) {
    return this.#transport.request(listRegionLocations, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getLocation, params, options);
  }
}
export {
  LocationsApi
};
