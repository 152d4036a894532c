import * as ops from "./operations.js";
class PrivateNetworksAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List private network change history
   *
   * Returns one page of audit entries for changes made to private networks. Filter by private network, request id, user and date range.
   *
   * `GET /v1/private-networks/audits` (listPrivateNetworkAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return this.#transport.paginate(ops.listPrivateNetworkAudits, params, options);
  }
}
export {
  PrivateNetworksAuditsApi
};
