import { parseRateLimit } from "./rate-limit.js";
function apiResult(data, response, requestId) {
  return {
    data,
    response,
    status: response.status,
    requestId,
    // Read from the headers when asked for: most callers never look.
    get etag() {
      return response.headers.get("etag") ?? void 0;
    },
    get rateLimit() {
      return parseRateLimit(response.headers);
    }
  };
}
class ApiPromise {
  #sent;
  #parsed;
  constructor(sent) {
    this.#sent = sent;
  }
  /** The data with status, headers, request id, ETag and rate limit. */
  withResponse() {
    this.#parsed ??= this.#sent.then((s) => s.parse());
    return this.#parsed;
  }
  /** The raw response, body unread (error statuses still throw). */
  asResponse() {
    return this.#sent.then((s) => s.response);
  }
  then(onFulfilled, onRejected) {
    return this.withResponse().then(
      onFulfilled ? (r) => onFulfilled(r.data) : (r) => r.data,
      onRejected
    );
  }
  catch(onRejected) {
    return this.then(void 0, onRejected);
  }
  finally(onFinally) {
    return this.then().finally(onFinally);
  }
}
export {
  ApiPromise,
  apiResult
};
