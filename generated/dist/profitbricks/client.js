import { Transport, basicAuth, createLog } from "../runtime/index.js";
import { DatacentersApi } from "./datacenters.js";
import { LocationsApi } from "./locations.js";
import { ServersApi } from "./servers.js";
import { ImagesApi } from "./images.js";
import { VolumesApi } from "./volumes.js";
import { SnapshotsApi } from "./snapshots.js";
import { IpBlocksApi } from "./ip-blocks.js";
import { LansApi } from "./lans.js";
import { NicsApi } from "./nics.js";
import { FirewallRulesApi } from "./firewall-rules.js";
import { LoadBalancersApi } from "./load-balancers.js";
import { RequestsApi } from "./requests.js";
import { ContractsApi } from "./contracts.js";
import { GroupsApi } from "./groups.js";
import { UsersApi } from "./users.js";
import { ResourcesApi } from "./resources.js";
function createProfitBricksTransport(options = {}) {
  return new Transport({ ...options, baseUrl: options.baseUrl ?? "https://api.profitbricks.com/cloudapi/v4", defaults: { contractNumber: options.contractNumber }, optionHeaders: { contractNumber: "PB-Contract-Number" } });
}
class ProfitBricksClient {
  constructor(options) {
    const fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const auth = authOf(options, fetch);
    const log = createLog({ level: options.logLevel, logger: options.logger });
    const transport = createProfitBricksTransport({ ...options, fetch, auth, log });
    this.datacenters = new DatacentersApi(transport);
    this.locations = new LocationsApi(transport);
    this.servers = new ServersApi(transport);
    this.images = new ImagesApi(transport);
    this.volumes = new VolumesApi(transport);
    this.snapshots = new SnapshotsApi(transport);
    this.ipBlocks = new IpBlocksApi(transport);
    this.lans = new LansApi(transport);
    this.nics = new NicsApi(transport);
    this.firewallRules = new FirewallRulesApi(transport);
    this.loadBalancers = new LoadBalancersApi(transport);
    this.requests = new RequestsApi(transport);
    this.contracts = new ContractsApi(transport);
    this.groups = new GroupsApi(transport);
    this.users = new UsersApi(transport);
    this.resources = new ResourcesApi(transport);
  }
}
function authOf(options, _fetch) {
  return basicAuth(options.username, options.password);
}
export {
  ProfitBricksClient,
  createProfitBricksTransport
};
