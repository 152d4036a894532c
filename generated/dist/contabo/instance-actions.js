import * as shared from "./parameters.js";
const startInstanceSpec = { method: "POST", path: "/v1/compute/instances/{instanceId}/actions/start", id: "startInstance", params: { instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "201": "json" } };
const restartInstanceSpec = { method: "POST", path: "/v1/compute/instances/{instanceId}/actions/restart", id: "restartInstance", params: { instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "201": "json" } };
const stopInstanceSpec = { method: "POST", path: "/v1/compute/instances/{instanceId}/actions/stop", id: "stopInstance", params: { instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "201": "json" } };
const shutdownInstanceSpec = { method: "POST", path: "/v1/compute/instances/{instanceId}/actions/shutdown", id: "shutdownInstance", params: { instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "201": "json" } };
const rescueInstanceSpec = { method: "POST", path: "/v1/compute/instances/{instanceId}/actions/rescue", id: "rescueInstance", params: { instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
const resetInstancePasswordSpec = { method: "POST", path: "/v1/compute/instances/{instanceId}/actions/resetPassword", id: "resetInstancePassword", params: { instanceId: shared.instanceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
class InstanceActionsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * Start an instance
   *
   * Powers the instance on. Starting a running instance changes nothing. The action runs in the background; read the instance to see its status.
   *
   * `POST /v1/compute/instances/{instanceId}/actions/start` (startInstance)
   */
  start(params, options = {}) {
    return this.#transport.request(startInstanceSpec, params, options);
  }
  /**
   * Restart an instance
   *
   * Restarts the instance. The action runs in the background; read the instance to see its status.
   *
   * `POST /v1/compute/instances/{instanceId}/actions/restart` (restartInstance)
   */
  restart(params, options = {}) {
    return this.#transport.request(restartInstanceSpec, params, options);
  }
  /**
   * Stop an instance
   *
   * Powers the instance off at once, like cutting the power: unsaved data in the guest can be lost. Prefer `shutdown` for a clean stop. Stopping a stopped instance changes nothing.
   *
   * `POST /v1/compute/instances/{instanceId}/actions/stop` (stopInstance)
   */
  stop(params, options = {}) {
    return this.#transport.request(stopInstanceSpec, params, options);
  }
  /**
   * Shut an instance down gracefully
   *
   * Sends an ACPI power-button event so that the guest operating system shuts down cleanly.
   *
   * `POST /v1/compute/instances/{instanceId}/actions/shutdown` (shutdownInstance)
   */
  shutdown(params, options = {}) {
    return this.#transport.request(shutdownInstanceSpec, params, options);
  }
  /**
   * Boot an instance into rescue mode
   *
   * Reboots the instance into a Linux rescue system with the instance's disk mounted, for repairs. Give a root password and/or SSH keys (secret ids) to log in as root. The next reboot starts the regular operating system again.
   *
   * `POST /v1/compute/instances/{instanceId}/actions/rescue` (rescueInstance)
   */
  rescue(params, options = {}) {
    return this.#transport.request(rescueInstanceSpec, params, options);
  }
  /**
   * Reset an instance's credentials
   *
   * Replaces the login credentials of the instance's default user with the given password secret and/or SSH keys (secret ids); `userData` can carry cloud-init configuration.
   *
   * `POST /v1/compute/instances/{instanceId}/actions/resetPassword` (resetInstancePassword)
   */
  resetPassword(params, options = {}) {
    return this.#transport.request(resetInstancePasswordSpec, params, options);
  }
}
function startInstance(transport, params, options = {}) {
  return transport.request(startInstanceSpec, params, options);
}
function restartInstance(transport, params, options = {}) {
  return transport.request(restartInstanceSpec, params, options);
}
function stopInstance(transport, params, options = {}) {
  return transport.request(stopInstanceSpec, params, options);
}
function shutdownInstance(transport, params, options = {}) {
  return transport.request(shutdownInstanceSpec, params, options);
}
function rescueInstance(transport, params, options = {}) {
  return transport.request(rescueInstanceSpec, params, options);
}
function resetInstancePassword(transport, params, options = {}) {
  return transport.request(resetInstancePasswordSpec, params, options);
}
export {
  InstanceActionsApi,
  rescueInstance,
  resetInstancePassword,
  restartInstance,
  shutdownInstance,
  startInstance,
  stopInstance
};
