import { asyncWrite } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listImagesSpec = { method: "GET", path: "/images", id: "listImages", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getImageSpec = { method: "GET", path: "/images/{imageId}", id: "getImage", params: { imageId: shared.imageId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceImageSpec = { method: "PUT", path: "/images/{imageId}", id: "replaceImage", params: { imageId: shared.imageId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteImageSpec = { method: "DELETE", path: "/images/{imageId}", id: "deleteImage", params: { imageId: shared.imageId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateImageSpec = { method: "PATCH", path: "/images/{imageId}", id: "updateImage", params: { imageId: shared.imageId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
class ImagesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listImagesSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getImageSpec, params, options);
  }
  replace(params, options = {}) {
    return asyncWrite(this.#transport, replaceImageSpec, params, options);
  }
  delete(params, options = {}) {
    return asyncWrite(this.#transport, deleteImageSpec, params, options);
  }
  update(params, options = {}) {
    return asyncWrite(this.#transport, updateImageSpec, params, options);
  }
}
function listImages(transport, params = {}, options = {}) {
  return transport.request(listImagesSpec, params, options);
}
function getImage(transport, params, options = {}) {
  return transport.request(getImageSpec, params, options);
}
function replaceImage(transport, params, options = {}) {
  return asyncWrite(transport, replaceImageSpec, params, options);
}
function deleteImage(transport, params, options = {}) {
  return asyncWrite(transport, deleteImageSpec, params, options);
}
function updateImage(transport, params, options = {}) {
  return asyncWrite(transport, updateImageSpec, params, options);
}
export {
  ImagesApi,
  deleteImage,
  getImage,
  listImages,
  replaceImage,
  updateImage
};
