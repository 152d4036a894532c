import * as shared from "./parameters.js";
const listRoleAuditsSpec = { method: "GET", path: "/v1/roles/audits", id: "listRoleAudits", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, roleId: { in: "query", name: "roleId" }, requestId: shared.requestId, changedBy: shared.changedBy, startDate: shared.startDate, endDate: shared.endDate, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
class RolesAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List role change history
   *
   * Returns audit entries for changes made to roles. Filter by role, request id, user and date range. The response carries no `_pagination` block.
   *
   * `GET /v1/roles/audits` (listRoleAudits)
   */
  list(params = {}, options = {}) {
    return this.#transport.request(listRoleAuditsSpec, params, options);
  }
}
function listRoleAudits(transport, params = {}, options = {}) {
  return transport.request(listRoleAuditsSpec, params, options);
}
export {
  RolesAuditsApi,
  listRoleAudits
};
