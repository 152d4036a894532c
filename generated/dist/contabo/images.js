import { paginate, siteOf, waitForStatus } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listImagesSpec = { method: "GET", path: "/v1/compute/images", id: "listImages", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, name: shared.name, standardImage: { in: "query", name: "standardImage" }, search: shared.search, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
const createCustomImageSpec = { method: "POST", path: "/v1/compute/images", id: "createCustomImage", params: { xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
const getImageSpec = { method: "GET", path: "/v1/compute/images/{imageId}", id: "getImage", params: { imageId: shared.imageId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const deleteImageSpec = { method: "DELETE", path: "/v1/compute/images/{imageId}", id: "deleteImage", params: { imageId: shared.imageId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "204": "none" } };
const updateImageSpec = { method: "PATCH", path: "/v1/compute/images/{imageId}", id: "updateImage", params: { imageId: shared.imageId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
const getCustomImageStatsSpec = { method: "GET", path: "/v1/compute/images/stats", id: "getCustomImageStats", params: { xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
class ImagesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List images
   *
   * Returns one page of the standard images offered by Contabo together with your custom images. `standardImage` narrows to one kind; `search` matches image name and OS type.
   *
   * `GET /v1/compute/images` (listImages)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listImagesSpec, params, options);
  }
  /**
   * Upload a custom image
   *
   * Registers a custom image that Contabo downloads from `url`. Only `.iso` and `.qcow2` images are accepted, and the upload is refused when your custom-image storage is used up. The download runs in the background and may take a while: read the image to follow its status.
   *
   * `POST /v1/compute/images` (createCustomImage)
   */
  create(params, options = {}) {
    return this.#transport.request(createCustomImageSpec, params, options);
  }
  /**
   * Get an image
   *
   * Returns one standard or custom image. For a custom image, `status` and `errorMessage` report the progress of its download.
   *
   * `GET /v1/compute/images/{imageId}` (getImage)
   */
  get(params, options = {}) {
    return this.#transport.request(getImageSpec, params, options);
  }
  /**
   * Reads /v1/compute/images/{imageId} until its status (/data/0/status) is one waited for: by default downloaded.
   *
   * Fails with WaitFailedError on error unless waited for; with WaitTimeoutError when `timeoutMs` passes.
   *
   * @returns the resource as last read.
   */
  waitForCustomImage(params, options = {}) {
    return waitForStatus((request) => getImage(this.#transport, params, request), { status: "/data/0/status", ready: ["downloaded"], failed: ["error"] }, options, siteOf(this.#transport, getImageSpec, params));
  }
  /**
   * Delete a custom image
   *
   * Deletes one of your custom images.
   *
   * `DELETE /v1/compute/images/{imageId}` (deleteImage)
   */
  delete(params, options = {}) {
    return this.#transport.request(deleteImageSpec, params, options);
  }
  /**
   * Update a custom image
   *
   * Changes the name and/or description of a custom image.
   *
   * `PATCH /v1/compute/images/{imageId}` (updateImage)
   */
  update(params, options = {}) {
    return this.#transport.request(updateImageSpec, params, options);
  }
  /**
   * Get custom image storage statistics
   *
   * Returns the number of custom images and the used, free and total custom-image storage in MB.
   *
   * `GET /v1/compute/images/stats` (getCustomImageStats)
   */
  getStats(params = {}, options = {}) {
    return this.#transport.request(getCustomImageStatsSpec, params, options);
  }
}
function listImages(transport, params = {}, options = {}) {
  return paginate(transport, listImagesSpec, params, options);
}
function createCustomImage(transport, params, options = {}) {
  return transport.request(createCustomImageSpec, params, options);
}
function getImage(transport, params, options = {}) {
  return transport.request(getImageSpec, params, options);
}
function waitForCustomImage(transport, params, options = {}) {
  return waitForStatus((request) => getImage(transport, params, request), { status: "/data/0/status", ready: ["downloaded"], failed: ["error"] }, options, siteOf(transport, getImageSpec, params));
}
function deleteImage(transport, params, options = {}) {
  return transport.request(deleteImageSpec, params, options);
}
function updateImage(transport, params, options = {}) {
  return transport.request(updateImageSpec, params, options);
}
function getCustomImageStats(transport, params = {}, options = {}) {
  return transport.request(getCustomImageStatsSpec, params, options);
}
export {
  ImagesApi,
  createCustomImage,
  deleteImage,
  getCustomImageStats,
  getImage,
  listImages,
  updateImage,
  waitForCustomImage
};
