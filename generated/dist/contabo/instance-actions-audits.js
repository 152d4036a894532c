import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listInstanceActionAuditsSpec = { method: "GET", path: "/v1/compute/instances/actions/audits", id: "listInstanceActionAudits", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, instanceId: shared.instanceId2, requestId: shared.requestId, changedBy: shared.changedBy, startDate: shared.startDate, endDate: shared.endDate, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
class InstanceActionsAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List instance action history
   *
   * Returns one page of audit entries for the power and rescue actions triggered on instances through the API. Filter by instance, request id, user and date range.
   *
   * `GET /v1/compute/instances/actions/audits` (listInstanceActionAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listInstanceActionAuditsSpec, params, options);
  }
}
function listInstanceActionAudits(transport, params = {}, options = {}) {
  return paginate(transport, listInstanceActionAuditsSpec, params, options);
}
export {
  InstanceActionsAuditsApi,
  listInstanceActionAudits
};
