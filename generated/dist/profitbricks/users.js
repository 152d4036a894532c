import * as ops from "./operations.js";
class UsersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(ops.listUsers, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(ops.createUser, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getUser, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(ops.replaceUser, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(ops.deleteUser, params, options);
  }
}
export {
  UsersApi
};
