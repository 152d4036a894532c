import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listUserAuditsSpec = { method: "GET", path: "/v1/users/audits", id: "listUserAudits", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, userId: shared.userId2, requestId: shared.requestId, changedBy: shared.changedBy, startDate: shared.startDate, endDate: shared.endDate, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
class UsersAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List user change history
   *
   * Returns one page of audit entries for changes made to users. Filter by user, request id, changing user and date range.
   *
   * `GET /v1/users/audits` (listUserAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listUserAuditsSpec, params, options);
  }
}
function listUserAudits(transport, params = {}, options = {}) {
  return paginate(transport, listUserAuditsSpec, params, options);
}
export {
  UsersAuditsApi,
  listUserAudits
};
