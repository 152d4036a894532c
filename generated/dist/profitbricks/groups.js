import * as ops from "./operations.js";
class GroupsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(ops.listGroups, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(ops.createGroup, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getGroup, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(ops.replaceGroup, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(ops.deleteGroup, params, options);
  }
  listShares(params, options = {}) {
    return this.#transport.request(ops.listGroupShares, params, options);
  }
  getShare(params, options = {}) {
    return this.#transport.request(ops.getGroupShare, params, options);
  }
  replaceShare(params, options = {}) {
    return this.#transport.accept(ops.replaceGroupShare, params, options);
  }
  addShare(params, options = {}) {
    return this.#transport.accept(ops.addGroupShare, params, options);
  }
  removeShare(params, options = {}) {
    return this.#transport.accept(ops.removeGroupShare, params, options);
  }
  listUsers(params, options = {}) {
    return this.#transport.request(ops.listGroupUsers, params, options);
  }
  addUser(params, options = {}) {
    return this.#transport.accept(ops.addGroupUser, params, options);
  }
  removeUser(params, options = {}) {
    return this.#transport.accept(ops.removeGroupUser, params, options);
  }
}
export {
  GroupsApi
};
