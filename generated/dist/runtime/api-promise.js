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
  ApiPromise
};
