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
  /**
   * The result for a reader that asks once and keeps what it needs itself (a
   * page walk): the kept result if anyone asked before, else read without
   * keeping it. Afterwards the body is spent: `withResponse` cannot read it.
   */
  readOnce() {
    return this.#parsed ?? this.#sent.then((s) => s.parse());
  }
  /** Whether the result has been asked for (and is kept). */
  get asked() {
    return this.#parsed !== void 0;
  }
  /** The raw response, body unread (error statuses still throw). */
  asResponse() {
    return this.#sent.then((s) => s.response);
  }
  then(onFulfilled, onRejected) {
    return this.withResponse().then((r) => r.data).then(onFulfilled, onRejected);
  }
  catch(onRejected) {
    return this.then(void 0, onRejected);
  }
  finally(onFinally) {
    return this.then().finally(onFinally);
  }
  get [Symbol.toStringTag]() {
    return "ApiPromise";
  }
}
export {
  ApiPromise
};
