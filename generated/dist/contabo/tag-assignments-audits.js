import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listTagAssignmentAuditsSpec = { method: "GET", path: "/v1/tags/assignments/audits", id: "listTagAssignmentAudits", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, tagId: shared.tagId2, resourceId: shared.resourceId2, requestId: shared.requestId, changedBy: shared.changedBy, startDate: shared.startDate, endDate: shared.endDate, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
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
    return paginate(this.#transport, listTagAssignmentAuditsSpec, params, options);
  }
}
function listTagAssignmentAudits(transport, params = {}, options = {}) {
  return paginate(transport, listTagAssignmentAuditsSpec, params, options);
}
export {
  TagAssignmentsAuditsApi,
  listTagAssignmentAudits
};
