import * as shared from "./parameters.js";
const listResourcesSpec = { method: "GET", path: "/um/resources", id: "listResources", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const listResourcesByTypeSpec = { method: "GET", path: "/um/resources/{resourceType}", id: "listResourcesByType", params: { resourceType: shared.resourceType, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getResourceSpec = { method: "GET", path: "/um/resources/{resourceType}/{resourceId}", id: "getResource", params: { resourceType: shared.resourceType, resourceId: shared.resourceId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
class ResourcesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listResourcesSpec, params, options);
  }
  listByType(params, options = {}) {
    return this.#transport.request(listResourcesByTypeSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getResourceSpec, params, options);
  }
}
function listResources(transport, params = {}, options = {}) {
  return transport.request(listResourcesSpec, params, options);
}
function listResourcesByType(transport, params, options = {}) {
  return transport.request(listResourcesByTypeSpec, params, options);
}
function getResource(transport, params, options = {}) {
  return transport.request(getResourceSpec, params, options);
}
export {
  ResourcesApi,
  getResource,
  listResources,
  listResourcesByType
};
