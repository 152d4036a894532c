import { PasswordGrantAuth, Transport, bearerAuth } from "../runtime/index.js";
import { InstancesApi } from "./instances.js";
import { InstanceActionsApi } from "./instance-actions.js";
import { SnapshotsApi } from "./snapshots.js";
import { ImagesApi } from "./images.js";
import { ObjectStoragesApi } from "./object-storages.js";
import { PrivateNetworksApi } from "./private-networks.js";
import { VipApi } from "./vip.js";
import { TagsApi } from "./tags.js";
import { TagAssignmentsApi } from "./tag-assignments.js";
import { UsersApi } from "./users.js";
import { UsersObjectStorageCredentialsApi } from "./users-object-storage-credentials.js";
import { RolesApi } from "./roles.js";
import { SecretsApi } from "./secrets.js";
import { InstancesAuditsApi } from "./instances-audits.js";
import { InstanceActionsAuditsApi } from "./instance-actions-audits.js";
import { SnapshotsAuditsApi } from "./snapshots-audits.js";
import { ImagesAuditsApi } from "./images-audits.js";
import { ObjectStoragesAuditsApi } from "./object-storages-audits.js";
import { PrivateNetworksAuditsApi } from "./private-networks-audits.js";
import { TagsAuditsApi } from "./tags-audits.js";
import { TagAssignmentsAuditsApi } from "./tag-assignments-audits.js";
import { UsersAuditsApi } from "./users-audits.js";
import { RolesAuditsApi } from "./roles-audits.js";
import { SecretsAuditsApi } from "./secrets-audits.js";
class ContaboClient {
  /** VPS and VDS instances: order, read, rename, reinstall, cancel and add add-ons. */
  instances;
  /** Power and recovery actions on an instance: start, stop, restart, shut down, rescue mode, credential reset. */
  instanceActions;
  /** Snapshots of an instance's disk, and rolling the instance back to one. */
  snapshots;
  /** Standard images and your own custom images (downloaded from a URL). */
  images;
  /** S3-compatible object storage as a product (order, resize, cancel, usage), and the data centers that offer it. */
  objectStorages;
  /** Private networks (VPCs) that connect instances in a data center. */
  privateNetworks;
  /** Virtual IPs (additional and floating IPv4 addresses) and their documented assignment to servers. */
  vip;
  /** Tags that label resources and scope resource permissions of roles. */
  tags;
  /** Which resources carry which tag. */
  tagAssignments;
  /** Users of the account, the account's OAuth2 client and its secret. */
  users;
  /** A user's S3 credentials for the object storages. */
  usersObjectStorageCredentials;
  /** Roles that grant users permissions on API endpoints and tagged resources. */
  roles;
  /** Stored passwords and SSH public keys, referenced by id when installing instances. */
  secrets;
  /** History of changes to instances. */
  instancesAudits;
  /** History of actions triggered on instances. */
  instanceActionsAudits;
  /** History of changes to snapshots. */
  snapshotsAudits;
  /** History of changes to custom images. */
  imagesAudits;
  /** History of changes to object storages. */
  objectStoragesAudits;
  /** History of changes to private networks. */
  privateNetworksAudits;
  /** History of changes to tags. */
  tagsAudits;
  /** History of tags being assigned to and removed from resources. */
  tagAssignmentsAudits;
  /** History of changes to users. */
  usersAudits;
  /** History of changes to roles. */
  rolesAudits;
  /** History of changes to secrets. */
  secretsAudits;
  constructor(options) {
    const fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const transport = new Transport({ ...options, baseUrl: options.baseUrl ?? "https://api.contabo.com", fetch, auth: authOf(options, fetch), defaults: { traceId: options.traceId }, optionHeaders: { traceId: "x-trace-id" } });
    this.instances = new InstancesApi(transport);
    this.instanceActions = new InstanceActionsApi(transport);
    this.snapshots = new SnapshotsApi(transport);
    this.images = new ImagesApi(transport);
    this.objectStorages = new ObjectStoragesApi(transport);
    this.privateNetworks = new PrivateNetworksApi(transport);
    this.vip = new VipApi(transport);
    this.tags = new TagsApi(transport);
    this.tagAssignments = new TagAssignmentsApi(transport);
    this.users = new UsersApi(transport);
    this.usersObjectStorageCredentials = new UsersObjectStorageCredentialsApi(transport);
    this.roles = new RolesApi(transport);
    this.secrets = new SecretsApi(transport);
    this.instancesAudits = new InstancesAuditsApi(transport);
    this.instanceActionsAudits = new InstanceActionsAuditsApi(transport);
    this.snapshotsAudits = new SnapshotsAuditsApi(transport);
    this.imagesAudits = new ImagesAuditsApi(transport);
    this.objectStoragesAudits = new ObjectStoragesAuditsApi(transport);
    this.privateNetworksAudits = new PrivateNetworksAuditsApi(transport);
    this.tagsAudits = new TagsAuditsApi(transport);
    this.tagAssignmentsAudits = new TagAssignmentsAuditsApi(transport);
    this.usersAudits = new UsersAuditsApi(transport);
    this.rolesAudits = new RolesAuditsApi(transport);
    this.secretsAudits = new SecretsAuditsApi(transport);
  }
}
function authOf(options, fetch) {
  if ("clientId" in options) return new PasswordGrantAuth({ tokenUrl: options.authUrl ?? "https://auth.contabo.com/auth/realms/contabo/protocol/openid-connect/token", clientId: options.clientId, clientSecret: options.clientSecret, username: options.username, password: options.password, fetch });
  if ("accessToken" in options) return bearerAuth(options.accessToken);
  return void 0;
}
export {
  ContaboClient
};
