import {
  PasswordGrantAuth,
  Transport,
  bearerAuth
} from "../runtime/index.js";
import { Instances } from "./instances.js";
import { InstanceActions } from "./instance-actions.js";
import { Snapshots } from "./snapshots.js";
import { Images } from "./images.js";
import { ObjectStorages } from "./object-storages.js";
import { PrivateNetworks } from "./private-networks.js";
import { Vip } from "./vip.js";
import { Tags } from "./tags.js";
import { TagAssignments } from "./tag-assignments.js";
import { Users } from "./users.js";
import { UsersObjectStorageCredentials } from "./users-object-storage-credentials.js";
import { Roles } from "./roles.js";
import { Secrets } from "./secrets.js";
import { InstancesAudits } from "./instances-audits.js";
import { InstanceActionsAudits } from "./instance-actions-audits.js";
import { SnapshotsAudits } from "./snapshots-audits.js";
import { ImagesAudits } from "./images-audits.js";
import { ObjectStoragesAudits } from "./object-storages-audits.js";
import { PrivateNetworksAudits } from "./private-networks-audits.js";
import { TagsAudits } from "./tags-audits.js";
import { TagAssignmentsAudits } from "./tag-assignments-audits.js";
import { UsersAudits } from "./users-audits.js";
import { RolesAudits } from "./roles-audits.js";
import { SecretsAudits } from "./secrets-audits.js";
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
    const transport = new Transport({
      ...options,
      baseUrl: options.baseUrl ?? "https://api.contabo.com",
      fetch,
      auth: authOf(options, fetch),
      defaults: { traceId: options.traceId },
      optionHeaders: { traceId: "x-trace-id" }
    });
    this.instances = new Instances(transport);
    this.instanceActions = new InstanceActions(transport);
    this.snapshots = new Snapshots(transport);
    this.images = new Images(transport);
    this.objectStorages = new ObjectStorages(transport);
    this.privateNetworks = new PrivateNetworks(transport);
    this.vip = new Vip(transport);
    this.tags = new Tags(transport);
    this.tagAssignments = new TagAssignments(transport);
    this.users = new Users(transport);
    this.usersObjectStorageCredentials = new UsersObjectStorageCredentials(transport);
    this.roles = new Roles(transport);
    this.secrets = new Secrets(transport);
    this.instancesAudits = new InstancesAudits(transport);
    this.instanceActionsAudits = new InstanceActionsAudits(transport);
    this.snapshotsAudits = new SnapshotsAudits(transport);
    this.imagesAudits = new ImagesAudits(transport);
    this.objectStoragesAudits = new ObjectStoragesAudits(transport);
    this.privateNetworksAudits = new PrivateNetworksAudits(transport);
    this.tagsAudits = new TagsAudits(transport);
    this.tagAssignmentsAudits = new TagAssignmentsAudits(transport);
    this.usersAudits = new UsersAudits(transport);
    this.rolesAudits = new RolesAudits(transport);
    this.secretsAudits = new SecretsAudits(transport);
  }
}
function authOf(options, fetch) {
  if ("clientId" in options)
    return new PasswordGrantAuth({
      tokenUrl: options.authUrl ?? "https://auth.contabo.com/auth/realms/contabo/protocol/openid-connect/token",
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      username: options.username,
      password: options.password,
      fetch
    });
  if ("accessToken" in options) return bearerAuth(options.accessToken);
  return void 0;
}
export {
  ContaboClient
};
