import { paginate, siteOf, waitForStatus } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listObjectStoragesSpec = { method: "GET", path: "/v1/object-storages", id: "listObjectStorages", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, dataCenterName: { in: "query", name: "dataCenterName" }, s3TenantId: { in: "query", name: "s3TenantId" }, region: shared.region, displayName: shared.displayName, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
const createObjectStorageSpec = { method: "POST", path: "/v1/object-storages", id: "createObjectStorage", params: { xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
const listDataCentersSpec = { method: "GET", path: "/v1/data-centers", id: "listDataCenters", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, slug: { in: "query", name: "slug" }, name: shared.name, regionName: shared.regionName, regionSlug: { in: "query", name: "regionSlug" }, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
const getObjectStorageSpec = { method: "GET", path: "/v1/object-storages/{objectStorageId}", id: "getObjectStorage", params: { objectStorageId: shared.objectStorageId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const updateObjectStorageSpec = { method: "PATCH", path: "/v1/object-storages/{objectStorageId}", id: "updateObjectStorage", params: { objectStorageId: shared.objectStorageId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
const resizeObjectStorageSpec = { method: "POST", path: "/v1/object-storages/{objectStorageId}/resize", id: "resizeObjectStorage", params: { objectStorageId: shared.objectStorageId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
const getObjectStorageStatsSpec = { method: "GET", path: "/v1/object-storages/{objectStorageId}/stats", id: "getObjectStorageStats", params: { objectStorageId: shared.objectStorageId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const cancelObjectStorageSpec = { method: "PATCH", path: "/v1/object-storages/{objectStorageId}/cancel", id: "cancelObjectStorage", params: { objectStorageId: shared.objectStorageId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
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
    return paginate(this.#transport, listObjectStoragesSpec, params, options);
  }
  /**
   * Order an object storage
   *
   * Purchases object storage in a region with the given size in TB and optional autoscaling. An account can have one object storage per region; to get more space later, resize it. The order is billed and provisioned in the background.
   *
   * `POST /v1/object-storages` (createObjectStorage)
   */
  create(params, options = {}) {
    return this.#transport.request(createObjectStorageSpec, params, options);
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
    return paginate(this.#transport, listDataCentersSpec, params, options);
  }
  /**
   * Get an object storage
   *
   * Returns one object storage with its size, autoscaling settings, S3 URL and status.
   *
   * `GET /v1/object-storages/{objectStorageId}` (getObjectStorage)
   */
  get(params, options = {}) {
    return this.#transport.request(getObjectStorageSpec, params, options);
  }
  /**
   * Reads /v1/object-storages/{objectStorageId} until its status (/data/0/status) is one waited for: by default READY.
   *
   * Fails with WaitFailedError on ERROR, CANCELLED, DISABLED, PRODUCT_NOT_AVAILABLE, LIMIT_EXCEEDED, VERIFICATION_REQUIRED unless waited for; with WaitTimeoutError when `timeoutMs` passes.
   *
   * @returns the resource as last read.
   */
  waitForObjectStorage(params, options = {}) {
    return waitForStatus((request) => getObjectStorage(this.#transport, params, request), { status: "/data/0/status", ready: ["READY"], failed: ["ERROR", "CANCELLED", "DISABLED", "PRODUCT_NOT_AVAILABLE", "LIMIT_EXCEEDED", "VERIFICATION_REQUIRED"] }, options, siteOf(this.#transport, getObjectStorageSpec, params));
  }
  /**
   * Rename an object storage
   *
   * Changes the display name of an object storage; it must be unique in the account.
   *
   * `PATCH /v1/object-storages/{objectStorageId}` (updateObjectStorage)
   */
  update(params, options = {}) {
    return this.#transport.request(updateObjectStorageSpec, params, options);
  }
  /**
   * Resize an object storage
   *
   * Raises the purchased size of an object storage and/or changes its autoscaling, which buys more space each month up to `sizeLimitTB`. Added space is billed; the size cannot be lowered.
   *
   * `POST /v1/object-storages/{objectStorageId}/resize` (resizeObjectStorage)
   */
  resize(params, options = {}) {
    return this.#transport.request(resizeObjectStorageSpec, params, options);
  }
  /**
   * Get object storage usage
   *
   * Returns the used space (TB and percent) and the number of objects. The figures are refreshed periodically, not live.
   *
   * `GET /v1/object-storages/{objectStorageId}/stats` (getObjectStorageStats)
   */
  getStats(params, options = {}) {
    return this.#transport.request(getObjectStorageStatsSpec, params, options);
  }
  /**
   * Cancel an object storage
   *
   * Cancels an object storage at the next date its contract period allows, or at `cancelDate`.
   *
   * `PATCH /v1/object-storages/{objectStorageId}/cancel` (cancelObjectStorage)
   */
  cancel(params, options = {}) {
    return this.#transport.request(cancelObjectStorageSpec, params, options);
  }
}
function listObjectStorages(transport, params = {}, options = {}) {
  return paginate(transport, listObjectStoragesSpec, params, options);
}
function createObjectStorage(transport, params, options = {}) {
  return transport.request(createObjectStorageSpec, params, options);
}
function listDataCenters(transport, params = {}, options = {}) {
  return paginate(transport, listDataCentersSpec, params, options);
}
function getObjectStorage(transport, params, options = {}) {
  return transport.request(getObjectStorageSpec, params, options);
}
function waitForObjectStorage(transport, params, options = {}) {
  return waitForStatus((request) => getObjectStorage(transport, params, request), { status: "/data/0/status", ready: ["READY"], failed: ["ERROR", "CANCELLED", "DISABLED", "PRODUCT_NOT_AVAILABLE", "LIMIT_EXCEEDED", "VERIFICATION_REQUIRED"] }, options, siteOf(transport, getObjectStorageSpec, params));
}
function updateObjectStorage(transport, params, options = {}) {
  return transport.request(updateObjectStorageSpec, params, options);
}
function resizeObjectStorage(transport, params, options = {}) {
  return transport.request(resizeObjectStorageSpec, params, options);
}
function getObjectStorageStats(transport, params, options = {}) {
  return transport.request(getObjectStorageStatsSpec, params, options);
}
function cancelObjectStorage(transport, params, options = {}) {
  return transport.request(cancelObjectStorageSpec, params, options);
}
export {
  ObjectStoragesApi,
  cancelObjectStorage,
  createObjectStorage,
  getObjectStorage,
  getObjectStorageStats,
  listDataCenters,
  listObjectStorages,
  resizeObjectStorage,
  updateObjectStorage,
  waitForObjectStorage
};
