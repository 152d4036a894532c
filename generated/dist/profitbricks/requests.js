import * as shared from "./parameters.js";
const listRequests = { method: "GET", path: "/requests", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getRequest = { method: "GET", path: "/requests/{requestId}", params: { requestId: shared.requestId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getRequestStatus = { method: "GET", path: "/requests/{requestId}/status", params: { requestId: shared.requestId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
class RequestsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listRequests, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getRequest, params, options);
  }
  getStatus(params, options = {}) {
    return this.#transport.request(getRequestStatus, params, options);
  }
  /**
   * Waits until an accepted request is done, polling its status with backoff.
   *
   * `request` is its id or its status URL (the `Location` of the 202). Resolves to the final status; throws RequestFailedError if the request failed, WaitTimeoutError when `timeoutMs` passes.
   */
  wait(request, options = {}) {
    return this.#transport.waitForRequest(shared.asyncStatus, request, options);
  }
}
export {
  RequestsApi
};
