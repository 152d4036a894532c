import * as ops from "./operations.js";
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
    return this.#transport.paginate(ops.listTags, params, options);
  }
  /**
   * Create a tag
   *
   * Creates a tag with a name and a display color (hex, `#0A78C3` unless given).
   *
   * `POST /v1/tags` (createTag)
   */
  create(params, options = {}) {
    return this.#transport.request(ops.createTag, params, options);
  }
  /**
   * Get a tag
   *
   * Returns one tag.
   *
   * `GET /v1/tags/{tagId}` (getTag)
   */
  get(params, options = {}) {
    return this.#transport.request(ops.getTag, params, options);
  }
  /**
   * Delete a tag
   *
   * Deletes a tag. Only a tag that is assigned to no resource can be deleted.
   *
   * `DELETE /v1/tags/{tagId}` (deleteTag)
   */
  delete(params, options = {}) {
    return this.#transport.request(ops.deleteTag, params, options);
  }
  /**
   * Update a tag
   *
   * Changes the name, color and/or description of a tag; fields left out keep their value.
   *
   * `PATCH /v1/tags/{tagId}` (updateTag)
   */
  update(params, options = {}) {
    return this.#transport.request(ops.updateTag, params, options);
  }
}
export {
  TagsApi
};
