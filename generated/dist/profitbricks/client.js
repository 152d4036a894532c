import { Transport, basicAuth } from "../runtime/index.js";
import { Datacenters2 } from "./datacenters.js";
import { Locations2 } from "./locations.js";
import { Servers2 } from "./servers.js";
import { Images2 } from "./images.js";
import { Volumes2 } from "./volumes.js";
import { Snapshots2 } from "./snapshots.js";
import { IpBlocks2 } from "./ip-blocks.js";
import { Lans2 } from "./lans.js";
import { Nics2 } from "./nics.js";
import { FirewallRules2 } from "./firewall-rules.js";
import { LoadBalancers2 } from "./load-balancers.js";
import { Requests2 } from "./requests.js";
import { Contracts } from "./contracts.js";
import { Groups2 } from "./groups.js";
import { Users2 } from "./users.js";
import { Resources } from "./resources.js";
class ProfitBricksClient {
  /** Virtual data centers: the containers of all other provisioned resources. */
  datacenters;
  /** Regions and locations where resources can be provisioned. */
  locations;
  /** Servers of a data center, their attached volumes and CD-ROMs, and power actions. */
  servers;
  /** Public and private HDD and CD-ROM images. */
  images;
  /** Storage volumes of a data center, and snapshotting them. */
  volumes;
  /** Snapshots of volumes. */
  snapshots;
  /** Reserved public IP blocks. */
  ipBlocks;
  /** LANs of a data center, including IP failover groups. */
  lans;
  /** Network interfaces of a server. */
  nics;
  /** Firewall rules of a NIC. */
  firewallRules;
  /** Load balancers of a data center and the NICs they balance. */
  loadBalancers;
  /** Accepted writes and their status, which every 202 response points to. */
  requests;
  /** Resource limits and usage of the contract. */
  contracts;
  /** User management: groups, their privileges, members and shared resources. */
  groups;
  /** User management: users of the contract. */
  users;
  /** User management: shareable resources and the groups they are shared with. */
  resources;
  constructor(options) {
    const fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const transport = new Transport({
      ...options,
      baseUrl: options.baseUrl ?? "https://api.profitbricks.com/cloudapi/v4",
      fetch,
      auth: authOf(options, fetch),
      defaults: { contractNumber: options.contractNumber },
      optionHeaders: { contractNumber: "PB-Contract-Number" }
    });
    this.datacenters = new Datacenters2(transport);
    this.locations = new Locations2(transport);
    this.servers = new Servers2(transport);
    this.images = new Images2(transport);
    this.volumes = new Volumes2(transport);
    this.snapshots = new Snapshots2(transport);
    this.ipBlocks = new IpBlocks2(transport);
    this.lans = new Lans2(transport);
    this.nics = new Nics2(transport);
    this.firewallRules = new FirewallRules2(transport);
    this.loadBalancers = new LoadBalancers2(transport);
    this.requests = new Requests2(transport);
    this.contracts = new Contracts(transport);
    this.groups = new Groups2(transport);
    this.users = new Users2(transport);
    this.resources = new Resources(transport);
  }
}
function authOf(options, _fetch) {
  return basicAuth(options.username, options.password);
}
export {
  ProfitBricksClient
};
