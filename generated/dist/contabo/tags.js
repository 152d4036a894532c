import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listTagsSpec = { method: "GET", path: "/v1/tags", id: "listTags", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, name: shared.name, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
const createTagSpec = { method: "POST", path: "/v1/tags", id: "createTag", params: { xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
const getTagSpec = { method: "GET", path: "/v1/tags/{tagId}", id: "getTag", params: { tagId: shared.tagId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const deleteTagSpec = { method: "DELETE", path: "/v1/tags/{tagId}", id: "deleteTag", params: { tagId: shared.tagId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "204": "none" } };
const updateTagSpec = { method: "PATCH", path: "/v1/tags/{tagId}", id: "updateTag", params: { tagId: shared.tagId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
class TagsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List tags
   *
   * Returns one page of the tags in the account; `name` filters by substring.
   *
   * `GET /v1/tags` (listTags)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listTagsSpec, params, options);
  }
  /**
   * Create a tag
   *
   * Creates a tag with a name and a display color (hex, `#0A78C3` unless given).
   *
   * `POST /v1/tags` (createTag)
   */
  create(params, options = {}) {
    return this.#transport.request(createTagSpec, params, options);
  }
  /**
   * Get a tag
   *
   * Returns one tag.
   *
   * `GET /v1/tags/{tagId}` (getTag)
   */
  get(params, options = {}) {
    return this.#transport.request(getTagSpec, params, options);
  }
  /**
   * Delete a tag
   *
   * Deletes a tag. Only a tag that is assigned to no resource can be deleted.
   *
   * `DELETE /v1/tags/{tagId}` (deleteTag)
   */
  delete(params, options = {}) {
    return this.#transport.request(deleteTagSpec, params, options);
  }
  /**
   * Update a tag
   *
   * Changes the name, color and/or description of a tag; fields left out keep their value.
   *
   * `PATCH /v1/tags/{tagId}` (updateTag)
   */
  update(params, options = {}) {
    return this.#transport.request(updateTagSpec, params, options);
  }
}
function listTags(transport, params = {}, options = {}) {
  return paginate(transport, listTagsSpec, params, options);
}
function createTag(transport, params, options = {}) {
  return transport.request(createTagSpec, params, options);
}
function getTag(transport, params, options = {}) {
  return transport.request(getTagSpec, params, options);
}
function deleteTag(transport, params, options = {}) {
  return transport.request(deleteTagSpec, params, options);
}
function updateTag(transport, params, options = {}) {
  return transport.request(updateTagSpec, params, options);
}
export {
  TagsApi,
  createTag,
  deleteTag,
  getTag,
  listTags,
  updateTag
};
