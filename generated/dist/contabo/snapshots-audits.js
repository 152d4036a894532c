import * as ops from "./operations.js";
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
    return this.#transport.paginate(ops.listSnapshotAudits, params, options);
  }
}
export {
  SnapshotsAuditsApi
};
