import * as ops from "./operations.js";
class LoadBalancersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(ops.listDatacenterLoadBalancers, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(ops.createDatacenterLoadBalancer, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getDatacenterLoadBalancer, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(ops.replaceDatacenterLoadBalancer, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(ops.deleteDatacenterLoadBalancer, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(ops.updateDatacenterLoadBalancer, params, options);
  }
  listBalancedNics(params, options = {}) {
    return this.#transport.request(ops.listBalancedNics, params, options);
  }
  attachBalancedNic(params, options = {}) {
    return this.#transport.accept(ops.attachBalancedNic, params, options);
  }
  getBalancedNic(params, options = {}) {
    return this.#transport.request(ops.getBalancedNic, params, options);
  }
  detachBalancedNic(params, options = {}) {
    return this.#transport.accept(ops.detachBalancedNic, params, options);
  }
}
export {
  LoadBalancersApi
};
