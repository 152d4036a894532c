import * as shared from "./parameters.js";
const listGroups = { method: "GET", path: "/um/groups", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createGroup = { method: "POST", path: "/um/groups", params: { pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getGroup = { method: "GET", path: "/um/groups/{groupId}", params: { groupId: shared.groupId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceGroup = { method: "PUT", path: "/um/groups/{groupId}", params: { groupId: shared.groupId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteGroup = { method: "DELETE", path: "/um/groups/{groupId}", params: { groupId: shared.groupId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const listGroupShares = { method: "GET", path: "/um/groups/{groupId}/shares", params: { groupId: shared.groupId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getGroupShare = { method: "GET", path: "/um/groups/{groupId}/shares/{resourceId}", params: { groupId: shared.groupId, resourceId: shared.resourceId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceGroupShare = { method: "PUT", path: "/um/groups/{groupId}/shares/{resourceId}", params: { groupId: shared.groupId, resourceId: shared.resourceId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const addGroupShare = { method: "POST", path: "/um/groups/{groupId}/shares/{resourceId}", params: { groupId: shared.groupId, resourceId: shared.resourceId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const removeGroupShare = { method: "DELETE", path: "/um/groups/{groupId}/shares/{resourceId}", params: { groupId: shared.groupId, resourceId: shared.resourceId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const listGroupUsers = { method: "GET", path: "/um/groups/{groupId}/users", params: { groupId: shared.groupId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const addGroupUser = { method: "POST", path: "/um/groups/{groupId}/users", params: { groupId: shared.groupId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const removeGroupUser = { method: "DELETE", path: "/um/groups/{groupId}/users/{userId}", params: { groupId: shared.groupId, userId: shared.userId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
class GroupsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listGroups, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(createGroup, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getGroup, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(replaceGroup, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(deleteGroup, params, options);
  }
  listShares(params, options = {}) {
    return this.#transport.request(listGroupShares, params, options);
  }
  getShare(params, options = {}) {
    return this.#transport.request(getGroupShare, params, options);
  }
  replaceShare(params, options = {}) {
    return this.#transport.accept(replaceGroupShare, params, options);
  }
  addShare(params, options = {}) {
    return this.#transport.accept(addGroupShare, params, options);
  }
  removeShare(params, options = {}) {
    return this.#transport.accept(removeGroupShare, params, options);
  }
  listUsers(params, options = {}) {
    return this.#transport.request(listGroupUsers, params, options);
  }
  addUser(params, options = {}) {
    return this.#transport.accept(addGroupUser, params, options);
  }
  removeUser(params, options = {}) {
    return this.#transport.accept(removeGroupUser, params, options);
  }
}
export {
  GroupsApi
};
