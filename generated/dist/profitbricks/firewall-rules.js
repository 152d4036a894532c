import * as shared from "./parameters.js";
const listNicFirewallRules = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createNicFirewallRule = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, pbContractNumber: shared.pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const getNicFirewallRule = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, firewallRuleId: shared.firewallRuleId, depth: shared.depth, pretty: shared.pretty, pbContractNumber: shared.pbContractNumber, ifNoneMatch: shared.ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceNicFirewallRule = { method: "PUT", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, firewallRuleId: shared.firewallRuleId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
const deleteNicFirewallRule = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, firewallRuleId: shared.firewallRuleId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, responses: { "202": "none" }, async: { result: "none", status: shared.asyncStatus } };
const updateNicFirewallRule = { method: "PATCH", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}", params: { dataCenterId: shared.dataCenterId, serverId: shared.serverId, nicId: shared.nicId, firewallRuleId: shared.firewallRuleId, pbContractNumber: shared.pbContractNumber, ifMatch: shared.ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: shared.asyncStatus } };
class FirewallRulesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(listNicFirewallRules, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(createNicFirewallRule, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(getNicFirewallRule, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(replaceNicFirewallRule, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(deleteNicFirewallRule, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(updateNicFirewallRule, params, options);
  }
}
export {
  FirewallRulesApi
};
