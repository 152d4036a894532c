import * as shared from "./parameters.js";
const listDatacenterLoadBalancers = { method: "GET", path: "/datacenters/{dataCenterId}/loadbalancers", params: { dataCenterId: shared.dataCenterId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterLoadBalancer = { method: "POST", path: "/datacenters/{dataCenterId}/loadbalancers", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getDatacenterLoadBalancer = { method: "GET", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterLoadBalancer = { method: "PUT", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteDatacenterLoadBalancer = { method: "DELETE", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateDatacenterLoadBalancer = { method: "PATCH", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const listBalancedNics = { method: "GET", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const attachBalancedNic = { method: "POST", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getBalancedNic = { method: "GET", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics/{nicId}", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, nicId: shared.nicId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const detachBalancedNic = { method: "DELETE", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics/{nicId}", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, nicId: shared.nicId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
class LoadBalancersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(listDatacenterLoadBalancers, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(createDatacenterLoadBalancer, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getDatacenterLoadBalancer, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(replaceDatacenterLoadBalancer, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(deleteDatacenterLoadBalancer, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(updateDatacenterLoadBalancer, params, options);
  }
  listBalancedNics(params, options = {}) {
    return this.#transport.request(listBalancedNics, params, options);
  }
  attachBalancedNic(params, options = {}) {
    return this.#transport.accept(attachBalancedNic, params, options);
  }
  getBalancedNic(params, options = {}) {
    return this.#transport.request(getBalancedNic, params, options);
  }
  detachBalancedNic(params, options = {}) {
    return this.#transport.accept(detachBalancedNic, params, options);
  }
}
export {
  LoadBalancersApi
};
