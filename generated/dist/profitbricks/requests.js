import { pollRequest } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listRequestsSpec = { method: "GET", path: "/requests", id: "listRequests", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getRequestSpec = { method: "GET", path: "/requests/{requestId}", id: "getRequest", params: { requestId: shared.requestId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getRequestStatusSpec = { method: "GET", path: "/requests/{requestId}/status", id: "getRequestStatus", params: { requestId: shared.requestId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
class RequestsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listRequestsSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getRequestSpec, params, options);
  }
  getStatus(params, options = {}) {
    return this.#transport.request(getRequestStatusSpec, params, options);
  }
  /**
   * Waits until an accepted request is done, polling its status with backoff.
   *
   * `request` is its id or its status URL (the `Location` of the 202). Resolves to the final status; throws RequestFailedError if the request failed, WaitTimeoutError when `timeoutMs` passes.
   */
  wait(request, options = {}) {
    return pollRequest(this.#transport, shared.asyncStatus, request, options);
  }
}
function listRequests(transport, params = {}, options = {}) {
  return transport.request(listRequestsSpec, params, options);
}
function getRequest(transport, params, options = {}) {
  return transport.request(getRequestSpec, params, options);
}
function getRequestStatus(transport, params, options = {}) {
  return transport.request(getRequestStatusSpec, params, options);
}
function waitForRequest(transport, request, options = {}) {
  return pollRequest(transport, shared.asyncStatus, request, options);
}
export {
  RequestsApi,
  getRequest,
  getRequestStatus,
  listRequests,
  waitForRequest
};
