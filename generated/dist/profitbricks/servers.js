import * as ops from "./operations.js";
class ServersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(ops.listDatacenterServers, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(ops.createDatacenterServer, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getDatacenterServer, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(ops.replaceDatacenterServer, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(ops.deleteDatacenterServer, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(ops.updateDatacenterServer, params, options);
  }
  listVolumes(params, options = {}) {
    return this.#transport.request(ops.listServerVolumes, params, options);
  }
  attachVolume(params, options = {}) {
    return this.#transport.accept(ops.attachServerVolume, params, options);
  }
  getVolume(params, options = {}) {
    return this.#transport.request(ops.getServerVolume, params, options);
  }
  detachVolume(params, options = {}) {
    return this.#transport.accept(ops.detachServerVolume, params, options);
  }
  listCdroms(params, options = {}) {
    return this.#transport.request(ops.listServerCdroms, params, options);
  }
  attachCdrom(params, options = {}) {
    return this.#transport.accept(ops.attachServerCdrom, params, options);
  }
  getCdrom(params, options = {}) {
    return this.#transport.request(ops.getServerCdrom, params, options);
  }
  detachCdrom(params, options = {}) {
    return this.#transport.accept(ops.detachServerCdrom, params, options);
  }
  reboot(params, options = {}) {
    return this.#transport.accept(ops.rebootServer, params, options);
  }
  start(params, options = {}) {
    return this.#transport.accept(ops.startServer, params, options);
  }
  stop(params, options = {}) {
    return this.#transport.accept(ops.stopServer, params, options);
  }
}
export {
  ServersApi
};
