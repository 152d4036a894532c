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
  /** The body once asked for, by `await` and `withResponse()` alike: it is read once. */
  #data;
  #result;
  constructor(sent) {
    this.#sent = sent;
  }
  /** The data with status, headers, request id, ETag and rate limit. */
  withResponse() {
    this.#result ??= Promise.all([this.#sent, this.#read()]).then(
      ([sent, data]) => apiResult(data, sent.response, sent.site.requestId)
    );
    return this.#result;
  }
  /** The raw response, body unread (error statuses still throw). */
  asResponse() {
    return this.#sent.then((s) => s.response);
  }
  // Awaiting gives the data alone: the result object with its lazy ETag and rate limit is made
  // only for withResponse(), as making one costs as much as the rest of the client's part of a call.
  then(onFulfilled, onRejected) {
    return this.read().then(onFulfilled, onRejected);
  }
  catch(onRejected) {
    return this.then(void 0, onRejected);
  }
  finally(onFinally) {
    return this.then().finally(onFinally);
  }
  /** The data an `await` gives: this call's body, read once. A subclass whose data may come from elsewhere says so here. */
  read() {
    return this.#read();
  }
  #read() {
    this.#data ??= this.#parse();
    return this.#data;
  }
  // Awaited rather than chained with then(): a promise returned from a then() callback costs two turns more.
  async #parse() {
    return await (await this.#sent).parse();
  }
}
export {
  ApiPromise,
  apiResult
};
