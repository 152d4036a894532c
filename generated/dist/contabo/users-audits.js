import * as ops from "./operations.js";
class UsersAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List user change history
   *
   * Returns one page of audit entries for changes made to users. Filter by user, request id, changing user and date range.
   *
   * `GET /v1/users/audits` (listUserAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return this.#transport.paginate(ops.listUserAudits, params, options);
  }
}
export {
  UsersAuditsApi
};
