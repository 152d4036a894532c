import * as shared from "./parameters.js";
const listUsers = { method: "GET", path: "/um/users", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createUser = { method: "POST", path: "/um/users", params: { pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getUser = { method: "GET", path: "/um/users/{userId}", params: { userId: shared.userId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceUser = { method: "PUT", path: "/um/users/{userId}", params: { userId: shared.userId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteUser = { method: "DELETE", path: "/um/users/{userId}", params: { userId: shared.userId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
class UsersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listUsers, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(createUser, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getUser, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(replaceUser, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(deleteUser, params, options);
  }
}
export {
  UsersApi
};
