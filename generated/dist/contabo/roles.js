import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listRolesSpec = { method: "GET", path: "/v1/roles", id: "listRoles", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, name: shared.name, apiName: shared.apiName, tagName: { in: "query", name: "tagName" }, type_: shared.type_, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
const createRoleSpec = { method: "POST", path: "/v1/roles", id: "createRole", params: { xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
const getRoleSpec = { method: "GET", path: "/v1/roles/{roleId}", id: "getRole", params: { roleId: shared.roleId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const updateRoleSpec = { method: "PUT", path: "/v1/roles/{roleId}", id: "updateRole", params: { roleId: shared.roleId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
const deleteRoleSpec = { method: "DELETE", path: "/v1/roles/{roleId}", id: "deleteRole", params: { roleId: shared.roleId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "204": "none" } };
const listApiPermissionsSpec = { method: "GET", path: "/v1/roles/api-permissions", id: "listApiPermissions", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, apiName: shared.apiName, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
class RolesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List roles
   *
   * Returns one page of the roles of the account. Filter by name, API endpoint, tag name and type.
   *
   * `GET /v1/roles` (listRoles)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listRolesSpec, params, options);
  }
  /**
   * Create a role
   *
   * Creates a role. A role is either admin (everything), or grants actions on API endpoints (`apiName`, see `listApiPermissions`), optionally limited to the resources carrying the given tags.
   *
   * `POST /v1/roles` (createRole)
   */
  create(params, options = {}) {
    return this.#transport.request(createRoleSpec, params, options);
  }
  /**
   * Get a role
   *
   * Returns one role with its permissions.
   *
   * `GET /v1/roles/{roleId}` (getRole)
   */
  get(params, options = {}) {
    return this.#transport.request(getRoleSpec, params, options);
  }
  /**
   * Update a role
   *
   * Updates a role; `name`, `admin` and `accessAllResources` must always be sent.
   *
   * `PUT /v1/roles/{roleId}` (updateRole)
   */
  update(params, options = {}) {
    return this.#transport.request(updateRoleSpec, params, options);
  }
  /**
   * Delete a role
   *
   * Deletes a role. A role that is still assigned to a user cannot be deleted.
   *
   * `DELETE /v1/roles/{roleId}` (deleteRole)
   */
  delete(params, options = {}) {
    return this.#transport.request(deleteRoleSpec, params, options);
  }
  /**
   * List API permissions
   *
   * Lists the API endpoints a role can grant access to and the actions available on each.
   *
   * `GET /v1/roles/api-permissions` (listApiPermissions)
   */
  listApiPermissions(params = {}, options = {}) {
    return this.#transport.request(listApiPermissionsSpec, params, options);
  }
}
function listRoles(transport, params = {}, options = {}) {
  return paginate(transport, listRolesSpec, params, options);
}
function createRole(transport, params, options = {}) {
  return transport.request(createRoleSpec, params, options);
}
function getRole(transport, params, options = {}) {
  return transport.request(getRoleSpec, params, options);
}
function updateRole(transport, params, options = {}) {
  return transport.request(updateRoleSpec, params, options);
}
function deleteRole(transport, params, options = {}) {
  return transport.request(deleteRoleSpec, params, options);
}
function listApiPermissions(transport, params = {}, options = {}) {
  return transport.request(listApiPermissionsSpec, params, options);
}
export {
  RolesApi,
  createRole,
  deleteRole,
  getRole,
  listApiPermissions,
  listRoles,
  updateRole
};
