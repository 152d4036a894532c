import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listPrivateNetworksSpec = { method: "GET", path: "/v1/private-networks", id: "listPrivateNetworks", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, name: shared.name, instanceIds: shared.instanceIds, region: shared.region, dataCenter: shared.dataCenter, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
const createPrivateNetworkSpec = { method: "POST", path: "/v1/private-networks", id: "createPrivateNetwork", params: { xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
const getPrivateNetworkSpec = { method: "GET", path: "/v1/private-networks/{privateNetworkId}", id: "getPrivateNetwork", params: { privateNetworkId: shared.privateNetworkId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const deletePrivateNetworkSpec = { method: "DELETE", path: "/v1/private-networks/{privateNetworkId}", id: "deletePrivateNetwork", params: { privateNetworkId: shared.privateNetworkId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "204": "none" } };
const updatePrivateNetworkSpec = { method: "PATCH", path: "/v1/private-networks/{privateNetworkId}", id: "updatePrivateNetwork", params: { privateNetworkId: shared.privateNetworkId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
const assignInstanceToPrivateNetworkSpec = { method: "POST", path: "/v1/private-networks/{privateNetworkId}/instances/{instanceId}", id: "assignInstanceToPrivateNetwork", params: { privateNetworkId: shared.privateNetworkId, instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "201": "json" } };
const unassignInstanceFromPrivateNetworkSpec = { method: "DELETE", path: "/v1/private-networks/{privateNetworkId}/instances/{instanceId}", id: "unassignInstanceFromPrivateNetwork", params: { privateNetworkId: shared.privateNetworkId, instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "201": "json" } };
class PrivateNetworksApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List private networks
   *
   * Returns one page of private networks (VPCs) with their member instances. Filter by name, region, data center or member instances (comma-separated ids).
   *
   * `GET /v1/private-networks` (listPrivateNetworks)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listPrivateNetworksSpec, params, options);
  }
  /**
   * Create a private network
   *
   * Creates a private network in a region (EU unless given). The name may hold letters, numbers, colons, dashes and underscores.
   *
   * `POST /v1/private-networks` (createPrivateNetwork)
   */
  create(params, options = {}) {
    return this.#transport.request(createPrivateNetworkSpec, params, options);
  }
  /**
   * Get a private network
   *
   * Returns one private network with its CIDR, free addresses and member instances.
   *
   * `GET /v1/private-networks/{privateNetworkId}` (getPrivateNetwork)
   */
  get(params, options = {}) {
    return this.#transport.request(getPrivateNetworkSpec, params, options);
  }
  /**
   * Delete a private network
   *
   * Deletes a private network; its instances are removed from it first, automatically.
   *
   * `DELETE /v1/private-networks/{privateNetworkId}` (deletePrivateNetwork)
   */
  delete(params, options = {}) {
    return this.#transport.request(deletePrivateNetworkSpec, params, options);
  }
  /**
   * Update a private network
   *
   * Changes the name and/or description of a private network.
   *
   * `PATCH /v1/private-networks/{privateNetworkId}` (updatePrivateNetwork)
   */
  update(params, options = {}) {
    return this.#transport.request(updatePrivateNetworkSpec, params, options);
  }
  /**
   * Add an instance to a private network
   *
   * Adds an instance to a private network. The instance needs the private networking add-on. It must be reinstalled when it joins its first private network and restarted when it joins a further one, to get the new network interface.
   *
   * `POST /v1/private-networks/{privateNetworkId}/instances/{instanceId}` (assignInstanceToPrivateNetwork)
   */
  assignInstance(params, options = {}) {
    return this.#transport.request(assignInstanceToPrivateNetworkSpec, params, options);
  }
  /**
   * Remove an instance from a private network
   *
   * Removes an instance from a private network.
   *
   * `DELETE /v1/private-networks/{privateNetworkId}/instances/{instanceId}` (unassignInstanceFromPrivateNetwork)
   */
  unassignInstance(params, options = {}) {
    return this.#transport.request(unassignInstanceFromPrivateNetworkSpec, params, options);
  }
}
function listPrivateNetworks(transport, params = {}, options = {}) {
  return paginate(transport, listPrivateNetworksSpec, params, options);
}
function createPrivateNetwork(transport, params, options = {}) {
  return transport.request(createPrivateNetworkSpec, params, options);
}
function getPrivateNetwork(transport, params, options = {}) {
  return transport.request(getPrivateNetworkSpec, params, options);
}
function deletePrivateNetwork(transport, params, options = {}) {
  return transport.request(deletePrivateNetworkSpec, params, options);
}
function updatePrivateNetwork(transport, params, options = {}) {
  return transport.request(updatePrivateNetworkSpec, params, options);
}
function assignInstanceToPrivateNetwork(transport, params, options = {}) {
  return transport.request(assignInstanceToPrivateNetworkSpec, params, options);
}
function unassignInstanceFromPrivateNetwork(transport, params, options = {}) {
  return transport.request(unassignInstanceFromPrivateNetworkSpec, params, options);
}
export {
  PrivateNetworksApi,
  assignInstanceToPrivateNetwork,
  createPrivateNetwork,
  deletePrivateNetwork,
  getPrivateNetwork,
  listPrivateNetworks,
  unassignInstanceFromPrivateNetwork,
  updatePrivateNetwork
};
