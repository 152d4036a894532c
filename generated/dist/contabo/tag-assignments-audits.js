import * as ops from "./operations.js";
class TagAssignmentsAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List tag assignment history
   *
   * Returns one page of audit entries for tags being assigned to and removed from resources. Filter by tag, resource, request id, user and date range.
   *
   * `GET /v1/tags/assignments/audits` (listTagAssignmentAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return this.#transport.paginate(ops.listTagAssignmentAudits, params, options);
  }
}
export {
  TagAssignmentsAuditsApi
};
