import { asyncWrite } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listUsersSpec = { method: "GET", path: "/um/users", id: "listUsers", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createUserSpec = { method: "POST", path: "/um/users", id: "createUser", params: { pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getUserSpec = { method: "GET", path: "/um/users/{userId}", id: "getUser", params: { userId: shared.userId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceUserSpec = { method: "PUT", path: "/um/users/{userId}", id: "replaceUser", params: { userId: shared.userId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteUserSpec = { method: "DELETE", path: "/um/users/{userId}", id: "deleteUser", params: { userId: shared.userId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
class UsersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listUsersSpec, params, options);
  }
  create(params, options = {}) {
    return asyncWrite(this.#transport, createUserSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getUserSpec, params, options);
  }
  replace(params, options = {}) {
    return asyncWrite(this.#transport, replaceUserSpec, params, options);
  }
  delete(params, options = {}) {
    return asyncWrite(this.#transport, deleteUserSpec, params, options);
  }
}
function listUsers(transport, params = {}, options = {}) {
  return transport.request(listUsersSpec, params, options);
}
function createUser(transport, params, options = {}) {
  return asyncWrite(transport, createUserSpec, params, options);
}
function getUser(transport, params, options = {}) {
  return transport.request(getUserSpec, params, options);
}
function replaceUser(transport, params, options = {}) {
  return asyncWrite(transport, replaceUserSpec, params, options);
}
function deleteUser(transport, params, options = {}) {
  return asyncWrite(transport, deleteUserSpec, params, options);
}
export {
  UsersApi,
  createUser,
  deleteUser,
  getUser,
  listUsers,
  replaceUser
};
