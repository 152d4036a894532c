import * as ops from "./operations.js";
class ImagesAuditsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List custom image change history
   *
   * Returns one page of audit entries for changes made to custom images. Filter by image, request id, user and date range.
   *
   * `GET /v1/compute/images/audits` (listImageAudits)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return this.#transport.paginate(ops.listImageAudits, params, options);
  }
}
export {
  ImagesAuditsApi
};
