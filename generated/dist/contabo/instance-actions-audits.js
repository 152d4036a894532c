import * as ops from "./operations.js";
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
    return this.#transport.paginate(ops.listInstanceActionAudits, params, options);
  }
}
export {
  InstanceActionsAuditsApi
};
