import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listInstanceAuditsSpec = { method: "GET", path: "/v1/compute/instances/audits", id: "listInstanceAudits", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, instanceId: shared.instanceId2, requestId: shared.requestId, changedBy: shared.changedBy, startDate: shared.startDate, endDate: shared.endDate, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
class InstancesAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List instance change history
   *
   * Returns one page of audit entries for changes made to instances: what changed, when, by whom and through which request. Filter by instance, request id, user and date range.
   *
   * `GET /v1/compute/instances/audits` (listInstanceAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listInstanceAuditsSpec, params, options);
  }
}
function listInstanceAudits(transport, params = {}, options = {}) {
  return paginate(transport, listInstanceAuditsSpec, params, options);
}
export {
  InstancesAuditsApi,
  listInstanceAudits
};
