import * as ops from "./operations.js";
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
    return this.#transport.paginate(ops.listSecretAudits, params, options);
  }
}
export {
  SecretsAuditsApi
};
