import * as ops from "./operations.js";
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
    return this.#transport.request(ops.listRoleAudits, params, options);
  }
}
export {
  RolesAuditsApi
};
