import * as shared from "./parameters.js";
const listTags = { method: "GET", path: "/v1/tags", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, name: shared.name, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const createTag = { method: "POST", path: "/v1/tags", params: { xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
const getTag = { method: "GET", path: "/v1/tags/{tagId}", params: { tagId: shared.tagId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const deleteTag = { method: "DELETE", path: "/v1/tags/{tagId}", params: { tagId: shared.tagId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "204": "none" } };
const updateTag = { method: "PATCH", path: "/v1/tags/{tagId}", params: { tagId: shared.tagId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
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
    return this.#transport.paginate(listTags, params, options);
  }
  /**
   * Create a tag
   *
   * Creates a tag with a name and a display color (hex, `#0A78C3` unless given).
   *
   * `POST /v1/tags` (createTag)
   */
  create(params, options = {}) {
    return this.#transport.request(createTag, params, options);
  }
  /**
   * Get a tag
   *
   * Returns one tag.
   *
   * `GET /v1/tags/{tagId}` (getTag)
   */
  get(params, options = {}) {
    return this.#transport.request(getTag, params, options);
  }
  /**
   * Delete a tag
   *
   * Deletes a tag. Only a tag that is assigned to no resource can be deleted.
   *
   * `DELETE /v1/tags/{tagId}` (deleteTag)
   */
  delete(params, options = {}) {
    return this.#transport.request(deleteTag, params, options);
  }
  /**
   * Update a tag
   *
   * Changes the name, color and/or description of a tag; fields left out keep their value.
   *
   * `PATCH /v1/tags/{tagId}` (updateTag)
   */
  update(params, options = {}) {
    return this.#transport.request(updateTag, params, options);
  }
}
export {
  TagsApi
};
