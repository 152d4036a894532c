import * as shared from "./parameters.js";
const listDatacenterServers = { method: "GET", path: "/datacenters/{dataCenterId}/servers", params: { dataCenterId: shared.dataCenterId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterServer = { method: "POST", path: "/datacenters/{dataCenterId}/servers", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getDatacenterServer = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterServer = { method: "PUT", path: "/datacenters/{dataCenterId}/servers/{serverId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteDatacenterServer = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateDatacenterServer = { method: "PATCH", path: "/datacenters/{dataCenterId}/servers/{serverId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const listServerVolumes = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/volumes", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const attachServerVolume = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/volumes", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getServerVolume = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/volumes/{volumeId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, volumeId: shared.volumeId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const detachServerVolume = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}/volumes/{volumeId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, volumeId: shared.volumeId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const listServerCdroms = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/cdroms", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const attachServerCdrom = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/cdroms", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getServerCdrom = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/cdroms/{cdromId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, cdromId: shared.cdromId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const detachServerCdrom = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}/cdroms/{cdromId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, cdromId: shared.cdromId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const rebootServer = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/reboot", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const startServer = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/start", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const stopServer = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/stop", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
class ServersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(listDatacenterServers, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(createDatacenterServer, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getDatacenterServer, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(replaceDatacenterServer, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(deleteDatacenterServer, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(updateDatacenterServer, params, options);
  }
  listVolumes(params, options = {}) {
    return this.#transport.request(listServerVolumes, params, options);
  }
  attachVolume(params, options = {}) {
    return this.#transport.accept(attachServerVolume, params, options);
  }
  getVolume(params, options = {}) {
    return this.#transport.request(getServerVolume, params, options);
  }
  detachVolume(params, options = {}) {
    return this.#transport.accept(detachServerVolume, params, options);
  }
  listCdroms(params, options = {}) {
    return this.#transport.request(listServerCdroms, params, options);
  }
  attachCdrom(params, options = {}) {
    return this.#transport.accept(attachServerCdrom, params, options);
  }
  getCdrom(params, options = {}) {
    return this.#transport.request(getServerCdrom, params, options);
  }
  detachCdrom(params, options = {}) {
    return this.#transport.accept(detachServerCdrom, params, options);
  }
  reboot(params, options = {}) {
    return this.#transport.accept(rebootServer, params, options);
  }
  start(params, options = {}) {
    return this.#transport.accept(startServer, params, options);
  }
  stop(params, options = {}) {
    return this.#transport.accept(stopServer, params, options);
  }
}
export {
  ServersApi
};
