import { asyncWrite } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listNicFirewallRulesSpec = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules", id: "listNicFirewallRules", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createNicFirewallRuleSpec = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules", id: "createNicFirewallRule", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getNicFirewallRuleSpec = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}", id: "getNicFirewallRule", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, firewallRuleId: shared.firewallRuleId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceNicFirewallRuleSpec = { method: "PUT", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}", id: "replaceNicFirewallRule", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, firewallRuleId: shared.firewallRuleId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteNicFirewallRuleSpec = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}", id: "deleteNicFirewallRule", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, firewallRuleId: shared.firewallRuleId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateNicFirewallRuleSpec = { method: "PATCH", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}", id: "updateNicFirewallRule", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, firewallRuleId: shared.firewallRuleId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
class FirewallRulesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(listNicFirewallRulesSpec, params, options);
  }
  create(params, options = {}) {
    return asyncWrite(this.#transport, createNicFirewallRuleSpec, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getNicFirewallRuleSpec, params, options);
  }
  replace(params, options = {}) {
    return asyncWrite(this.#transport, replaceNicFirewallRuleSpec, params, options);
  }
  delete(params, options = {}) {
    return asyncWrite(this.#transport, deleteNicFirewallRuleSpec, params, options);
  }
  update(params, options = {}) {
    return asyncWrite(this.#transport, updateNicFirewallRuleSpec, params, options);
  }
}
function listNicFirewallRules(transport, params, options = {}) {
  return transport.request(listNicFirewallRulesSpec, params, options);
}
function createNicFirewallRule(transport, params, options = {}) {
  return asyncWrite(transport, createNicFirewallRuleSpec, params, options);
}
function getNicFirewallRule(transport, params, options = {}) {
  return transport.request(getNicFirewallRuleSpec, params, options);
}
function replaceNicFirewallRule(transport, params, options = {}) {
  return asyncWrite(transport, replaceNicFirewallRuleSpec, params, options);
}
function deleteNicFirewallRule(transport, params, options = {}) {
  return asyncWrite(transport, deleteNicFirewallRuleSpec, params, options);
}
function updateNicFirewallRule(transport, params, options = {}) {
  return asyncWrite(transport, updateNicFirewallRuleSpec, params, options);
}
export {
  FirewallRulesApi,
  createNicFirewallRule,
  deleteNicFirewallRule,
  getNicFirewallRule,
  listNicFirewallRules,
  replaceNicFirewallRule,
  updateNicFirewallRule
};
