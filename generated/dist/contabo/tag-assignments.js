import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listTagAssignmentsSpec = { method: "GET", path: "/v1/tags/{tagId}/assignments", id: "listTagAssignments", params: { tagId: shared.tagId, page: shared.page, size: shared.size, orderBy: shared.orderBy, resourceType: shared.resourceType2, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
const getTagAssignmentSpec = { method: "GET", path: "/v1/tags/{tagId}/assignments/{resourceType}/{resourceId}", id: "getTagAssignment", params: { tagId: shared.tagId, resourceType: shared.resourceType, resourceId: shared.resourceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const createTagAssignmentSpec = { method: "POST", path: "/v1/tags/{tagId}/assignments/{resourceType}/{resourceId}", id: "createTagAssignment", params: { tagId: shared.tagId, resourceType: shared.resourceType, resourceId: shared.resourceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "201": "json" } };
const deleteTagAssignmentSpec = { method: "DELETE", path: "/v1/tags/{tagId}/assignments/{resourceType}/{resourceId}", id: "deleteTagAssignment", params: { tagId: shared.tagId, resourceType: shared.resourceType, resourceId: shared.resourceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "204": "none" } };
class TagAssignmentsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List a tag's assignments
   *
   * Returns one page of the resources a tag is assigned to; `resourceType` filters by substring.
   *
   * `GET /v1/tags/{tagId}/assignments` (listTagAssignments)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params, options = {}) {
    return paginate(this.#transport, listTagAssignmentsSpec, params, options);
  }
  /**
   * Get a tag assignment
   *
   * Returns the assignment of a tag to one resource, identified by resource type and id.
   *
   * `GET /v1/tags/{tagId}/assignments/{resourceType}/{resourceId}` (getTagAssignment)
   */
  get(params, options = {}) {
    return this.#transport.request(getTagAssignmentSpec, params, options);
  }
  /**
   * Assign a tag to a resource
   *
   * Assigns a tag to a resource. Roles with resource permissions grant access to the resources carrying their tags.
   *
   * `POST /v1/tags/{tagId}/assignments/{resourceType}/{resourceId}` (createTagAssignment)
   */
  create(params, options = {}) {
    return this.#transport.request(createTagAssignmentSpec, params, options);
  }
  /**
   * Remove a tag from a resource
   *
   * Removes a tag from a resource. Users whose access to the resource came from this tag lose it.
   *
   * `DELETE /v1/tags/{tagId}/assignments/{resourceType}/{resourceId}` (deleteTagAssignment)
   */
  delete(params, options = {}) {
    return this.#transport.request(deleteTagAssignmentSpec, params, options);
  }
}
function listTagAssignments(transport, params, options = {}) {
  return paginate(transport, listTagAssignmentsSpec, params, options);
}
function getTagAssignment(transport, params, options = {}) {
  return transport.request(getTagAssignmentSpec, params, options);
}
function createTagAssignment(transport, params, options = {}) {
  return transport.request(createTagAssignmentSpec, params, options);
}
function deleteTagAssignment(transport, params, options = {}) {
  return transport.request(deleteTagAssignmentSpec, params, options);
}
export {
  TagAssignmentsApi,
  createTagAssignment,
  deleteTagAssignment,
  getTagAssignment,
  listTagAssignments
};
