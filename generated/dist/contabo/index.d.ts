/**
 * Contabo API 1.0.0: typed client, models and errors.
 *
 * Manage Contabo cloud resources: VPS/VDS instances with their snapshots and images, object storage, private networks, virtual IPs, tags, users, roles and secrets.
 *
 * Every request needs an OAuth2 access token (password grant with the client id and secret and the API user and password from the Customer Control Panel) and an `x-request-id` header holding a fresh UUIDv4. Responses wrap their payload: `data` is always an array, even for a single resource, `_links` points to related URLs, and listings add `_pagination`. Changes are recorded and can be read back through the audit endpoints.
 * @module
 */
export * from '../runtime/index.js';
export type * from './types.js';
export { ContaboClient, type ContaboClientOptions } from './client.js';
export type { Instances } from './instances.js';
export type { InstanceActions } from './instance-actions.js';
export type { Snapshots } from './snapshots.js';
export type { Images } from './images.js';
export type { ObjectStorages } from './object-storages.js';
export type { PrivateNetworks } from './private-networks.js';
export type { Vip } from './vip.js';
export type { Tags } from './tags.js';
export type { TagAssignments } from './tag-assignments.js';
export type { Users } from './users.js';
export type { UsersObjectStorageCredentials } from './users-object-storage-credentials.js';
export type { Roles } from './roles.js';
export type { Secrets } from './secrets.js';
export type { InstancesAudits } from './instances-audits.js';
export type { InstanceActionsAudits } from './instance-actions-audits.js';
export type { SnapshotsAudits } from './snapshots-audits.js';
export type { ImagesAudits } from './images-audits.js';
export type { ObjectStoragesAudits } from './object-storages-audits.js';
export type { PrivateNetworksAudits } from './private-networks-audits.js';
export type { TagsAudits } from './tags-audits.js';
export type { TagAssignmentsAudits } from './tag-assignments-audits.js';
export type { UsersAudits } from './users-audits.js';
export type { RolesAudits } from './roles-audits.js';
export type { SecretsAudits } from './secrets-audits.js';
