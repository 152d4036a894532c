import * as ops from "./operations.js";
class ImagesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params = {}, options = {}) {
    return this.#transport.request(ops.listImages, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getImage, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(ops.replaceImage, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(ops.deleteImage, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(ops.updateImage, params, options);
  }
}
export {
  ImagesApi
};
