import * as shared from "./parameters.js";
const listLocationsSpec = { method: "GET", path: "/locations", id: "listLocations", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const listRegionLocationsSpec = { method: "GET", path: "/locations/{regionId}", id: "listRegionLocations", params: { regionId: shared.regionId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getLocationSpec = { method: "GET", path: "/locations/{regionId}/{locationId}", id: "getLocation", params: { regionId: shared.regionId, locationId: { in: "path", name: "locationId" }, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
class LocationsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listLocationsSpec, params, options);
  }
  listByRegion(params, options = {}) {
    return this.#transport.request(listRegionLocationsSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getLocationSpec, params, options);
  }
}
function listLocations(transport, params = {}, options = {}) {
  return transport.request(listLocationsSpec, params, options);
}
function listRegionLocations(transport, params, options = {}) {
  return transport.request(listRegionLocationsSpec, params, options);
}
function getLocation(transport, params, options = {}) {
  return transport.request(getLocationSpec, params, options);
}
export {
  LocationsApi,
  getLocation,
  listLocations,
  listRegionLocations
};
