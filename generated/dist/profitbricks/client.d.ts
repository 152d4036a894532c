import { type ClientOptions } from '../runtime/index.js';
import { Datacenters2 } from './datacenters.js';
import { Locations2 } from './locations.js';
import { Servers2 } from './servers.js';
import { Images2 } from './images.js';
import { Volumes2 } from './volumes.js';
import { Snapshots2 } from './snapshots.js';
import { IpBlocks2 } from './ip-blocks.js';
import { Lans2 } from './lans.js';
import { Nics2 } from './nics.js';
import { FirewallRules2 } from './firewall-rules.js';
import { LoadBalancers2 } from './load-balancers.js';
import { Requests2 } from './requests.js';
import { Contracts } from './contracts.js';
import { Groups2 } from './groups.js';
import { Users2 } from './users.js';
import { Resources } from './resources.js';
/** Options of {@link ProfitBricksClient}: connection settings and credentials. */
export type ProfitBricksClientOptions = ClientOptions & {
    /** Sent as header `PB-Contract-Number` on every call that takes it, unless the call gives its own. */
    contractNumber?: number | undefined;
} & {
    /** HTTP Basic user name. */ username: string;
    /** HTTP Basic password. */
    password: string;
};
/**
 * Client of ProfitBricks Cloud API 4.0.
 *
 * Provisioning API of ProfitBricks: virtual data centers with servers, volumes, LANs, NICs, firewall rules and load balancers; images, snapshots and IP blocks; contract limits and user management.
 *
 * Writes are asynchronous: they answer 202 Accepted with a Location header pointing to a request status resource, which moves from QUEUED or RUNNING to DONE or FAILED. Reads take a depth parameter (0-10) that controls how far nested resources are expanded. PATCH bodies carry the changed properties directly; PUT and POST bodies wrap them in "properties".
 *
 * Hand-curated from the Cloud API v4 reference; see profitbricks-v4.md for the decisions taken where the reference is unclear.
 */
export declare class ProfitBricksClient {
    /** Virtual data centers: the containers of all other provisioned resources. */
    readonly datacenters: Datacenters2;
    /** Regions and locations where resources can be provisioned. */
    readonly locations: Locations2;
    /** Servers of a data center, their attached volumes and CD-ROMs, and power actions. */
    readonly servers: Servers2;
    /** Public and private HDD and CD-ROM images. */
    readonly images: Images2;
    /** Storage volumes of a data center, and snapshotting them. */
    readonly volumes: Volumes2;
    /** Snapshots of volumes. */
    readonly snapshots: Snapshots2;
    /** Reserved public IP blocks. */
    readonly ipBlocks: IpBlocks2;
    /** LANs of a data center, including IP failover groups. */
    readonly lans: Lans2;
    /** Network interfaces of a server. */
    readonly nics: Nics2;
    /** Firewall rules of a NIC. */
    readonly firewallRules: FirewallRules2;
    /** Load balancers of a data center and the NICs they balance. */
    readonly loadBalancers: LoadBalancers2;
    /** Accepted writes and their status, which every 202 response points to. */
    readonly requests: Requests2;
    /** Resource limits and usage of the contract. */
    readonly contracts: Contracts;
    /** User management: groups, their privileges, members and shared resources. */
    readonly groups: Groups2;
    /** User management: users of the contract. */
    readonly users: Users2;
    /** User management: shareable resources and the groups they are shared with. */
    readonly resources: Resources;
    constructor(options: ProfitBricksClientOptions);
}
