import { asyncWrite } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listDatacenterServersSpec = { method: "GET", path: "/datacenters/{dataCenterId}/servers", id: "listDatacenterServers", params: { dataCenterId: shared.dataCenterId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterServerSpec = { method: "POST", path: "/datacenters/{dataCenterId}/servers", id: "createDatacenterServer", params: { dataCenterId: shared.dataCenterId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getDatacenterServerSpec = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}", id: "getDatacenterServer", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterServerSpec = { method: "PUT", path: "/datacenters/{dataCenterId}/servers/{serverId}", id: "replaceDatacenterServer", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteDatacenterServerSpec = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}", id: "deleteDatacenterServer", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateDatacenterServerSpec = { method: "PATCH", path: "/datacenters/{dataCenterId}/servers/{serverId}", id: "updateDatacenterServer", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const listServerVolumesSpec = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/volumes", id: "listServerVolumes", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const attachServerVolumeSpec = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/volumes", id: "attachServerVolume", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getServerVolumeSpec = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/volumes/{volumeId}", id: "getServerVolume", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, volumeId: shared.volumeId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const detachServerVolumeSpec = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}/volumes/{volumeId}", id: "detachServerVolume", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, volumeId: shared.volumeId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const listServerCdromsSpec = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/cdroms", id: "listServerCdroms", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const attachServerCdromSpec = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/cdroms", id: "attachServerCdrom", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getServerCdromSpec = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/cdroms/{cdromId}", id: "getServerCdrom", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, cdromId: shared.cdromId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const detachServerCdromSpec = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}/cdroms/{cdromId}", id: "detachServerCdrom", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, cdromId: shared.cdromId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const rebootServerSpec = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/reboot", id: "rebootServer", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const startServerSpec = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/start", id: "startServer", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const stopServerSpec = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/stop", id: "stopServer", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, pbContractNumber: shared.pbContractNumber }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
class ServersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(listDatacenterServersSpec, params, options);
  }
  create(params, options = {}) {
    return asyncWrite(this.#transport, createDatacenterServerSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getDatacenterServerSpec, params, options);
  }
  replace(params, options = {}) {
    return asyncWrite(this.#transport, replaceDatacenterServerSpec, params, options);
  }
  delete(params, options = {}) {
    return asyncWrite(this.#transport, deleteDatacenterServerSpec, params, options);
  }
  update(params, options = {}) {
    return asyncWrite(this.#transport, updateDatacenterServerSpec, params, options);
  }
  listVolumes(params, options = {}) {
    return this.#transport.request(listServerVolumesSpec, params, options);
  }
  attachVolume(params, options = {}) {
    return asyncWrite(this.#transport, attachServerVolumeSpec, params, options);
  }
  getVolume(params, options = {}) {
    return this.#transport.request(getServerVolumeSpec, params, options);
  }
  detachVolume(params, options = {}) {
    return asyncWrite(this.#transport, detachServerVolumeSpec, params, options);
  }
  listCdroms(params, options = {}) {
    return this.#transport.request(listServerCdromsSpec, params, options);
  }
  attachCdrom(params, options = {}) {
    return asyncWrite(this.#transport, attachServerCdromSpec, params, options);
  }
  getCdrom(params, options = {}) {
    return this.#transport.request(getServerCdromSpec, params, options);
  }
  detachCdrom(params, options = {}) {
    return asyncWrite(this.#transport, detachServerCdromSpec, params, options);
  }
  reboot(params, options = {}) {
    return asyncWrite(this.#transport, rebootServerSpec, params, options);
  }
  start(params, options = {}) {
    return asyncWrite(this.#transport, startServerSpec, params, options);
  }
  stop(params, options = {}) {
    return asyncWrite(this.#transport, stopServerSpec, params, options);
  }
}
function listDatacenterServers(transport, params, options = {}) {
  return transport.request(listDatacenterServersSpec, params, options);
}
function createDatacenterServer(transport, params, options = {}) {
  return asyncWrite(transport, createDatacenterServerSpec, params, options);
}
function getDatacenterServer(transport, params, options = {}) {
  return transport.request(getDatacenterServerSpec, params, options);
}
function replaceDatacenterServer(transport, params, options = {}) {
  return asyncWrite(transport, replaceDatacenterServerSpec, params, options);
}
function deleteDatacenterServer(transport, params, options = {}) {
  return asyncWrite(transport, deleteDatacenterServerSpec, params, options);
}
function updateDatacenterServer(transport, params, options = {}) {
  return asyncWrite(transport, updateDatacenterServerSpec, params, options);
}
function listServerVolumes(transport, params, options = {}) {
  return transport.request(listServerVolumesSpec, params, options);
}
function attachServerVolume(transport, params, options = {}) {
  return asyncWrite(transport, attachServerVolumeSpec, params, options);
}
function getServerVolume(transport, params, options = {}) {
  return transport.request(getServerVolumeSpec, params, options);
}
function detachServerVolume(transport, params, options = {}) {
  return asyncWrite(transport, detachServerVolumeSpec, params, options);
}
function listServerCdroms(transport, params, options = {}) {
  return transport.request(listServerCdromsSpec, params, options);
}
function attachServerCdrom(transport, params, options = {}) {
  return asyncWrite(transport, attachServerCdromSpec, params, options);
}
function getServerCdrom(transport, params, options = {}) {
  return transport.request(getServerCdromSpec, params, options);
}
function detachServerCdrom(transport, params, options = {}) {
  return asyncWrite(transport, detachServerCdromSpec, params, options);
}
function rebootServer(transport, params, options = {}) {
  return asyncWrite(transport, rebootServerSpec, params, options);
}
function startServer(transport, params, options = {}) {
  return asyncWrite(transport, startServerSpec, params, options);
}
function stopServer(transport, params, options = {}) {
  return asyncWrite(transport, stopServerSpec, params, options);
}
export {
  ServersApi,
  attachServerCdrom,
  attachServerVolume,
  createDatacenterServer,
  deleteDatacenterServer,
  detachServerCdrom,
  detachServerVolume,
  getDatacenterServer,
  getServerCdrom,
  getServerVolume,
  listDatacenterServers,
  listServerCdroms,
  listServerVolumes,
  rebootServer,
  replaceDatacenterServer,
  startServer,
  stopServer,
  updateDatacenterServer
};
