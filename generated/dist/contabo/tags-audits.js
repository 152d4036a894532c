import * as ops from "./operations.js";
class TagsAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List tag change history
   *
   * Returns one page of audit entries for changes made to tags. Filter by tag, request id, user and date range.
   *
   * `GET /v1/tags/audits` (listTagAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return this.#transport.paginate(ops.listTagAudits, params, options);
  }
}
export {
  TagsAuditsApi
};
