import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listPrivateNetworkAuditsSpec = { method: "GET", path: "/v1/private-networks/audits", id: "listPrivateNetworkAudits", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, privateNetworkId: { in: "query", name: "privateNetworkId" }, requestId: shared.requestId, changedBy: shared.changedBy, startDate: shared.startDate, endDate: shared.endDate, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
class PrivateNetworksAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List private network change history
   *
   * Returns one page of audit entries for changes made to private networks. Filter by private network, request id, user and date range.
   *
   * `GET /v1/private-networks/audits` (listPrivateNetworkAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listPrivateNetworkAuditsSpec, params, options);
  }
}
function listPrivateNetworkAudits(transport, params = {}, options = {}) {
  return paginate(transport, listPrivateNetworkAuditsSpec, params, options);
}
export {
  PrivateNetworksAuditsApi,
  listPrivateNetworkAudits
};
