import * as ops from "./operations.js";
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
    return this.#transport.paginate(ops.listInstanceAudits, params, options);
  }
}
export {
  InstancesAuditsApi
};
