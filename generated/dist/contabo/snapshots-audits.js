import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listSnapshotAuditsSpec = { method: "GET", path: "/v1/compute/snapshots/audits", id: "listSnapshotAudits", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, instanceId: shared.instanceId2, snapshotId: { in: "query", name: "snapshotId" }, requestId: shared.requestId, changedBy: shared.changedBy, startDate: shared.startDate, endDate: shared.endDate, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
class SnapshotsAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List snapshot change history
   *
   * Returns one page of audit entries for changes made to snapshots. Filter by instance, snapshot, request id, user and date range.
   *
   * `GET /v1/compute/snapshots/audits` (listSnapshotAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listSnapshotAuditsSpec, params, options);
  }
}
function listSnapshotAudits(transport, params = {}, options = {}) {
  return paginate(transport, listSnapshotAuditsSpec, params, options);
}
export {
  SnapshotsAuditsApi,
  listSnapshotAudits
};
