import { type ClientOptions, type TokenProvider } from '../runtime/index.js';
import { Instances } from './instances.js';
import { InstanceActions } from './instance-actions.js';
import { Snapshots } from './snapshots.js';
import { Images } from './images.js';
import { ObjectStorages } from './object-storages.js';
import { PrivateNetworks } from './private-networks.js';
import { Vip } from './vip.js';
import { Tags } from './tags.js';
import { TagAssignments } from './tag-assignments.js';
import { Users } from './users.js';
import { UsersObjectStorageCredentials } from './users-object-storage-credentials.js';
import { Roles } from './roles.js';
import { Secrets } from './secrets.js';
import { InstancesAudits } from './instances-audits.js';
import { InstanceActionsAudits } from './instance-actions-audits.js';
import { SnapshotsAudits } from './snapshots-audits.js';
import { ImagesAudits } from './images-audits.js';
import { ObjectStoragesAudits } from './object-storages-audits.js';
import { PrivateNetworksAudits } from './private-networks-audits.js';
import { TagsAudits } from './tags-audits.js';
import { TagAssignmentsAudits } from './tag-assignments-audits.js';
import { UsersAudits } from './users-audits.js';
import { RolesAudits } from './roles-audits.js';
import { SecretsAudits } from './secrets-audits.js';
/** Options of {@link ContaboClient}: connection settings and credentials. */
export type ContaboClientOptions = ClientOptions & {
    /** Sent as header `x-trace-id` on every call that takes it, unless the call gives its own. */
    traceId?: string | undefined;
} & ({
    /** OAuth 2.0 client id. */
    clientId: string;
    /** OAuth 2.0 client secret. */
    clientSecret: string;
    /** The API user. */
    username: string;
    /** The API user's password. */
    password: string;
    /** Token endpoint of the password grant. @default "https://auth.contabo.com/auth/realms/contabo/protocol/openid-connect/token" */
    authUrl?: string | undefined;
} | {
    /** A bearer token, or a function returning the current one. */
    accessToken: TokenProvider;
});
/**
 * Client of Contabo API 1.0.0.
 *
 * Manage Contabo cloud resources: VPS/VDS instances with their snapshots and images, object storage, private networks, virtual IPs, tags, users, roles and secrets.
 *
 * Every request needs an OAuth2 access token (password grant with the client id and secret and the API user and password from the Customer Control Panel) and an `x-request-id` header holding a fresh UUIDv4. Responses wrap their payload: `data` is always an array, even for a single resource, `_links` points to related URLs, and listings add `_pagination`. Changes are recorded and can be read back through the audit endpoints.
 */
export declare class ContaboClient {
    /** VPS and VDS instances: order, read, rename, reinstall, cancel and add add-ons. */
    readonly instances: Instances;
    /** Power and recovery actions on an instance: start, stop, restart, shut down, rescue mode, credential reset. */
    readonly instanceActions: InstanceActions;
    /** Snapshots of an instance's disk, and rolling the instance back to one. */
    readonly snapshots: Snapshots;
    /** Standard images and your own custom images (downloaded from a URL). */
    readonly images: Images;
    /** S3-compatible object storage as a product (order, resize, cancel, usage), and the data centers that offer it. */
    readonly objectStorages: ObjectStorages;
    /** Private networks (VPCs) that connect instances in a data center. */
    readonly privateNetworks: PrivateNetworks;
    /** Virtual IPs (additional and floating IPv4 addresses) and their documented assignment to servers. */
    readonly vip: Vip;
    /** Tags that label resources and scope resource permissions of roles. */
    readonly tags: Tags;
    /** Which resources carry which tag. */
    readonly tagAssignments: TagAssignments;
    /** Users of the account, the account's OAuth2 client and its secret. */
    readonly users: Users;
    /** A user's S3 credentials for the object storages. */
    readonly usersObjectStorageCredentials: UsersObjectStorageCredentials;
    /** Roles that grant users permissions on API endpoints and tagged resources. */
    readonly roles: Roles;
    /** Stored passwords and SSH public keys, referenced by id when installing instances. */
    readonly secrets: Secrets;
    /** History of changes to instances. */
    readonly instancesAudits: InstancesAudits;
    /** History of actions triggered on instances. */
    readonly instanceActionsAudits: InstanceActionsAudits;
    /** History of changes to snapshots. */
    readonly snapshotsAudits: SnapshotsAudits;
    /** History of changes to custom images. */
    readonly imagesAudits: ImagesAudits;
    /** History of changes to object storages. */
    readonly objectStoragesAudits: ObjectStoragesAudits;
    /** History of changes to private networks. */
    readonly privateNetworksAudits: PrivateNetworksAudits;
    /** History of changes to tags. */
    readonly tagsAudits: TagsAudits;
    /** History of tags being assigned to and removed from resources. */
    readonly tagAssignmentsAudits: TagAssignmentsAudits;
    /** History of changes to users. */
    readonly usersAudits: UsersAudits;
    /** History of changes to roles. */
    readonly rolesAudits: RolesAudits;
    /** History of changes to secrets. */
    readonly secretsAudits: SecretsAudits;
    constructor(options: ContaboClientOptions);
}
