import * as ops from "./operations.js";
class VolumesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(ops.listDatacenterVolumes, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(ops.createDatacenterVolume, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getDatacenterVolume, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(ops.replaceDatacenterVolume, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(ops.deleteDatacenterVolume, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(ops.updateDatacenterVolume, params, options);
  }
  createSnapshot(params, options = {}) {
    return this.#transport.accept(ops.createVolumeSnapshot, params, options);
  }
  restoreSnapshot(params, options = {}) {
    return this.#transport.accept(ops.restoreVolumeSnapshot, params, options);
  }
}
export {
  VolumesApi
};
