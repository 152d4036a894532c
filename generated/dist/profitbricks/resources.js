import * as shared from "./parameters.js";
const listResources = { method: "GET", path: "/um/resources", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const listResourcesByType = { method: "GET", path: "/um/resources/{resourceType}", params: { resourceType: shared.resourceType, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getResource = { method: "GET", path: "/um/resources/{resourceType}/{resourceId}", params: { resourceType: shared.resourceType, resourceId: shared.resourceId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
class ResourcesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listResources, params, options);
  }
  listByType(params, options = {}) {
    return this.#transport.request(listResourcesByType, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getResource, params, options);
  }
}
export {
  ResourcesApi
};
