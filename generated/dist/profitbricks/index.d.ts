/**
 * ProfitBricks Cloud API 4.0: typed client, models and errors.
 *
 * Provisioning API of ProfitBricks: virtual data centers with servers, volumes, LANs, NICs, firewall rules and load balancers; images, snapshots and IP blocks; contract limits and user management.
 *
 * Writes are asynchronous: they answer 202 Accepted with a Location header pointing to a request status resource, which moves from QUEUED or RUNNING to DONE or FAILED. Reads take a depth parameter (0-10) that controls how far nested resources are expanded. PATCH bodies carry the changed properties directly; PUT and POST bodies wrap them in "properties".
 *
 * Hand-curated from the Cloud API v4 reference; see profitbricks-v4.md for the decisions taken where the reference is unclear.
 * @module
 */
export * from '../runtime/index.js';
export type * from './types.js';
export { ProfitBricksClient, type ProfitBricksClientOptions } from './client.js';
export type { Datacenters2 } from './datacenters.js';
export type { Locations2 } from './locations.js';
export type { Servers2 } from './servers.js';
export type { Images2 } from './images.js';
export type { Volumes2 } from './volumes.js';
export type { Snapshots2 } from './snapshots.js';
export type { IpBlocks2 } from './ip-blocks.js';
export type { Lans2 } from './lans.js';
export type { Nics2 } from './nics.js';
export type { FirewallRules2 } from './firewall-rules.js';
export type { LoadBalancers2 } from './load-balancers.js';
export type { Requests2 } from './requests.js';
export type { Contracts } from './contracts.js';
export type { Groups2 } from './groups.js';
export type { Users2 } from './users.js';
export type { Resources } from './resources.js';
