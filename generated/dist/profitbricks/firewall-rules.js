import * as ops from "./operations.js";
class FirewallRulesApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  list(params, options = {}) {
    return this.#transport.request(ops.listNicFirewallRules, params, options);
  }
  create(params, options = {}) {
    return this.#transport.accept(ops.createNicFirewallRule, params, options);
  }
  get(params, options = {}) {
    return this.#transport.request(ops.getNicFirewallRule, params, options);
  }
  replace(params, options = {}) {
    return this.#transport.accept(ops.replaceNicFirewallRule, params, options);
  }
  delete(params, options = {}) {
    return this.#transport.accept(ops.deleteNicFirewallRule, params, options);
  }
  update(params, options = {}) {
    return this.#transport.accept(ops.updateNicFirewallRule, params, options);
  }
}
export {
  FirewallRulesApi
};
