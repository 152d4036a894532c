import { waitForStatus } from "../runtime/index.js";
import * as ops from "./operations.js";
class ObjectStoragesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List object storages
   *
   * Returns one page of your S3-compatible object storages. This API manages the product; the S3 API itself is served at each storage's `s3Url`, with the credentials from the Users API.
   *
   * `GET /v1/object-storages` (listObjectStorages)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return this.#transport.paginate(ops.listObjectStorages, params, options);
  }
  /**
   * Order an object storage
   *
   * Purchases object storage in a region with the given size in TB and optional autoscaling. An account can have one object storage per region; to get more space later, resize it. The order is billed and provisioned in the background.
   *
   * `POST /v1/object-storages` (createObjectStorage)
   */
  create(params, options = {}) {
    return this.#transport.request(ops.createObjectStorage, params, options);
  }
  /**
   * List data centers
   *
   * Returns one page of data centers with their region, their capabilities (VPS, VDS, object storage, private networking) and the S3 URL of their object storage.
   *
   * `GET /v1/data-centers` (listDataCenters)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  listDataCenters(params = {}, options = {}) {
    return this.#transport.paginate(ops.listDataCenters, params, options);
  }
  /**
   * Get an object storage
   *
   * Returns one object storage with its size, autoscaling settings, S3 URL and status.
   *
   * `GET /v1/object-storages/{objectStorageId}` (getObjectStorage)
   */
  get(params, options = {}) {
    return this.#transport.request(ops.getObjectStorage, params, options);
  }
  /**
   * Reads /v1/object-storages/{objectStorageId} until its status (/data/0/status) is one waited for: by default READY.
   *
   * Fails with WaitFailedError on ERROR, CANCELLED, DISABLED, PRODUCT_NOT_AVAILABLE, LIMIT_EXCEEDED, VERIFICATION_REQUIRED unless waited for; with WaitTimeoutError when `timeoutMs` passes.
   *
   * @returns the resource as last read.
   */
  waitForObjectStorage(params, options = {}) {
    return waitForStatus((request) => this.get(params, request), { status: "/data/0/status", ready: ["READY"], failed: ["ERROR", "CANCELLED", "DISABLED", "PRODUCT_NOT_AVAILABLE", "LIMIT_EXCEEDED", "VERIFICATION_REQUIRED"] }, options, this.#transport.siteOf(ops.getObjectStorage, params));
  }
  /**
   * Rename an object storage
   *
   * Changes the display name of an object storage; it must be unique in the account.
   *
   * `PATCH /v1/object-storages/{objectStorageId}` (updateObjectStorage)
   */
  update(params, options = {}) {
    return this.#transport.request(ops.updateObjectStorage, params, options);
  }
  /**
   * Resize an object storage
   *
   * Raises the purchased size of an object storage and/or changes its autoscaling, which buys more space each month up to `sizeLimitTB`. Added space is billed; the size cannot be lowered.
   *
   * `POST /v1/object-storages/{objectStorageId}/resize` (resizeObjectStorage)
   */
  resize(params, options = {}) {
    return this.#transport.request(ops.resizeObjectStorage, params, options);
  }
  /**
   * Get object storage usage
   *
   * Returns the used space (TB and percent) and the number of objects. The figures are refreshed periodically, not live.
   *
   * `GET /v1/object-storages/{objectStorageId}/stats` (getObjectStorageStats)
   */
  getStats(params, options = {}) {
    return this.#transport.request(ops.getObjectStorageStats, params, options);
  }
  /**
   * Cancel an object storage
   *
   * Cancels an object storage at the next date its contract period allows, or at `cancelDate`.
   *
   * `PATCH /v1/object-storages/{objectStorageId}/cancel` (cancelObjectStorage)
   */
  cancel(params, options = {}) {
    return this.#transport.request(ops.cancelObjectStorage, params, options);
  }
}
export {
  ObjectStoragesApi
};
