import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listTagAuditsSpec = { method: "GET", path: "/v1/tags/audits", id: "listTagAudits", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, tagId: shared.tagId2, requestId: shared.requestId, changedBy: shared.changedBy, startDate: shared.startDate, endDate: shared.endDate, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
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
    return paginate(this.#transport, listTagAuditsSpec, params, options);
  }
}
function listTagAudits(transport, params = {}, options = {}) {
  return paginate(transport, listTagAuditsSpec, params, options);
}
export {
  TagsAuditsApi,
  listTagAudits
};
