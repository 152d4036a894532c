import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listObjectStorageAuditsSpec = { method: "GET", path: "/v1/object-storages/audits", id: "listObjectStorageAudits", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, objectStorageId: shared.objectStorageId2, requestId: shared.requestId, changedBy: shared.changedBy, startDate: shared.startDate, endDate: shared.endDate, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
class ObjectStoragesAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List object storage change history
   *
   * Returns one page of audit entries for changes made to object storages. Filter by object storage, request id, user and date range.
   *
   * `GET /v1/object-storages/audits` (listObjectStorageAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listObjectStorageAuditsSpec, params, options);
  }
}
function listObjectStorageAudits(transport, params = {}, options = {}) {
  return paginate(transport, listObjectStorageAuditsSpec, params, options);
}
export {
  ObjectStoragesAuditsApi,
  listObjectStorageAudits
};
