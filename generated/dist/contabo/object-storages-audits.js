import * as ops from "./operations.js";
class ObjectStoragesAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List object storage change history
   *
   * Returns one page of audit entries for changes made to object storages. Filter by object storage, request id, user and date range.
   *
   * `GET /v1/object-storages/audits` (listObjectStorageAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return this.#transport.paginate(ops.listObjectStorageAudits, params, options);
  }
}
export {
  ObjectStoragesAuditsApi
};
