import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listSecretAuditsSpec = { method: "GET", path: "/v1/secrets/audits", id: "listSecretAudits", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, secretId: { in: "query", name: "secretId" }, requestId: shared.requestId, changedBy: shared.changedBy, startDate: shared.startDate, endDate: shared.endDate, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
class SecretsAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List secret change history
   *
   * Returns one page of audit entries for changes made to secrets. Filter by secret, request id, user and date range.
   *
   * `GET /v1/secrets/audits` (listSecretAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listSecretAuditsSpec, params, options);
  }
}
function listSecretAudits(transport, params = {}, options = {}) {
  return paginate(transport, listSecretAuditsSpec, params, options);
}
export {
  SecretsAuditsApi,
  listSecretAudits
};
