import * as ops from "./operations.js";
class RequestsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(ops.listRequests, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getRequest, params, options);
  }
  getStatus(params, options = {}) {
    return this.#transport.request(ops.getRequestStatus, params, options);
  }
  /**
   * Waits until an accepted request is done, polling its status with backoff.
   *
   * `request` is its id or its status URL (the `Location` of the 202). Resolves to the final status; throws RequestFailedError if the request failed, WaitTimeoutError when `timeoutMs` passes.
   */
  wait(request, options = {}) {
    return this.#transport.waitForRequest(ops.asyncStatus, request, options);
  }
}
export {
  RequestsApi
};
