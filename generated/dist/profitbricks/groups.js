import { asyncWrite } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listGroupsSpec = { method: "GET", path: "/um/groups", id: "listGroups", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createGroupSpec = { method: "POST", path: "/um/groups", id: "createGroup", params: { pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getGroupSpec = { method: "GET", path: "/um/groups/{groupId}", id: "getGroup", params: { groupId: shared.groupId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceGroupSpec = { method: "PUT", path: "/um/groups/{groupId}", id: "replaceGroup", params: { groupId: shared.groupId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteGroupSpec = { method: "DELETE", path: "/um/groups/{groupId}", id: "deleteGroup", params: { groupId: shared.groupId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const listGroupSharesSpec = { method: "GET", path: "/um/groups/{groupId}/shares", id: "listGroupShares", params: { groupId: shared.groupId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getGroupShareSpec = { method: "GET", path: "/um/groups/{groupId}/shares/{resourceId}", id: "getGroupShare", params: { groupId: shared.groupId, resourceId: shared.resourceId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceGroupShareSpec = { method: "PUT", path: "/um/groups/{groupId}/shares/{resourceId}", id: "replaceGroupShare", params: { groupId: shared.groupId, resourceId: shared.resourceId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const addGroupShareSpec = { method: "POST", path: "/um/groups/{groupId}/shares/{resourceId}", id: "addGroupShare", params: { groupId: shared.groupId, resourceId: shared.resourceId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const removeGroupShareSpec = { method: "DELETE", path: "/um/groups/{groupId}/shares/{resourceId}", id: "removeGroupShare", params: { groupId: shared.groupId, resourceId: shared.resourceId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const listGroupUsersSpec = { method: "GET", path: "/um/groups/{groupId}/users", id: "listGroupUsers", params: { groupId: shared.groupId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const addGroupUserSpec = { method: "POST", path: "/um/groups/{groupId}/users", id: "addGroupUser", params: { groupId: shared.groupId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const removeGroupUserSpec = { method: "DELETE", path: "/um/groups/{groupId}/users/{userId}", id: "removeGroupUser", params: { groupId: shared.groupId, userId: shared.userId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
class GroupsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listGroupsSpec, params, options);
  }
  create(params, options = {}) {
    return asyncWrite(this.#transport, createGroupSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getGroupSpec, params, options);
  }
  replace(params, options = {}) {
    return asyncWrite(this.#transport, replaceGroupSpec, params, options);
  }
  delete(params, options = {}) {
    return asyncWrite(this.#transport, deleteGroupSpec, params, options);
  }
  listShares(params, options = {}) {
    return this.#transport.request(listGroupSharesSpec, params, options);
  }
  getShare(params, options = {}) {
    return this.#transport.request(getGroupShareSpec, params, options);
  }
  replaceShare(params, options = {}) {
    return asyncWrite(this.#transport, replaceGroupShareSpec, params, options);
  }
  addShare(params, options = {}) {
    return asyncWrite(this.#transport, addGroupShareSpec, params, options);
  }
  removeShare(params, options = {}) {
    return asyncWrite(this.#transport, removeGroupShareSpec, params, options);
  }
  listUsers(params, options = {}) {
    return this.#transport.request(listGroupUsersSpec, params, options);
  }
  addUser(params, options = {}) {
    return asyncWrite(this.#transport, addGroupUserSpec, params, options);
  }
  removeUser(params, options = {}) {
    return asyncWrite(this.#transport, removeGroupUserSpec, params, options);
  }
}
function listGroups(transport, params = {}, options = {}) {
  return transport.request(listGroupsSpec, params, options);
}
function createGroup(transport, params, options = {}) {
  return asyncWrite(transport, createGroupSpec, params, options);
}
function getGroup(transport, params, options = {}) {
  return transport.request(getGroupSpec, params, options);
}
function replaceGroup(transport, params, options = {}) {
  return asyncWrite(transport, replaceGroupSpec, params, options);
}
function deleteGroup(transport, params, options = {}) {
  return asyncWrite(transport, deleteGroupSpec, params, options);
}
function listGroupShares(transport, params, options = {}) {
  return transport.request(listGroupSharesSpec, params, options);
}
function getGroupShare(transport, params, options = {}) {
  return transport.request(getGroupShareSpec, params, options);
}
function replaceGroupShare(transport, params, options = {}) {
  return asyncWrite(transport, replaceGroupShareSpec, params, options);
}
function addGroupShare(transport, params, options = {}) {
  return asyncWrite(transport, addGroupShareSpec, params, options);
}
function removeGroupShare(transport, params, options = {}) {
  return asyncWrite(transport, removeGroupShareSpec, params, options);
}
function listGroupUsers(transport, params, options = {}) {
  return transport.request(listGroupUsersSpec, params, options);
}
function addGroupUser(transport, params, options = {}) {
  return asyncWrite(transport, addGroupUserSpec, params, options);
}
function removeGroupUser(transport, params, options = {}) {
  return asyncWrite(transport, removeGroupUserSpec, params, options);
}
export {
  GroupsApi,
  addGroupShare,
  addGroupUser,
  createGroup,
  deleteGroup,
  getGroup,
  getGroupShare,
  listGroupShares,
  listGroupUsers,
  listGroups,
  removeGroupShare,
  removeGroupUser,
  replaceGroup,
  replaceGroupShare
};
