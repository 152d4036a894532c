import * as shared from "./parameters.js";
const listImages = { method: "GET", path: "/images", params: { depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getImage = { method: "GET", path: "/images/{imageId}", params: { imageId: shared.imageId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceImage = { method: "PUT", path: "/images/{imageId}", params: { imageId: shared.imageId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteImage = { method: "DELETE", path: "/images/{imageId}", params: { imageId: shared.imageId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateImage = { method: "PATCH", path: "/images/{imageId}", params: { imageId: shared.imageId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
class ImagesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(listImages, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getImage, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(replaceImage, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(deleteImage, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(updateImage, params, options);
  }
}
export {
  ImagesApi
};
