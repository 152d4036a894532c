import { paginate, siteOf, waitForStatus } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listInstancesSpec = { method: "GET", path: "/v1/compute/instances", id: "listInstances", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, name: shared.name, displayName: shared.displayName, dataCenter: shared.dataCenter, region: shared.region, instanceId: shared.instanceId2, instanceIds: shared.instanceIds, status: { in: "query", name: "status" }, productIds: { in: "query", name: "productIds" }, addOnIds: { in: "query", name: "addOnIds" }, productTypes: { in: "query", name: "productTypes" }, ipConfig: { in: "query", name: "ipConfig" }, search: shared.search, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
const createInstanceSpec = { method: "POST", path: "/v1/compute/instances", id: "createInstance", params: { xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
const getInstanceSpec = { method: "GET", path: "/v1/compute/instances/{instanceId}", id: "getInstance", params: { instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const reinstallInstanceSpec = { method: "PUT", path: "/v1/compute/instances/{instanceId}", id: "reinstallInstance", params: { instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
const updateInstanceSpec = { method: "PATCH", path: "/v1/compute/instances/{instanceId}", id: "updateInstance", params: { instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
const cancelInstanceSpec = { method: "POST", path: "/v1/compute/instances/{instanceId}/cancel", id: "cancelInstance", params: { instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
const upgradeInstanceSpec = { method: "POST", path: "/v1/compute/instances/{instanceId}/upgrade", id: "upgradeInstance", params: { instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
class InstancesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List instances
   *
   * Returns one page of the VPS/VDS instances in the account. Filters combine; `instanceIds`, `productIds`, `addOnIds` and `productTypes` take comma-separated lists, and `search` matches name, display name and IP address.
   *
   * `GET /v1/compute/instances` (listInstances)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listInstancesSpec, params, options);
  }
  /**
   * Create an instance
   *
   * Orders a new VPS or VDS and starts provisioning it. `period` (months) is required; the other fields have defaults (image Ubuntu 22.04, product V92, region EU, user `admin`). `sshKeys` and `rootPassword` are secret ids from the Secrets API; `userData` is a cloud-init config. The order is billed. Provisioning continues in the background: read the instance until its status is `running`.
   *
   * `POST /v1/compute/instances` (createInstance)
   */
  create(params, options = {}) {
    return this.#transport.request(createInstanceSpec, params, options);
  }
  /**
   * Get an instance
   *
   * Returns one instance with its network configuration, add-ons and current status. `data` holds exactly one item.
   *
   * `GET /v1/compute/instances/{instanceId}` (getInstance)
   */
  get(params, options = {}) {
    return this.#transport.request(getInstanceSpec, params, options);
  }
  /**
   * Reads /v1/compute/instances/{instanceId} until its status (/data/0/status) is one waited for: by default running.
   *
   * Fails with WaitFailedError on error, product_not_available, verification_required unless waited for; with WaitTimeoutError when `timeoutMs` passes.
   *
   * @returns the resource as last read.
   */
  waitForInstance(params, options = {}) {
    return waitForStatus((request) => getInstance(this.#transport, params, request), { status: "/data/0/status", ready: ["running"], failed: ["error", "product_not_available", "verification_required"] }, options, siteOf(this.#transport, getInstanceSpec, params));
  }
  /**
   * Reinstall an instance
   *
   * Erases the instance's disk and installs the given image, with fresh SSH keys, root password (secret ids) and cloud-init `userData` if given. All data on the instance is lost. The installation runs in the background.
   *
   * `PUT /v1/compute/instances/{instanceId}` (reinstallInstance)
   */
  reinstall(params, options = {}) {
    return this.#transport.request(reinstallInstanceSpec, params, options);
  }
  /**
   * Rename an instance
   *
   * Changes the instance's display name, the only attribute that can be patched.
   *
   * `PATCH /v1/compute/instances/{instanceId}` (updateInstance)
   */
  update(params, options = {}) {
    return this.#transport.request(updateInstanceSpec, params, options);
  }
  /**
   * Cancel an instance
   *
   * Cancels the contract of an instance, optionally at a given `cancelDate`. The response carries the date the cancellation takes effect.
   *
   * `POST /v1/compute/instances/{instanceId}/cancel` (cancelInstance)
   */
  cancel(params, options = {}) {
    return this.#transport.request(cancelInstanceSpec, params, options);
  }
  /**
   * Add add-ons to an instance
   *
   * Purchases add-ons for an existing instance; currently private networking and automated backup. Send an empty object for each add-on wanted. The add-ons are billed.
   *
   * `POST /v1/compute/instances/{instanceId}/upgrade` (upgradeInstance)
   */
  upgrade(params, options = {}) {
    return this.#transport.request(upgradeInstanceSpec, params, options);
  }
}
function listInstances(transport, params = {}, options = {}) {
  return paginate(transport, listInstancesSpec, params, options);
}
function createInstance(transport, params, options = {}) {
  return transport.request(createInstanceSpec, params, options);
}
function getInstance(transport, params, options = {}) {
  return transport.request(getInstanceSpec, params, options);
}
function waitForInstance(transport, params, options = {}) {
  return waitForStatus((request) => getInstance(transport, params, request), { status: "/data/0/status", ready: ["running"], failed: ["error", "product_not_available", "verification_required"] }, options, siteOf(transport, getInstanceSpec, params));
}
function reinstallInstance(transport, params, options = {}) {
  return transport.request(reinstallInstanceSpec, params, options);
}
function updateInstance(transport, params, options = {}) {
  return transport.request(updateInstanceSpec, params, options);
}
function cancelInstance(transport, params, options = {}) {
  return transport.request(cancelInstanceSpec, params, options);
}
function upgradeInstance(transport, params, options = {}) {
  return transport.request(upgradeInstanceSpec, params, options);
}
export {
  InstancesApi,
  cancelInstance,
  createInstance,
  getInstance,
  listInstances,
  reinstallInstance,
  updateInstance,
  upgradeInstance,
  waitForInstance
};
