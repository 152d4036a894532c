import { PasswordGrantAuth, Transport, bearerAuth, createLog, fetchWith } from "../runtime/index.js";
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
function createContaboTransport(options = {}) {
  return new Transport({ ...options, baseUrl: options.baseUrl ?? "https://api.contabo.com", defaults: { traceId: options.traceId }, optionHeaders: { traceId: "x-trace-id" } });
}
class ContaboClient {
  constructor(options) {
    const fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const auth = authOf(options, fetchWith(fetch, options.fetchOptions));
    const log = createLog({ level: options.logLevel, logger: options.logger });
    const transport = createContaboTransport({ ...options, fetch, auth, log });
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
  ContaboClient,
  createContaboTransport
};
