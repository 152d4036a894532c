import { asyncWrite } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listDatacenterLoadBalancersSpec = { method: "GET", path: "/datacenters/{dataCenterId}/loadbalancers", id: "listDatacenterLoadBalancers", params: { dataCenterId: shared.dataCenterId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterLoadBalancerSpec = { method: "POST", path: "/datacenters/{dataCenterId}/loadbalancers", id: "createDatacenterLoadBalancer", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getDatacenterLoadBalancerSpec = { method: "GET", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}", id: "getDatacenterLoadBalancer", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterLoadBalancerSpec = { method: "PUT", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}", id: "replaceDatacenterLoadBalancer", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteDatacenterLoadBalancerSpec = { method: "DELETE", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}", id: "deleteDatacenterLoadBalancer", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateDatacenterLoadBalancerSpec = { method: "PATCH", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}", id: "updateDatacenterLoadBalancer", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const listBalancedNicsSpec = { method: "GET", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics", id: "listBalancedNics", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const attachBalancedNicSpec = { method: "POST", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics", id: "attachBalancedNic", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getBalancedNicSpec = { method: "GET", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics/{nicId}", id: "getBalancedNic", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, nicId: shared.nicId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const detachBalancedNicSpec = { method: "DELETE", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics/{nicId}", id: "detachBalancedNic", params: { dataCenterId: shared.dataCenterId, loadBalancerId: shared.loadBalancerId, nicId: shared.nicId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
class LoadBalancersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(listDatacenterLoadBalancersSpec, params, options);
  }
  create(params, options = {}) {
    return asyncWrite(this.#transport, createDatacenterLoadBalancerSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getDatacenterLoadBalancerSpec, params, options);
  }
  replace(params, options = {}) {
    return asyncWrite(this.#transport, replaceDatacenterLoadBalancerSpec, params, options);
  }
  delete(params, options = {}) {
    return asyncWrite(this.#transport, deleteDatacenterLoadBalancerSpec, params, options);
  }
  update(params, options = {}) {
    return asyncWrite(this.#transport, updateDatacenterLoadBalancerSpec, params, options);
  }
  listBalancedNics(params, options = {}) {
    return this.#transport.request(listBalancedNicsSpec, params, options);
  }
  attachBalancedNic(params, options = {}) {
    return asyncWrite(this.#transport, attachBalancedNicSpec, params, options);
  }
  getBalancedNic(params, options = {}) {
    return this.#transport.request(getBalancedNicSpec, params, options);
  }
  detachBalancedNic(params, options = {}) {
    return asyncWrite(this.#transport, detachBalancedNicSpec, params, options);
  }
}
function listDatacenterLoadBalancers(transport, params, options = {}) {
  return transport.request(listDatacenterLoadBalancersSpec, params, options);
}
function createDatacenterLoadBalancer(transport, params, options = {}) {
  return asyncWrite(transport, createDatacenterLoadBalancerSpec, params, options);
}
function getDatacenterLoadBalancer(transport, params, options = {}) {
  return transport.request(getDatacenterLoadBalancerSpec, params, options);
}
function replaceDatacenterLoadBalancer(transport, params, options = {}) {
  return asyncWrite(transport, replaceDatacenterLoadBalancerSpec, params, options);
}
function deleteDatacenterLoadBalancer(transport, params, options = {}) {
  return asyncWrite(transport, deleteDatacenterLoadBalancerSpec, params, options);
}
function updateDatacenterLoadBalancer(transport, params, options = {}) {
  return asyncWrite(transport, updateDatacenterLoadBalancerSpec, params, options);
}
function listBalancedNics(transport, params, options = {}) {
  return transport.request(listBalancedNicsSpec, params, options);
}
function attachBalancedNic(transport, params, options = {}) {
  return asyncWrite(transport, attachBalancedNicSpec, params, options);
}
function getBalancedNic(transport, params, options = {}) {
  return transport.request(getBalancedNicSpec, params, options);
}
function detachBalancedNic(transport, params, options = {}) {
  return asyncWrite(transport, detachBalancedNicSpec, params, options);
}
export {
  LoadBalancersApi,
  attachBalancedNic,
  createDatacenterLoadBalancer,
  deleteDatacenterLoadBalancer,
  detachBalancedNic,
  getBalancedNic,
  getDatacenterLoadBalancer,
  listBalancedNics,
  listDatacenterLoadBalancers,
  replaceDatacenterLoadBalancer,
  updateDatacenterLoadBalancer
};
