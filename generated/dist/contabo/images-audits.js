import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listImageAuditsSpec = { method: "GET", path: "/v1/compute/images/audits", id: "listImageAudits", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, imageId: { in: "query", name: "imageId" }, requestId: shared.requestId, changedBy: shared.changedBy, startDate: shared.startDate, endDate: shared.endDate, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
class ImagesAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List custom image change history
   *
   * Returns one page of audit entries for changes made to custom images. Filter by image, request id, user and date range.
   *
   * `GET /v1/compute/images/audits` (listImageAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listImageAuditsSpec, params, options);
  }
}
function listImageAudits(transport, params = {}, options = {}) {
  return paginate(transport, listImageAuditsSpec, params, options);
}
export {
  ImagesAuditsApi,
  listImageAudits
};
