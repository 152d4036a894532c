/** An additional IP address of an instance. */
export interface AdditionalIp {
    v4: IpV4Config;
}
export interface AddOnRequest {
    /**
     * Add-on id.
     *
     * @format int64
     */
    id: number;
    /**
     * How many of the add-on.
     *
     * @format int64
     */
    quantity: number;
}
export interface AddOnResponse {
    /** @format int64 */
    id: number;
    /** @format int64 */
    quantity: number;
}
export interface ApiPermissionsResponse {
    apiName: string;
    actions: ('CREATE' | 'READ' | 'UPDATE' | 'DELETE')[];
}
export interface AssignedTagResponse {
    tagId: number;
    tagName: string;
}
export interface AssignInstancePrivateNetworkResponse {
    _links: InstanceAssignmentSelfLinks;
}
export interface AssignmentAuditResponse {
    tenantId: string;
    customerId: string;
    id: number;
    resourceId: string;
    resourceType: string;
    /** @format int64 */
    tagId: number;
    action: 'CREATED' | 'DELETED';
    /** @format date-time */
    timestamp: string;
    changedBy: string;
    username: string;
    requestId: string;
    traceId: string;
    changes?: {
        [key: string]: unknown;
    };
}
/** The assignment of a tag to a resource. */
export interface AssignmentResponse {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    tagId: number;
    tagName: string;
    resourceType: string;
    resourceId: string;
    resourceName: string;
}
export interface AssignVipResponse {
    data: VipResponse[];
    _links: SelfLinks;
}
export interface AutoScalingTypeRequest {
    /** Whether autoscaling is on. */
    state: 'enabled' | 'disabled';
    /**
     * Size in TB up to which autoscaling may buy space.
     *
     * @format double
     */
    sizeLimitTB: number;
}
export interface AutoScalingTypeResponse {
    state: 'enabled' | 'disabled' | 'error';
    /** @format double */
    sizeLimitTB: number;
    errorMessage?: string;
}
/** Empty object: ordering the add-on takes no options yet. */
export interface BackupUpgradeRequest {
    [key: string]: unknown;
}
export interface CancelInstanceRequest {
    /**
     * When the cancellation takes effect.
     *
     * @format date-time
     */
    cancelDate?: string;
}
export interface CancelInstanceResponse {
    data: CancelInstanceResponseData[];
    _links: SelfLinks;
}
export interface CancelInstanceResponseData {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    instanceId: number;
    /** @format date */
    cancelDate: string;
}
export interface CancelObjectStorageRequest {
    /**
     * When the cancellation takes effect.
     *
     * @format date-time
     */
    cancelDate?: string;
}
export interface CancelObjectStorageResponse {
    _links: SelfLinks;
    data: CancelObjectStorageResponseData[];
}
export interface CancelObjectStorageResponseData {
    tenantId: string;
    customerId: string;
    objectStorageId: string;
    /** @format date */
    cancelDate: string;
    displayName: string;
}
export interface ClientResponse {
    tenantId: string;
    customerId: string;
    id: string;
    clientId: string;
    secret: string;
}
export interface ClientSecretResponse {
    tenantId: string;
    customerId: string;
    secret: string;
}
export interface CreateAssignmentResponse {
    _links: TagAssignmentSelfLinks;
}
/** Why a custom image was refused. */
export interface CreateCustomImageFailResponse {
    message: string;
    statusCode: number;
}
export interface CreateCustomImageRequest {
    /** Name of the image. */
    name: string;
    /** Description of the image. */
    description?: string;
    /** Address the .iso or .qcow2 file can be downloaded from directly. */
    url: string;
    /** Windows for Microsoft Windows, Linux for every other OS. A wrong value can leave instances built from the image unusable. */
    osType: 'Windows' | 'Linux';
    /** Version of the image contents, e.g. of its operating system. */
    version: string;
}
export interface CreateCustomImageResponse {
    data: CreateCustomImageResponseData[];
    _links: SelfLinks;
}
export interface CreateCustomImageResponseData {
    tenantId: string;
    customerId: string;
    imageId: string;
}
export interface CreateInstanceAddons {
    /** Private networking add-on; an empty object orders it. */
    privateNetworking?: {
        [key: string]: unknown;
    };
    /** Additional IP add-on; an empty object orders it. */
    additionalIps?: {
        [key: string]: unknown;
    };
    /** Automated backup add-on; an empty object orders it. */
    backup?: {
        [key: string]: unknown;
    };
    /** Extra storage add-on. */
    extraStorage?: ExtraStorageRequest;
    /** Custom image add-on; an empty object orders it. */
    customImage?: {
        [key: string]: unknown;
    };
    /** Further add-ons by id and quantity. */
    addonsIds?: AddOnRequest[];
}
export interface CreateInstanceRequest {
    /**
     * Image to install, standard or custom. Ubuntu 22.04 unless given.
     *
     * @default "afecbb85-e2fc-46f0-9684-b46b1faf00bb"
     */
    imageId?: string;
    /**
     * Product (plan) to order, e.g. V91 for VPS 10 NVMe or V8 for VDS S.
     *
     * @default "V92"
     */
    productId?: string;
    /**
     * Region to place the instance in.
     *
     * @default "EU"
     */
    region?: 'EU' | 'US-central' | 'US-east' | 'US-west' | 'SIN' | 'UK' | 'AUS' | 'JPN' | 'IND';
    /** Secret ids of SSH public keys allowed to log in as the default user (Linux/BSD). */
    sshKeys?: number[];
    /**
     * Secret id of the password of the default user (SSH on Linux/BSD, RDP on Windows).
     *
     * @format int64
     */
    rootPassword?: number;
    /** Cloud-init configuration applied when the instance first boots. */
    userData?: string;
    /** Software license (cPanel or Plesk) to order with the instance; Windows needs none. */
    license?: 'cPanel5' | 'cPanel30' | 'cPanel50' | 'cPanel100' | 'cPanel150' | 'cPanel200' | 'cPanel250' | 'cPanel300' | 'cPanel350' | 'cPanel400' | 'cPanel450' | 'cPanel500' | 'cPanel550' | 'cPanel600' | 'cPanel650' | 'cPanel700' | 'cPanel750' | 'cPanel800' | 'cPanel850' | 'cPanel900' | 'cPanel950' | 'cPanel1000' | 'PleskAdmin' | 'PleskHost' | 'PleskPro';
    /**
     * Initial contract period in months: 1, 3, 6 or 12.
     *
     * @format int64
     * @default 1
     */
    period: number;
    /** Display name of the instance. */
    displayName?: string;
    /**
     * Administrative user created by the installation: admin or root on Linux/BSD, admin or administrator on Windows.
     *
     * @default "admin"
     */
    defaultUser?: 'root' | 'admin' | 'administrator';
    /** Add-ons to order with the instance. */
    addOns?: CreateInstanceAddons;
    /** Application to install along with the image. */
    applicationId?: string;
}
export interface CreateInstanceResponse {
    data: CreateInstanceResponseData[];
    _links: SelfLinks;
}
export interface CreateInstanceResponseData {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    instanceId: number;
    /** @format date-time */
    createdDate: string;
    imageId: string;
    productId: string;
    region: string;
    addOns: AddOnResponse[];
    osType: string;
    status: InstanceStatus;
    sshKeys: number[];
}
export interface CreateObjectStorageRequest {
    /**
     * Region of the object storage, e.g. EU, US-central or SIN.
     *
     * @default "EU"
     */
    region: string;
    /** Automatic monthly upgrades of the size. */
    autoScaling?: AutoScalingTypeRequest;
    /**
     * Size to purchase, in TB.
     *
     * @format double
     * @default 0.25
     */
    totalPurchasedSpaceTB: number;
    /** Name that tells object storages apart; generated when left out and changeable later. */
    displayName?: string;
}
export interface CreateObjectStorageResponse {
    data: CreateObjectStorageResponseData[];
    _links: SelfLinks;
}
export interface CreateObjectStorageResponseData {
    tenantId: string;
    customerId: string;
    objectStorageId: string;
    /** @format date-time */
    createdDate: string;
    /** @format date */
    cancelDate: string;
    autoScaling: AutoScalingTypeResponse;
    dataCenter: string;
    /** @format double */
    totalPurchasedSpaceTB: number;
    /** @format double */
    usedSpaceTB: number;
    /** @format double */
    usedSpacePercentage: number;
    s3Url: string;
    s3TenantId: string;
    status: 'READY' | 'PROVISIONING' | 'UPGRADING' | 'CANCELLED' | 'ERROR' | 'DISABLED' | 'MANUAL_PROVISIONING' | 'PRODUCT_NOT_AVAILABLE' | 'LIMIT_EXCEEDED' | 'VERIFICATION_REQUIRED' | 'ORDER_PROCESSING' | 'PENDING_PAYMENT' | 'UNKNOWN';
    region: string;
    displayName: string;
}
export interface CreatePrivateNetworkRequest {
    /**
     * Region of the private network.
     *
     * @default "EU"
     */
    region?: string;
    /** Name: letters, numbers, colons, dashes and underscores. */
    name: string;
    /** Description of the private network. */
    description?: string;
}
export interface CreatePrivateNetworkResponse {
    data: PrivateNetworkResponse[];
    _links: SelfLinks;
}
export interface CreateRoleRequest {
    /** Name of the role. */
    name: string;
    /** Grants everything on all endpoints and resources, overriding permissions and accessAllResources. */
    admin: boolean;
    /** Grants access to all resources, overriding the tag restrictions of the permissions. */
    accessAllResources: boolean;
    /** Endpoint permissions the role grants. */
    permissions?: PermissionRequest[];
}
export interface CreateRoleResponse {
    data: CreateRoleResponseData[];
    _links: SelfLinks;
}
export interface CreateRoleResponseData {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    roleId: number;
}
export interface CreateSecretRequest {
    /** Name of the secret. */
    name: string;
    /** The password or SSH public key. Passwords must meet the rules given on createSecret. */
    value: string;
    /** Kind of secret. */
    type: 'password' | 'ssh';
}
export interface CreateSecretResponse {
    data: SecretResponse[];
    _links: SelfLinks;
}
export interface CreateSnapshotRequest {
    /** Name of the snapshot: letters, numbers, spaces and dashes. */
    name: string;
    /** Description of the snapshot. */
    description?: string;
}
export interface CreateSnapshotResponse {
    data: SnapshotResponse[];
    _links: SelfLinks;
}
export interface CreateTagRequest {
    /** Name: letters, numbers, colons, dashes and underscores. */
    name: string;
    /**
     * Display color as a hex value such as #0A78C3.
     *
     * @default "#0A78C3"
     */
    color: string;
    /** Description of the tag. */
    description?: string;
}
export interface CreateTagResponse {
    data: CreateTagResponseData[];
    _links: SelfLinks;
}
export interface CreateTagResponseData {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    tagId: number;
}
export interface CreateUserRequest {
    /** First name. */
    firstName?: string;
    /** Last name. */
    lastName?: string;
    /** Address the activation and password emails go to. */
    email: string;
    /** A disabled user cannot sign in. */
    enabled: boolean;
    /** Whether the user signs in with two-factor authentication (time-based one-time passwords). */
    totp: boolean;
    /** Language of the user. */
    locale: 'de-DE' | 'de' | 'en-US' | 'en' | 'es' | 'es-ES';
    /** Ids of the roles the user gets. */
    roles?: number[];
}
export interface CreateUserResponse {
    data: CreateUserResponseData[];
    _links: SelfLinks;
}
export interface CreateUserResponseData {
    tenantId: string;
    customerId: string;
    userId: string;
}
/** A user's S3 credential for one object storage. */
export interface CredentialData {
    tenantId: string;
    customerId: string;
    accessKey: string;
    secretKey: string;
    objectStorageId: string;
    displayName: string;
    region: string;
    credentialId: number;
}
export interface CustomImagesStatsResponse {
    data: CustomImagesStatsResponseData[];
    _links: SelfLinks;
}
export interface CustomImagesStatsResponseData {
    tenantId: string;
    customerId: string;
    currentImagesCount: number;
    totalSizeMb: number;
    usedSizeMb: number;
    freeSizeMb: number;
}
/** A data center and what it offers. */
export interface DataCenterResponse {
    name: string;
    slug: string;
    capabilities: ('VPS' | 'VDS' | 'Object-Storage' | 'Private-Networking')[];
    s3Url: string;
    regionName: string;
    regionSlug: string;
    tenantId: string;
    customerId: string;
}
/** Error body. Contabo documents no fixed shape for errors; read it as a free-form JSON object. */
export interface ErrorResponse {
    [key: string]: unknown;
}
export interface ExtraStorageRequest {
    ssd?: string[];
    nvme?: string[];
}
export interface FindAssignmentResponse {
    data: AssignmentResponse[];
    _links: TagAssignmentSelfLinks;
}
export interface FindClientResponse {
    data: ClientResponse[];
    _links: SelfLinks;
}
export interface FindCredentialResponse {
    data: CredentialData[];
    _links: SelfLinks;
}
export interface FindImageResponse {
    data: ImageResponse[];
    _links: SelfLinks;
}
export interface FindInstanceResponse {
    data: InstanceResponse[];
    _links: SelfLinks;
}
export interface FindObjectStorageResponse {
    data: ObjectStorageResponse[];
    _links: SelfLinks;
}
export interface FindPrivateNetworkResponse {
    data: PrivateNetworkResponse[];
    _links: SelfLinks;
}
export interface FindRoleResponse {
    data: RoleResponse[];
    _links: SelfLinks;
}
export interface FindSecretResponse {
    data: SecretResponse[];
    _links: SelfLinks;
}
export interface FindSnapshotResponse {
    data: SnapshotResponse[];
    _links: SelfLinks;
}
export interface FindTagResponse {
    data: TagResponse[];
    _links: SelfLinks;
}
export interface FindUserIsPasswordSetResponse {
    data: UserIsPasswordSetResponse[];
    _links: SelfLinks;
}
export interface FindUserResponse {
    data: UserResponse[];
    _links: SelfLinks;
}
export interface FindVipResponse {
    data: VipResponse[];
    _links: SelfLinks;
}
export interface GenerateClientSecretResponse {
    data: ClientSecretResponse[];
    _links: SelfLinks;
}
export interface ImageAuditResponse {
    _pagination: PaginationMeta;
    data: ImageAuditResponseData[];
    _links: Links;
}
export interface ImageAuditResponseData {
    /** @format int64 */
    id: number;
    action: 'CREATED' | 'UPDATED' | 'DELETED';
    /** @format date-time */
    timestamp: string;
    tenantId: string;
    customerId: string;
    changedBy: string;
    username: string;
    requestId: string;
    traceId: string;
    imageId: string;
    changes?: {
        [key: string]: unknown;
    };
}
/** A standard or custom image. */
export interface ImageResponse {
    imageId: string;
    tenantId: 'DE' | 'INT';
    customerId: string;
    name: string;
    description: string;
    url: string;
    sizeMb: number;
    uploadedSizeMb: number;
    osType: string;
    version: string;
    format: 'iso' | 'qcow2';
    /** Download status of a custom image. */
    status: string;
    /** Why the download failed, if it did. */
    errorMessage: string;
    standardImage: boolean;
    /** @format date-time */
    creationDate: string;
    /** @format date-time */
    lastModifiedDate: string;
}
export interface InstanceAssignmentSelfLinks {
    self: string;
    virtualPrivateCloud: string;
    instance: string;
}
export interface InstanceRescueActionResponse {
    data: InstanceRescueActionResponseData[];
    _links: SelfLinks;
}
export interface InstanceRescueActionResponseData {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    instanceId: number;
    action: string;
}
export interface InstanceResetPasswordActionResponse {
    data: InstanceResetPasswordActionResponseData[];
    _links: SelfLinks;
}
export interface InstanceResetPasswordActionResponseData {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    instanceId: number;
    action: string;
}
/** An instance (VPS or VDS). */
export interface InstanceResponse {
    tenantId: 'DE' | 'INT';
    customerId: string;
    additionalIps: AdditionalIp[];
    name: string;
    displayName: string;
    /** @format int64 */
    instanceId: number;
    dataCenter: string;
    region: string;
    regionName: string;
    productId: string;
    imageId: string;
    ipConfig: IpConfig;
    macAddress: string;
    ramMb: number;
    /** @format int64 */
    cpuCores: number;
    osType: string;
    diskMb: number;
    sshKeys: number[];
    /** @format date-time */
    createdDate: string;
    /**
     * Date the cancellation of the instance takes effect (yyyy-mm-dd).
     *
     * @format date
     */
    cancelDate: string;
    status: InstanceStatus;
    /** @format int64 */
    vHostId: number;
    /** @format int64 */
    vHostNumber: number;
    vHostName: string;
    addOns: AddOnResponse[];
    errorMessage?: string;
    productType: 'hdd' | 'ssd' | 'vds' | 'nvme';
    productName: string;
    defaultUser?: 'root' | 'admin' | 'administrator';
}
export interface InstanceRestartActionResponse {
    data: InstanceRestartActionResponseData[];
    _links: SelfLinks;
}
export interface InstanceRestartActionResponseData {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    instanceId: number;
    action: string;
}
export interface InstancesActionsAuditResponse {
    /** @format int64 */
    id: number;
    action: 'CREATED' | 'UPDATED' | 'DELETED';
    /** @format date-time */
    timestamp: string;
    tenantId: string;
    customerId: string;
    changedBy: string;
    username: string;
    requestId: string;
    traceId: string;
    /** @format int64 */
    instanceId: number;
    changes?: {
        [key: string]: unknown;
    };
}
export interface InstancesActionsRescueRequest {
    /**
     * Secret id of the root password for the rescue system.
     *
     * @format int64
     */
    rootPassword?: number;
    /** Secret ids of SSH public keys that may log in to the rescue system as root. */
    sshKeys?: number[];
    /** Cloud-init configuration for the rescue system. */
    userData?: string;
}
export interface InstancesAuditResponse {
    /** @format int64 */
    id: number;
    action: 'CREATED' | 'UPDATED' | 'DELETED';
    /** @format date-time */
    timestamp: string;
    tenantId: string;
    customerId: string;
    changedBy: string;
    username: string;
    requestId: string;
    traceId: string;
    /** @format int64 */
    instanceId: number;
    changes?: {
        [key: string]: unknown;
    };
}
export interface InstanceShutdownActionResponse {
    data: InstanceShutdownActionResponseData[];
    _links: SelfLinks;
}
export interface InstanceShutdownActionResponseData {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    instanceId: number;
    action: string;
}
export interface InstancesResetPasswordActionsRequest {
    /** Secret ids of SSH public keys allowed to log in as the default user (Linux/BSD). */
    sshKeys?: number[];
    /**
     * Secret id of the new password of the default user.
     *
     * @format int64
     */
    rootPassword?: number;
    /** Cloud-init configuration to apply. */
    userData?: string;
}
export interface InstanceStartActionResponse {
    data: InstanceStartActionResponseData[];
    _links: SelfLinks;
}
export interface InstanceStartActionResponseData {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    instanceId: number;
    action: string;
}
/** Lifecycle status of an instance. */
export type InstanceStatus = 'provisioning' | 'uninstalled' | 'running' | 'stopped' | 'error' | 'installing' | 'unknown' | 'manual_provisioning' | 'product_not_available' | 'verification_required' | 'rescue' | 'pending_payment' | 'other' | 'reset_password';
export interface InstanceStopActionResponse {
    data: InstanceStopActionResponseData[];
    _links: SelfLinks;
}
export interface InstanceStopActionResponseData {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    instanceId: number;
    action: string;
}
/** Public IPv4 and IPv6 configuration. */
export interface IpConfig {
    v4: IpV4Config;
    v6: IpV6;
}
/** An IPv4 address with its netmask (CIDR prefix length) and gateway. */
export interface IpV4Config {
    ip: string;
    /** @format int32 */
    netmaskCidr: number;
    gateway: string;
}
/** An IPv6 address with its netmask (CIDR prefix length) and gateway. */
export interface IpV6 {
    ip: string;
    /** @format int32 */
    netmaskCidr: number;
    gateway: string;
}
/** Links to this page and its neighbours. */
export interface Links {
    self: string;
    first: string;
    previous?: string;
    next?: string;
    last: string;
}
export interface ListApiPermissionResponse {
    data: ApiPermissionsResponse[];
    _links: Links;
}
export interface ListAssignmentAuditsResponse {
    _pagination: PaginationMeta;
    data: AssignmentAuditResponse[];
    _links: Links;
}
export interface ListAssignmentResponse {
    _pagination: PaginationMeta;
    data: AssignmentResponse[];
    _links: Links;
}
export interface ListCredentialResponse {
    _pagination: PaginationMeta;
    data: CredentialData[];
    _links: Links;
}
export interface ListDataCenterResponse {
    _pagination: PaginationMeta;
    data: DataCenterResponse[];
    _links: Links;
}
export interface ListImageResponse {
    _pagination: PaginationMeta;
    data: ListImageResponseData[];
    _links: Links;
}
/** An image as listed, with the tags assigned to it. */
export interface ListImageResponseData {
    imageId: string;
    tenantId: 'DE' | 'INT';
    customerId: string;
    name: string;
    description: string;
    url: string;
    sizeMb: number;
    uploadedSizeMb: number;
    osType: string;
    version: string;
    format: 'iso' | 'qcow2';
    /** Download status of a custom image. */
    status: string;
    /** Why the download failed, if it did. */
    errorMessage: string;
    standardImage: boolean;
    /** @format date-time */
    creationDate: string;
    /** @format date-time */
    lastModifiedDate: string;
    tags: AssignedTagResponse[];
}
export interface ListInstancesActionsAuditResponse {
    _pagination: PaginationMeta;
    data: InstancesActionsAuditResponse[];
    _links: Links;
}
export interface ListInstancesAuditResponse {
    _pagination: PaginationMeta;
    data: InstancesAuditResponse[];
    _links: Links;
}
export interface ListInstancesResponse {
    _pagination: PaginationMeta;
    data: InstanceResponse[];
    _links: Links;
}
export interface ListObjectStorageAuditResponse {
    _pagination: PaginationMeta;
    data: ObjectStorageAuditResponse[];
    _links: Links;
}
export interface ListObjectStorageResponse {
    _pagination: PaginationMeta;
    data: ObjectStorageResponse[];
    _links: Links;
}
export interface ListPrivateNetworkAuditResponse {
    _pagination: PaginationMeta;
    data: PrivateNetworkAuditResponse[];
    _links: Links;
}
export interface ListPrivateNetworkResponse {
    _pagination: PaginationMeta;
    data: PrivateNetworkResponse[];
    _links: Links;
}
export interface ListRoleAuditResponse {
    data: RoleAuditResponse[];
    _links: Links;
}
export interface ListRoleResponse {
    _pagination: PaginationMeta;
    data: RoleResponse[];
    _links: Links;
}
export interface ListSecretAuditResponse {
    _pagination: PaginationMeta;
    data: SecretAuditResponse[];
    _links: Links;
}
export interface ListSecretResponse {
    _pagination: PaginationMeta;
    data: SecretResponse[];
    _links: SelfLinks;
}
export interface ListSnapshotResponse {
    _pagination: PaginationMeta;
    data: SnapshotResponse[];
    _links: Links;
}
export interface ListSnapshotsAuditResponse {
    _pagination: PaginationMeta;
    data: SnapshotsAuditResponse[];
    _links: Links;
}
export interface ListTagAuditsResponse {
    _pagination: PaginationMeta;
    data: TagAuditResponse[];
    _links: Links;
}
export interface ListTagResponse {
    _pagination: PaginationMeta;
    data: TagResponse[];
    _links: Links;
}
export interface ListUserAuditResponse {
    _pagination: PaginationMeta;
    data: UserAuditResponse[];
    _links: Links;
}
export interface ListUserResponse {
    _pagination: PaginationMeta;
    data: UserResponse[];
    _links: Links;
}
export interface ListVipResponse {
    _pagination: PaginationMeta;
    data: VipResponse[];
    _links: Links;
}
export interface ObjectStorageAuditResponse {
    /** @format int64 */
    id: number;
    action: 'CREATED' | 'UPDATED' | 'DELETED';
    /** @format date-time */
    timestamp: string;
    tenantId: string;
    customerId: string;
    changedBy: string;
    username: string;
    requestId: string;
    traceId: string;
    objectStorageId: string;
    changes?: {
        [key: string]: unknown;
    };
}
/** An object storage. */
export interface ObjectStorageResponse {
    tenantId: string;
    customerId: string;
    objectStorageId: string;
    /** @format date-time */
    createdDate: string;
    /** @format date */
    cancelDate: string;
    autoScaling: AutoScalingTypeResponse;
    dataCenter: string;
    /** @format double */
    totalPurchasedSpaceTB: number;
    /** Endpoint of the S3 API for this object storage. */
    s3Url: string;
    s3TenantId: string;
    /** Lifecycle status of the object storage. */
    status: 'READY' | 'PROVISIONING' | 'UPGRADING' | 'CANCELLED' | 'ERROR' | 'DISABLED' | 'MANUAL_PROVISIONING' | 'PRODUCT_NOT_AVAILABLE' | 'LIMIT_EXCEEDED' | 'VERIFICATION_REQUIRED' | 'ORDER_PROCESSING' | 'PENDING_PAYMENT' | 'UNKNOWN';
    region: string;
    displayName: string;
}
export interface ObjectStoragesStatsResponse {
    data: ObjectStoragesStatsResponseData[];
    _links: SelfLinks;
}
export interface ObjectStoragesStatsResponseData {
    tenantId: string;
    customerId: string;
    /** @format double */
    usedSpaceTB: number;
    /** @format double */
    usedSpacePercentage: number;
    /** @format int64 */
    numberOfObjects: number;
}
/** Where this page sits in the whole listing. */
export interface PaginationMeta {
    /** Items per page. */
    size: number;
    /** Items in the whole listing. */
    totalElements: number;
    /** Pages in the whole listing. */
    totalPages: number;
    /** Number of this page, from 1. */
    page: number;
}
export interface PatchInstanceRequest {
    /** New display name of the instance. */
    displayName?: string;
}
export interface PatchInstanceResponse {
    data: PatchInstanceResponseData[];
    _links: SelfLinks;
}
export interface PatchInstanceResponseData {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    instanceId: number;
    /** @format date-time */
    createdDate: string;
}
export interface PatchObjectStorageRequest {
    /** New display name, unique in the account. */
    displayName: string;
}
export interface PatchPrivateNetworkRequest {
    /** New name: letters, numbers, colons, dashes and underscores. */
    name?: string;
    /** New description. */
    description?: string;
}
export interface PatchPrivateNetworkResponse {
    data: PrivateNetworkResponse[];
    _links: SelfLinks;
}
export interface PermissionRequest {
    /** API endpoint, e.g. /v1/compute/instances (see listApiPermissions). */
    apiName: string;
    /** Actions allowed on the endpoint. */
    actions: ('CREATE' | 'READ' | 'UPDATE' | 'DELETE')[];
    /** Tag ids: the permission then covers only resources carrying one of these tags. */
    resources?: number[];
}
export interface PermissionResponse {
    apiName: string;
    actions: ('CREATE' | 'READ' | 'UPDATE' | 'DELETE')[];
    resources?: ResourcePermissionsResponse[];
}
/** Private IPv4 addresses of an instance in a private network. */
export interface PrivateIpConfig {
    v4: IpV4Config[];
}
export interface PrivateNetworkAuditResponse {
    /** @format int64 */
    id: number;
    privateNetworkId: number;
    action: 'CREATED' | 'DELETED' | 'UPDATED';
    /** @format date-time */
    timestamp: string;
    tenantId: string;
    customerId: string;
    changedBy: string;
    username: string;
    requestId: string;
    traceId: string;
    changes?: {
        [key: string]: unknown;
    };
}
/** Empty object: ordering the add-on takes no options yet. */
export interface PrivateNetworkingUpgradeRequest {
    [key: string]: unknown;
}
/** An instance as a member of a private network. */
export interface PrivateNetworkInstance {
    /** @format int64 */
    instanceId: number;
    displayName: string;
    name: string;
    productId: string;
    privateIpConfig: PrivateIpConfig;
    ipConfig: IpConfig;
    status: 'ok' | 'restart' | 'reinstall' | 'reinstallation failed' | 'installing';
    errorMessage?: string;
}
/** A private network with its member instances. */
export interface PrivateNetworkResponse {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    privateNetworkId: number;
    dataCenter: string;
    region: string;
    regionName: string;
    name: string;
    description: string;
    cidr: string;
    /** @format int64 */
    availableIps: number;
    /** @format date-time */
    createdDate: string;
    instances: PrivateNetworkInstance[];
}
export interface ReinstallInstanceRequest {
    /** Image to install, standard or custom. */
    imageId: string;
    /** Secret ids of SSH public keys allowed to log in as the default user (Linux/BSD). */
    sshKeys?: number[];
    /**
     * Secret id of the password of the default user (SSH on Linux/BSD, RDP on Windows).
     *
     * @format int64
     */
    rootPassword?: number;
    /** Cloud-init configuration applied when the instance boots after the installation. */
    userData?: string;
    /** Administrative user created by the installation: admin or root on Linux/BSD, admin or administrator on Windows. */
    defaultUser?: 'root' | 'admin' | 'administrator';
    /** Application to install along with the image. */
    applicationId?: string;
}
export interface ReinstallInstanceResponse {
    data: ReinstallInstanceResponseData[];
    _links: SelfLinks;
}
export interface ReinstallInstanceResponseData {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    instanceId: number;
    /** @format date-time */
    createdDate: string;
}
export interface ResourcePermissionsResponse {
    /** @format int64 */
    tagId: number;
    tagName: string;
}
export interface RoleAuditResponse {
    /** @format int64 */
    id: number;
    action: 'CREATED' | 'UPDATED' | 'DELETED';
    /** @format date-time */
    timestamp: string;
    tenantId: string;
    customerId: string;
    changedBy: string;
    username: string;
    requestId: string;
    traceId: string;
    roleId: number;
    changes?: {
        [key: string]: unknown;
    };
}
/** A role and the permissions it grants. */
export interface RoleResponse {
    /** @format int64 */
    roleId: number;
    tenantId: string;
    customerId: string;
    name: string;
    admin: boolean;
    accessAllResources: boolean;
    type: string;
    permissions?: PermissionResponse[];
}
/** Empty object; the rollback takes no options. */
export interface RollbackSnapshotRequest {
    [key: string]: unknown;
}
export interface RollbackSnapshotResponse {
    _links: SelfLinks;
}
export interface SecretAuditResponse {
    id: number;
    secretId: number;
    action: 'CREATED' | 'UPDATED' | 'DELETED';
    /** @format date-time */
    timestamp: string;
    tenantId: string;
    customerId: string;
    changedBy: string;
    username: string;
    requestId: string;
    traceId: string;
    changes?: {
        [key: string]: unknown;
    };
}
/** A stored password or SSH public key. */
export interface SecretResponse {
    tenantId: string;
    customerId: string;
    secretId: number;
    name: string;
    type: 'password' | 'ssh';
    value: string;
    /** @format date-time */
    createdAt: string;
    /** @format date-time */
    updatedAt: string;
}
/** Link to the resource itself. */
export interface SelfLinks {
    self: string;
}
/** A snapshot of an instance. */
export interface SnapshotResponse {
    tenantId: string;
    customerId: string;
    snapshotId: string;
    name: string;
    description: string;
    /** @format int64 */
    instanceId: number;
    /** @format date-time */
    createdDate: string;
    /** @format date-time */
    autoDeleteDate: string;
    imageId: string;
    imageName: string;
}
export interface SnapshotsAuditResponse {
    /** @format int64 */
    id: number;
    action: 'CREATED' | 'UPDATED' | 'DELETED';
    /** @format date-time */
    timestamp: string;
    tenantId: string;
    customerId: string;
    changedBy: string;
    username: string;
    requestId: string;
    traceId: string;
    /** @format int64 */
    instanceId: number;
    snapshotId: string;
    changes?: {
        [key: string]: unknown;
    };
}
export interface TagAssignmentSelfLinks {
    self: string;
    tag: string;
    _resource: string;
}
export interface TagAuditResponse {
    tenantId: string;
    customerId: string;
    id: number;
    /** @format int64 */
    tagId: number;
    action: 'CREATED' | 'DELETED' | 'UPDATED';
    /** @format date-time */
    timestamp: string;
    changedBy: string;
    username: string;
    requestId: string;
    traceId: string;
    changes?: {
        [key: string]: unknown;
    };
}
/** A tag. */
export interface TagResponse {
    tenantId: string;
    customerId: string;
    /** @format int64 */
    tagId: number;
    name: string;
    color: string;
}
export interface UnassignInstancePrivateNetworkResponse {
    _links: InstanceAssignmentSelfLinks;
}
export interface UpdateCustomImageRequest {
    /** New name of the image. */
    name?: string;
    /** New description of the image. */
    description?: string;
}
export interface UpdateCustomImageResponse {
    data: UpdateCustomImageResponseData[];
    _links: SelfLinks;
}
export interface UpdateCustomImageResponseData {
    tenantId: string;
    customerId: string;
    imageId: string;
}
export interface UpdateRoleRequest {
    /** Name of the role. */
    name: string;
    /** Grants everything on all endpoints and resources, overriding permissions and accessAllResources. */
    admin: boolean;
    /** Grants access to all resources, overriding the tag restrictions of the permissions. */
    accessAllResources: boolean;
    /** Endpoint permissions the role grants. */
    permissions?: PermissionRequest[];
}
export interface UpdateRoleResponse {
    _links: SelfLinks;
}
export interface UpdateSecretRequest {
    /** New name of the secret. */
    name?: string;
    /** New value of the secret. */
    value?: string;
}
export interface UpdateSecretResponse {
    _links: SelfLinks;
}
export interface UpdateSnapshotRequest {
    /** New name of the snapshot: letters, numbers, spaces and dashes. */
    name?: string;
    /** New description of the snapshot. */
    description?: string;
}
export interface UpdateSnapshotResponse {
    data: SnapshotResponse[];
    _links: SelfLinks;
}
export interface UpdateTagRequest {
    /** New name: letters, numbers, colons, dashes and underscores. */
    name?: string;
    /** New display color as a hex value such as #0A78C3. */
    color?: string;
    /** New description of the tag. */
    description?: string;
}
export interface UpdateTagResponse {
    _links: SelfLinks;
}
export interface UpdateUserRequest {
    /** First name. */
    firstName?: string;
    /** Last name. */
    lastName?: string;
    /** Address the activation and password emails go to. */
    email?: string;
    /** A disabled user cannot sign in. */
    enabled?: boolean;
    /** Whether the user signs in with two-factor authentication (time-based one-time passwords). */
    totp?: boolean;
    /** Language of the user. */
    locale?: 'de-DE' | 'de' | 'en-US' | 'en' | 'es' | 'es-ES';
    /** Ids of the roles the user has; replaces the current list. */
    roles?: number[];
}
export interface UpdateUserResponse {
    _links: SelfLinks;
}
export interface UpgradeAutoScalingType {
    /** Whether autoscaling is on. */
    state?: 'enabled' | 'disabled';
    /**
     * New size in TB up to which autoscaling may buy space.
     *
     * @format double
     */
    sizeLimitTB?: number;
}
export interface UpgradeInstanceRequest {
    /** Adds the private networking add-on. */
    privateNetworking?: PrivateNetworkingUpgradeRequest;
    /** Adds the automated backup add-on. */
    backup?: BackupUpgradeRequest;
}
export interface UpgradeObjectStorageRequest {
    /** New autoscaling settings. */
    autoScaling?: UpgradeAutoScalingType;
    /**
     * New total size in TB. A larger size is billed for the added space; a smaller one is refused.
     *
     * @format double
     */
    totalPurchasedSpaceTB?: number;
}
export interface UpgradeObjectStorageResponse {
    _links: SelfLinks;
    data: UpgradeObjectStorageResponseData[];
}
export interface UpgradeObjectStorageResponseData {
    tenantId: string;
    customerId: string;
    objectStorageId: string;
    createdDate: string;
    dataCenter: string;
    autoScaling: AutoScalingTypeResponse;
    s3Url: string;
    status: 'READY' | 'PROVISIONING' | 'UPGRADING' | 'CANCELLED' | 'ERROR' | 'DISABLED' | 'MANUAL_PROVISIONING' | 'PRODUCT_NOT_AVAILABLE' | 'LIMIT_EXCEEDED' | 'VERIFICATION_REQUIRED' | 'ORDER_PROCESSING' | 'PENDING_PAYMENT' | 'UNKNOWN';
    /** @format double */
    totalPurchasedSpaceTB: number;
    region: string;
    displayName: string;
}
export interface UserAuditResponse {
    /** @format int64 */
    id: number;
    action: 'CREATED' | 'UPDATED' | 'DELETED';
    /** @format date-time */
    timestamp: string;
    tenantId: string;
    customerId: string;
    changedBy: string;
    username: string;
    requestId: string;
    traceId: string;
    userId: string;
    changes?: {
        [key: string]: unknown;
    };
}
export interface UserIsPasswordSetResponse {
    tenantId: string;
    customerId: string;
    isPasswordSet: boolean;
}
/** A user of the account. */
export interface UserResponse {
    tenantId: string;
    customerId: string;
    userId: string;
    firstName: string;
    lastName: string;
    email: string;
    emailVerified: boolean;
    enabled: boolean;
    totp: boolean;
    locale: 'de-DE' | 'de' | 'en-US' | 'en';
    roles: RoleResponse[];
    owner: boolean;
}
/** IPv4 details of a virtual IP. */
export interface VipIpV4 {
    ip: string;
    gateway: string;
    /** @format int64 */
    netmaskCidr: number;
    broadcast: string;
    net: string;
}
/** A virtual IP address. */
export interface VipResponse {
    tenantId: string;
    customerId: string;
    vipId: string;
    dataCenter: string;
    region: string;
    resourceId: string;
    resourceType?: 'instances' | 'bare-metal' | 'null';
    resourceName: string;
    resourceDisplayName: string;
    ipVersion: 'v4';
    type?: 'additional' | 'floating';
    v4?: VipIpV4;
}
/** Parameters of `listInstances` (GET /v1/compute/instances). */
export interface ListInstancesParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only the instance with this name.
     *
     * @example "vmd12345"
     */
    name?: string | undefined;
    /**
     * Only instances with this display name.
     *
     * @example "myTestInstance"
     */
    displayName?: string | undefined;
    /**
     * Only instances in this data center.
     *
     * @example "European Union 1"
     */
    dataCenter?: string | undefined;
    /**
     * Only instances in this region.
     *
     * @example "EU"
     */
    region?: string | undefined;
    /**
     * Only the instance with this id. Deprecated: use `instanceIds`.
     *
     * @format int64
     * @example 100
     * @deprecated
     */
    instanceId?: number | undefined;
    /**
     * Comma-separated instance ids.
     *
     * @example "100, 101, 102"
     */
    instanceIds?: string | undefined;
    /**
     * Only instances in this status.
     *
     * @example "provisioning"
     */
    status?: 'provisioning' | 'uninstalled' | 'running' | 'stopped' | 'error' | 'installing' | 'unknown' | 'manual_provisioning' | 'product_not_available' | 'verification_required' | 'rescue' | 'pending_payment' | 'other' | 'reset_password' | undefined;
    /**
     * Comma-separated product ids.
     *
     * @example "V68,V77"
     */
    productIds?: string | undefined;
    /**
     * Comma-separated add-on ids: only instances with these add-ons.
     *
     * @example "1044,827"
     */
    addOnIds?: string | undefined;
    /**
     * Comma-separated product types (ssd, hdd, nvme, ...).
     *
     * @example "ssd, hdd, nvme"
     */
    productTypes?: string | undefined;
    /**
     * Only instances that have (true) or lack (false) an IP configuration.
     *
     * @example true
     */
    ipConfig?: boolean | undefined;
    /**
     * Full-text search over name, display name and IP address.
     *
     * @example "vmd12345"
     */
    search?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `createInstance` (POST /v1/compute/instances). */
export interface CreateInstanceParams {
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: CreateInstanceRequest;
}
/** Parameters of `getInstance` (GET /v1/compute/instances/{instanceId}). */
export interface GetInstanceParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `reinstallInstance` (PUT /v1/compute/instances/{instanceId}). */
export interface ReinstallInstanceParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: ReinstallInstanceRequest;
}
/** Parameters of `updateInstance` (PATCH /v1/compute/instances/{instanceId}). */
export interface UpdateInstanceParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: PatchInstanceRequest;
}
/** Parameters of `cancelInstance` (POST /v1/compute/instances/{instanceId}/cancel). */
export interface CancelInstanceParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: CancelInstanceRequest;
}
/** Parameters of `upgradeInstance` (POST /v1/compute/instances/{instanceId}/upgrade). */
export interface UpgradeInstanceParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: UpgradeInstanceRequest;
}
/** Parameters of `startInstance` (POST /v1/compute/instances/{instanceId}/actions/start). */
export interface StartInstanceParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `restartInstance` (POST /v1/compute/instances/{instanceId}/actions/restart). */
export interface RestartInstanceParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `stopInstance` (POST /v1/compute/instances/{instanceId}/actions/stop). */
export interface StopInstanceParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `shutdownInstance` (POST /v1/compute/instances/{instanceId}/actions/shutdown). */
export interface ShutdownInstanceParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `rescueInstance` (POST /v1/compute/instances/{instanceId}/actions/rescue). */
export interface RescueInstanceParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: InstancesActionsRescueRequest;
}
/** Parameters of `resetInstancePassword` (POST /v1/compute/instances/{instanceId}/actions/resetPassword). */
export interface ResetInstancePasswordParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: InstancesResetPasswordActionsRequest;
}
/** Parameters of `listInstanceSnapshots` (GET /v1/compute/instances/{instanceId}/snapshots). */
export interface ListInstanceSnapshotsParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only snapshots whose name contains this text.
     *
     * @example "Snapshot.Server"
     */
    name?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `createInstanceSnapshot` (POST /v1/compute/instances/{instanceId}/snapshots). */
export interface CreateInstanceSnapshotParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: CreateSnapshotRequest;
}
/** Parameters of `getInstanceSnapshot` (GET /v1/compute/instances/{instanceId}/snapshots/{snapshotId}). */
export interface GetInstanceSnapshotParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * Id of the snapshot.
     *
     * Sent as path parameter `snapshotId`.
     *
     * @example "snap1628603855"
     */
    snapshotId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `deleteInstanceSnapshot` (DELETE /v1/compute/instances/{instanceId}/snapshots/{snapshotId}). */
export interface DeleteInstanceSnapshotParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * Id of the snapshot.
     *
     * Sent as path parameter `snapshotId`.
     *
     * @example "snap1628603855"
     */
    snapshotId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `updateInstanceSnapshot` (PATCH /v1/compute/instances/{instanceId}/snapshots/{snapshotId}). */
export interface UpdateInstanceSnapshotParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * Id of the snapshot.
     *
     * Sent as path parameter `snapshotId`.
     *
     * @example "snap1628603855"
     */
    snapshotId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: UpdateSnapshotRequest;
}
/** Parameters of `rollbackInstanceSnapshot` (POST /v1/compute/instances/{instanceId}/snapshots/{snapshotId}/rollback). */
export interface RollbackInstanceSnapshotParams {
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 12345
     */
    instanceId: number;
    /**
     * Id of the snapshot.
     *
     * Sent as path parameter `snapshotId`.
     *
     * @example "snap1628603855"
     */
    snapshotId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: RollbackSnapshotRequest;
}
/** Parameters of `listImages` (GET /v1/compute/images). */
export interface ListImagesParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only images with this name.
     *
     * @example "Ubuntu"
     */
    name?: string | undefined;
    /**
     * true for Contabo's standard images only, false for your custom images only.
     *
     * @example true
     */
    standardImage?: boolean | undefined;
    /**
     * Full-text search over image name and OS type.
     *
     * @example "windows or Debian"
     */
    search?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `createCustomImage` (POST /v1/compute/images). */
export interface CreateCustomImageParams {
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: CreateCustomImageRequest;
}
/** Parameters of `getImage` (GET /v1/compute/images/{imageId}). */
export interface GetImageParams {
    /**
     * Id of the image.
     *
     * Sent as path parameter `imageId`.
     *
     * @example "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"
     */
    imageId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `deleteImage` (DELETE /v1/compute/images/{imageId}). */
export interface DeleteImageParams {
    /**
     * Id of the image.
     *
     * Sent as path parameter `imageId`.
     *
     * @example "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"
     */
    imageId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `updateImage` (PATCH /v1/compute/images/{imageId}). */
export interface UpdateImageParams {
    /**
     * Id of the image.
     *
     * Sent as path parameter `imageId`.
     *
     * @example "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"
     */
    imageId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: UpdateCustomImageRequest;
}
/** Parameters of `getCustomImageStats` (GET /v1/compute/images/stats). */
export interface GetCustomImageStatsParams {
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listObjectStorages` (GET /v1/object-storages). */
export interface ListObjectStoragesParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only object storages in this data center.
     *
     * @example "European Union 2"
     */
    dataCenterName?: string | undefined;
    /**
     * Only object storages of this S3 tenant.
     *
     * @example "2cd2e5e1444a41b0bed16c6410ecaa84"
     */
    s3TenantId?: string | undefined;
    /**
     * Only object storages in this region (EU, US-central, SIN, ...).
     *
     * @example "EU"
     */
    region?: string | undefined;
    /**
     * Only object storages with this display name.
     *
     * @example "MyObjectStorage"
     */
    displayName?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `createObjectStorage` (POST /v1/object-storages). */
export interface CreateObjectStorageParams {
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: CreateObjectStorageRequest;
}
/** Parameters of `listDataCenters` (GET /v1/data-centers). */
export interface ListDataCentersParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only the data center with this slug.
     *
     * @example "EU1"
     */
    slug?: string | undefined;
    /**
     * Only the data center with this name.
     *
     * @example "European Union 1"
     */
    name?: string | undefined;
    /**
     * Only data centers in the region with this name.
     *
     * @example "European Union"
     */
    regionName?: string | undefined;
    /**
     * Only data centers in the region with this slug.
     *
     * @example "EU"
     */
    regionSlug?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `getObjectStorage` (GET /v1/object-storages/{objectStorageId}). */
export interface GetObjectStorageParams {
    /**
     * Id of the object storage.
     *
     * Sent as path parameter `objectStorageId`.
     *
     * @example "4a6f95be-2ac0-4e3c-8eed-0dc67afed640"
     */
    objectStorageId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `updateObjectStorage` (PATCH /v1/object-storages/{objectStorageId}). */
export interface UpdateObjectStorageParams {
    /**
     * Id of the object storage.
     *
     * Sent as path parameter `objectStorageId`.
     *
     * @example "4a6f95be-2ac0-4e3c-8eed-0dc67afed640"
     */
    objectStorageId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: PatchObjectStorageRequest;
}
/** Parameters of `resizeObjectStorage` (POST /v1/object-storages/{objectStorageId}/resize). */
export interface ResizeObjectStorageParams {
    /**
     * Id of the object storage.
     *
     * Sent as path parameter `objectStorageId`.
     *
     * @example "4a6f95be-2ac0-4e3c-8eed-0dc67afed640"
     */
    objectStorageId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: UpgradeObjectStorageRequest;
}
/** Parameters of `getObjectStorageStats` (GET /v1/object-storages/{objectStorageId}/stats). */
export interface GetObjectStorageStatsParams {
    /**
     * Id of the object storage.
     *
     * Sent as path parameter `objectStorageId`.
     *
     * @example "4a6f95be-2ac0-4e3c-8eed-0dc67afed640"
     */
    objectStorageId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `cancelObjectStorage` (PATCH /v1/object-storages/{objectStorageId}/cancel). */
export interface CancelObjectStorageParams {
    /**
     * Id of the object storage.
     *
     * Sent as path parameter `objectStorageId`.
     *
     * @example "4a6f95be-2ac0-4e3c-8eed-0dc67afed640"
     */
    objectStorageId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: CancelObjectStorageRequest;
}
/** Parameters of `listPrivateNetworks` (GET /v1/private-networks). */
export interface ListPrivateNetworksParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only private networks with this name.
     *
     * @example "myPrivateNetwork"
     */
    name?: string | undefined;
    /**
     * Comma-separated instance ids.
     *
     * @example "100, 101, 102"
     */
    instanceIds?: string | undefined;
    /**
     * Only private networks in the region with this slug.
     *
     * @example "EU"
     */
    region?: string | undefined;
    /**
     * Only private networks in this data center.
     *
     * @example "European Union 1"
     */
    dataCenter?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `createPrivateNetwork` (POST /v1/private-networks). */
export interface CreatePrivateNetworkParams {
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: CreatePrivateNetworkRequest;
}
/** Parameters of `getPrivateNetwork` (GET /v1/private-networks/{privateNetworkId}). */
export interface GetPrivateNetworkParams {
    /**
     * Id of the private network.
     *
     * Sent as path parameter `privateNetworkId`.
     *
     * @format int64
     * @example 12345
     */
    privateNetworkId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `deletePrivateNetwork` (DELETE /v1/private-networks/{privateNetworkId}). */
export interface DeletePrivateNetworkParams {
    /**
     * Id of the private network.
     *
     * Sent as path parameter `privateNetworkId`.
     *
     * @format int64
     * @example 12345
     */
    privateNetworkId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `updatePrivateNetwork` (PATCH /v1/private-networks/{privateNetworkId}). */
export interface UpdatePrivateNetworkParams {
    /**
     * Id of the private network.
     *
     * Sent as path parameter `privateNetworkId`.
     *
     * @format int64
     * @example 12345
     */
    privateNetworkId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: PatchPrivateNetworkRequest;
}
/** Parameters of `assignInstanceToPrivateNetwork` (POST /v1/private-networks/{privateNetworkId}/instances/{instanceId}). */
export interface AssignInstanceToPrivateNetworkParams {
    /**
     * Id of the private network.
     *
     * Sent as path parameter `privateNetworkId`.
     *
     * @format int64
     * @example 12345
     */
    privateNetworkId: number;
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 100
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `unassignInstanceFromPrivateNetwork` (DELETE /v1/private-networks/{privateNetworkId}/instances/{instanceId}). */
export interface UnassignInstanceFromPrivateNetworkParams {
    /**
     * Id of the private network.
     *
     * Sent as path parameter `privateNetworkId`.
     *
     * @format int64
     * @example 100
     */
    privateNetworkId: number;
    /**
     * Id of the instance.
     *
     * Sent as path parameter `instanceId`.
     *
     * @format int64
     * @example 100
     */
    instanceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listVips` (GET /v1/vips). */
export interface ListVipsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only virtual IPs assigned to this resource.
     *
     * @example "10001"
     */
    resourceId?: string | undefined;
    /**
     * Only virtual IPs assigned to this kind of resource.
     *
     * @example "instances"
     */
    resourceType?: 'instances' | 'bare-metal' | 'null' | undefined;
    /**
     * Only virtual IPs assigned to the resource with this name.
     *
     * @example "vmi100101"
     */
    resourceName?: string | undefined;
    /**
     * Only virtual IPs assigned to the resource with this display name.
     *
     * @example "my instance"
     */
    resourceDisplayName?: string | undefined;
    /**
     * Only virtual IPs of this IP version.
     *
     * @example "v4"
     */
    ipVersion?: 'v4' | undefined;
    /**
     * Comma-separated IP addresses.
     *
     * @example "10.214.121.145, 10.214.121.1, 10.214.121.11"
     */
    ips?: string | undefined;
    /**
     * Only this IP address.
     *
     * @example "10.214.121.145"
     */
    ip?: string | undefined;
    /**
     * Only virtual IPs of this type.
     *
     * Sent as query parameter `type`.
     *
     * @example "additional"
     */
    type_?: 'additional' | 'floating' | undefined;
    /**
     * Only virtual IPs in this data center.
     *
     * @example "European Union (Germany) 3"
     */
    dataCenter?: string | undefined;
    /**
     * Only virtual IPs in this region.
     *
     * @example "EU"
     */
    region?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `getVip` (GET /v1/vips/{ip}). */
export interface GetVipParams {
    /**
     * The virtual IP address.
     *
     * Sent as path parameter `ip`.
     *
     * @example "10.214.121.145"
     */
    ip: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `assignVip` (POST /v1/vips/{ip}/{resourceType}/{resourceId}). */
export interface AssignVipParams {
    /**
     * The virtual IP address.
     *
     * Sent as path parameter `ip`.
     *
     * @example "127.0.0.1"
     */
    ip: string;
    /**
     * Kind of server the virtual IP is assigned to.
     *
     * Sent as path parameter `resourceType`.
     *
     * @example "instances"
     */
    resourceType: 'instances' | 'bare-metal';
    /**
     * Id of the instance or bare-metal server.
     *
     * Sent as path parameter `resourceId`.
     *
     * @format int64
     * @example 12345
     */
    resourceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `unassignVip` (DELETE /v1/vips/{ip}/{resourceType}/{resourceId}). */
export interface UnassignVipParams {
    /**
     * The virtual IP address.
     *
     * Sent as path parameter `ip`.
     *
     * @example "127.0.0.1"
     */
    ip: string;
    /**
     * Kind of server the virtual IP is assigned to.
     *
     * Sent as path parameter `resourceType`.
     *
     * @example "instances"
     */
    resourceType: 'instances' | 'bare-metal';
    /**
     * Id of the instance or bare-metal server.
     *
     * Sent as path parameter `resourceId`.
     *
     * @format int64
     * @example 12345
     */
    resourceId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listTags` (GET /v1/tags). */
export interface ListTagsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only tags whose name contains this text.
     *
     * @example "web"
     */
    name?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `createTag` (POST /v1/tags). */
export interface CreateTagParams {
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: CreateTagRequest;
}
/** Parameters of `getTag` (GET /v1/tags/{tagId}). */
export interface GetTagParams {
    /**
     * Id of the tag.
     *
     * Sent as path parameter `tagId`.
     *
     * @format int64
     * @example 12345
     */
    tagId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `deleteTag` (DELETE /v1/tags/{tagId}). */
export interface DeleteTagParams {
    /**
     * Id of the tag.
     *
     * Sent as path parameter `tagId`.
     *
     * @format int64
     * @example 12345
     */
    tagId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `updateTag` (PATCH /v1/tags/{tagId}). */
export interface UpdateTagParams {
    /**
     * Id of the tag.
     *
     * Sent as path parameter `tagId`.
     *
     * @format int64
     * @example 12345
     */
    tagId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: UpdateTagRequest;
}
/** Parameters of `listTagAssignments` (GET /v1/tags/{tagId}/assignments). */
export interface ListTagAssignmentsParams {
    /**
     * Id of the tag.
     *
     * Sent as path parameter `tagId`.
     *
     * @format int64
     * @example 12345
     */
    tagId: number;
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only assignments whose resource type contains this text (instance, image, object-storage).
     *
     * @example "instance"
     */
    resourceType?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `getTagAssignment` (GET /v1/tags/{tagId}/assignments/{resourceType}/{resourceId}). */
export interface GetTagAssignmentParams {
    /**
     * Id of the tag.
     *
     * Sent as path parameter `tagId`.
     *
     * @format int64
     * @example 12345
     */
    tagId: number;
    /**
     * Type of the tagged resource: instance, image or object-storage.
     *
     * Sent as path parameter `resourceType`.
     *
     * @example "instance"
     */
    resourceType: string;
    /**
     * Id of the tagged resource.
     *
     * Sent as path parameter `resourceId`.
     *
     * @example "d65ecf3b-30db-4dc2-9e88-dfc21a14a6bc"
     */
    resourceId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `createTagAssignment` (POST /v1/tags/{tagId}/assignments/{resourceType}/{resourceId}). */
export interface CreateTagAssignmentParams {
    /**
     * Id of the tag.
     *
     * Sent as path parameter `tagId`.
     *
     * @format int64
     * @example 12345
     */
    tagId: number;
    /**
     * Type of the tagged resource: instance, image or object-storage.
     *
     * Sent as path parameter `resourceType`.
     *
     * @example "instance"
     */
    resourceType: string;
    /**
     * Id of the tagged resource.
     *
     * Sent as path parameter `resourceId`.
     *
     * @example "d65ecf3b-30db-4dc2-9e88-dfc21a14a6bc"
     */
    resourceId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `deleteTagAssignment` (DELETE /v1/tags/{tagId}/assignments/{resourceType}/{resourceId}). */
export interface DeleteTagAssignmentParams {
    /**
     * Id of the tag.
     *
     * Sent as path parameter `tagId`.
     *
     * @format int64
     * @example 12345
     */
    tagId: number;
    /**
     * Type of the tagged resource: instance, image or object-storage.
     *
     * Sent as path parameter `resourceType`.
     *
     * @example "instance"
     */
    resourceType: string;
    /**
     * Id of the tagged resource.
     *
     * Sent as path parameter `resourceId`.
     *
     * @example "d65ecf3b-30db-4dc2-9e88-dfc21a14a6bc"
     */
    resourceId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listUsers` (GET /v1/users). */
export interface ListUsersParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /** Only users whose email contains this text. */
    email?: string | undefined;
    /**
     * Only enabled (true) or disabled (false) users.
     *
     * @example true
     */
    enabled?: boolean | undefined;
    /**
     * Only the account owner (true) or only the other users (false).
     *
     * @example true
     */
    owner?: boolean | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `createUser` (POST /v1/users). */
export interface CreateUserParams {
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: CreateUserRequest;
}
/** Parameters of `getUser` (GET /v1/users/{userId}). */
export interface GetUserParams {
    /**
     * Id of the user.
     *
     * Sent as path parameter `userId`.
     *
     * @example "6cdf5968-f9fe-4192-97c2-f349e813c5e8"
     */
    userId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `deleteUser` (DELETE /v1/users/{userId}). */
export interface DeleteUserParams {
    /**
     * Id of the user.
     *
     * Sent as path parameter `userId`.
     *
     * @example "6cdf5968-f9fe-4192-97c2-f349e813c5e8"
     */
    userId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `updateUser` (PATCH /v1/users/{userId}). */
export interface UpdateUserParams {
    /**
     * Id of the user.
     *
     * Sent as path parameter `userId`.
     *
     * @example "6cdf5968-f9fe-4192-97c2-f349e813c5e8"
     */
    userId: string;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: UpdateUserRequest;
}
/** Parameters of `resetUserPassword` (POST /v1/users/{userId}/reset-password). */
export interface ResetUserPasswordParams {
    /**
     * Id of the user.
     *
     * Sent as path parameter `userId`.
     *
     * @example "6cdf5968-f9fe-4192-97c2-f349e813c5e8"
     */
    userId: string;
    /**
     * Where the link in the email leads once the user has acted on it.
     *
     * @example "https://test.contabo.de"
     */
    redirectUrl?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `resendUserEmailVerification` (POST /v1/users/{userId}/resend-email-verification). */
export interface ResendUserEmailVerificationParams {
    /**
     * Id of the user.
     *
     * Sent as path parameter `userId`.
     *
     * @example "6cdf5968-f9fe-4192-97c2-f349e813c5e8"
     */
    userId: string;
    /**
     * Where the link in the email leads once the user has acted on it.
     *
     * @example "https://test.contabo.de"
     */
    redirectUrl?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `getUserClient` (GET /v1/users/client). */
export interface GetUserClientParams {
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `generateUserClientSecret` (PUT /v1/users/client/secret). */
export interface GenerateUserClientSecretParams {
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `getUserIsPasswordSet` (GET /v1/users/is-password-set). */
export interface GetUserIsPasswordSetParams {
    /**
     * Id of the user to check.
     *
     * @example "6cdf5968-f9fe-4192-97c2-f349e813c5e8"
     */
    userId?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listObjectStorageCredentials` (GET /v1/users/{userId}/object-storages/credentials). */
export interface ListObjectStorageCredentialsParams {
    /**
     * Id of the user.
     *
     * Sent as path parameter `userId`.
     *
     * @example "6cdf5968-f9fe-4192-97c2-f349e813c5e8"
     */
    userId: string;
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only the credential for this object storage.
     *
     * @example "d8417276-d2d9-43a9-a0a8-9a6fa6060246"
     */
    objectStorageId?: string | undefined;
    /**
     * Only credentials for object storages in this region, e.g. European Union, United States (Central), Asia (Singapore).
     *
     * @example "Asia (Singapore)"
     */
    regionName?: string | undefined;
    /**
     * Only credentials for the object storage with this display name.
     *
     * @example "Object Storage EU 420"
     */
    displayName?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `getObjectStorageCredential` (GET /v1/users/{userId}/object-storages/{objectStorageId}/credentials/{credentialId}). */
export interface GetObjectStorageCredentialParams {
    /**
     * Id of the user.
     *
     * Sent as path parameter `userId`.
     *
     * @example "6cdf5968-f9fe-4192-97c2-f349e813c5e8"
     */
    userId: string;
    /**
     * Id of the object storage the credential is for.
     *
     * Sent as path parameter `objectStorageId`.
     *
     * @example "d8417276-d2d9-43a9-a0a8-9a6fa6060246"
     */
    objectStorageId: string;
    /**
     * Id of the S3 credential.
     *
     * Sent as path parameter `credentialId`.
     *
     * @format int64
     * @example 12345
     */
    credentialId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `regenerateObjectStorageCredential` (PATCH /v1/users/{userId}/object-storages/{objectStorageId}/credentials/{credentialId}). */
export interface RegenerateObjectStorageCredentialParams {
    /**
     * Id of the user.
     *
     * Sent as path parameter `userId`.
     *
     * @example "6cdf5968-f9fe-4192-97c2-f349e813c5e8"
     */
    userId: string;
    /**
     * Id of the object storage the credential is for.
     *
     * Sent as path parameter `objectStorageId`.
     *
     * @example "d8417276-d2d9-43a9-a0a8-9a6fa6060246"
     */
    objectStorageId: string;
    /**
     * Id of the S3 credential.
     *
     * Sent as path parameter `credentialId`.
     *
     * @format int64
     * @example 12345
     */
    credentialId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listRoles` (GET /v1/roles). */
export interface ListRolesParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only roles with this name.
     *
     * @example "Web"
     */
    name?: string | undefined;
    /**
     * Only this API endpoint.
     *
     * @example "/v1/compute/instances"
     */
    apiName?: string | undefined;
    /**
     * Only roles that use the tag with this name.
     *
     * @example "Web"
     */
    tagName?: string | undefined;
    /**
     * Only roles of this type: default or custom.
     *
     * Sent as query parameter `type`.
     *
     * @example "custom"
     */
    type_?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `createRole` (POST /v1/roles). */
export interface CreateRoleParams {
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: CreateRoleRequest;
}
/** Parameters of `getRole` (GET /v1/roles/{roleId}). */
export interface GetRoleParams {
    /**
     * Id of the role.
     *
     * Sent as path parameter `roleId`.
     *
     * @format int64
     * @example 12345
     */
    roleId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `updateRole` (PUT /v1/roles/{roleId}). */
export interface UpdateRoleParams {
    /**
     * Id of the role.
     *
     * Sent as path parameter `roleId`.
     *
     * @format int64
     * @example 12345
     */
    roleId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: UpdateRoleRequest;
}
/** Parameters of `deleteRole` (DELETE /v1/roles/{roleId}). */
export interface DeleteRoleParams {
    /**
     * Id of the role.
     *
     * Sent as path parameter `roleId`.
     *
     * @format int64
     * @example 12345
     */
    roleId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listApiPermissions` (GET /v1/roles/api-permissions). */
export interface ListApiPermissionsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only this API endpoint.
     *
     * @example "/v1/compute/instances"
     */
    apiName?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listSecrets` (GET /v1/secrets). */
export interface ListSecretsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only secrets with this name.
     *
     * @example "mysecret"
     */
    name?: string | undefined;
    /**
     * Only secrets of this type.
     *
     * Sent as query parameter `type`.
     */
    type_?: 'password' | 'ssh' | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `createSecret` (POST /v1/secrets). */
export interface CreateSecretParams {
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: CreateSecretRequest;
}
/** Parameters of `getSecret` (GET /v1/secrets/{secretId}). */
export interface GetSecretParams {
    /**
     * Id of the secret.
     *
     * Sent as path parameter `secretId`.
     *
     * @format int64
     * @example 123
     */
    secretId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `deleteSecret` (DELETE /v1/secrets/{secretId}). */
export interface DeleteSecretParams {
    /**
     * Id of the secret.
     *
     * Sent as path parameter `secretId`.
     *
     * @format int64
     * @example 123
     */
    secretId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `updateSecret` (PATCH /v1/secrets/{secretId}). */
export interface UpdateSecretParams {
    /**
     * Id of the secret.
     *
     * Sent as path parameter `secretId`.
     *
     * @format int64
     * @example 123
     */
    secretId: number;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
    /** Sent as application/json. */
    body: UpdateSecretRequest;
}
/** Parameters of `listInstanceAudits` (GET /v1/compute/instances/audits). */
export interface ListInstanceAuditsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only entries about this instance.
     *
     * @format int64
     * @example 12345
     */
    instanceId?: number | undefined;
    /**
     * Only changes made by the request with this `x-request-id`.
     *
     * @example "D5FD9FAF-58C0-4406-8F46-F449B8E4FEC3"
     */
    requestId?: string | undefined;
    /**
     * Only changes made by this user (user id).
     *
     * @example "23cbb6d6-cb11-4330-bdff-7bb791df2e23"
     */
    changedBy?: string | undefined;
    /**
     * Only changes on or after this date.
     *
     * @format date
     * @example "2021-06-02"
     */
    startDate?: string | undefined;
    /**
     * Only changes on or before this date.
     *
     * @format date
     * @example "2021-06-02"
     */
    endDate?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listInstanceActionAudits` (GET /v1/compute/instances/actions/audits). */
export interface ListInstanceActionAuditsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only entries about this instance.
     *
     * @format int64
     * @example 12345
     */
    instanceId?: number | undefined;
    /**
     * Only changes made by the request with this `x-request-id`.
     *
     * @example "D5FD9FAF-58C0-4406-8F46-F449B8E4FEC3"
     */
    requestId?: string | undefined;
    /**
     * Only changes made by this user (user id).
     *
     * @example "23cbb6d6-cb11-4330-bdff-7bb791df2e23"
     */
    changedBy?: string | undefined;
    /**
     * Only changes on or after this date.
     *
     * @format date
     * @example "2021-06-02"
     */
    startDate?: string | undefined;
    /**
     * Only changes on or before this date.
     *
     * @format date
     * @example "2021-06-02"
     */
    endDate?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listSnapshotAudits` (GET /v1/compute/snapshots/audits). */
export interface ListSnapshotAuditsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only entries about this instance.
     *
     * @format int64
     * @example 12345
     */
    instanceId?: number | undefined;
    /**
     * Only entries about this snapshot.
     *
     * @example "snap1628603855"
     */
    snapshotId?: string | undefined;
    /**
     * Only changes made by the request with this `x-request-id`.
     *
     * @example "D5FD9FAF-58C0-4406-8F46-F449B8E4FEC3"
     */
    requestId?: string | undefined;
    /**
     * Only changes made by this user (user id).
     *
     * @example "23cbb6d6-cb11-4330-bdff-7bb791df2e23"
     */
    changedBy?: string | undefined;
    /**
     * Only changes on or after this date.
     *
     * @format date
     * @example "2021-06-02"
     */
    startDate?: string | undefined;
    /**
     * Only changes on or before this date.
     *
     * @format date
     * @example "2021-06-02"
     */
    endDate?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listImageAudits` (GET /v1/compute/images/audits). */
export interface ListImageAuditsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only entries about this image.
     *
     * @example "e443eab5-647a-4bc3-b4f9-16f5a281224d"
     */
    imageId?: string | undefined;
    /**
     * Only changes made by the request with this `x-request-id`.
     *
     * @example "D5FD9FAF-58C0-4406-8F46-F449B8E4FEC3"
     */
    requestId?: string | undefined;
    /**
     * Only changes made by this user (user id).
     *
     * @example "23cbb6d6-cb11-4330-bdff-7bb791df2e23"
     */
    changedBy?: string | undefined;
    /**
     * Only changes on or after this date.
     *
     * @format date
     * @example "2021-06-02"
     */
    startDate?: string | undefined;
    /**
     * Only changes on or before this date.
     *
     * @format date
     * @example "2021-06-02"
     */
    endDate?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listObjectStorageAudits` (GET /v1/object-storages/audits). */
export interface ListObjectStorageAuditsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only entries about this object storage.
     *
     * @example "6cdf5968-f9fe-4192-97c2-f349e813c5e8"
     */
    objectStorageId?: string | undefined;
    /**
     * Only changes made by the request with this `x-request-id`.
     *
     * @example "D5FD9FAF-58C0-4406-8F46-F449B8E4FEC3"
     */
    requestId?: string | undefined;
    /**
     * Only changes made by this user (user id).
     *
     * @example "23cbb6d6-cb11-4330-bdff-7bb791df2e23"
     */
    changedBy?: string | undefined;
    /**
     * Only changes on or after this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    startDate?: string | undefined;
    /**
     * Only changes on or before this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    endDate?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listPrivateNetworkAudits` (GET /v1/private-networks/audits). */
export interface ListPrivateNetworkAuditsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only entries about this private network.
     *
     * @format int64
     * @example 12345
     */
    privateNetworkId?: number | undefined;
    /**
     * Only changes made by the request with this `x-request-id`.
     *
     * @example "D5FD9FAF-58C0-4406-8F46-F449B8E4FEC3"
     */
    requestId?: string | undefined;
    /**
     * Only changes made by this user (user id).
     *
     * @example "23cbb6d6-cb11-4330-bdff-7bb791df2e23"
     */
    changedBy?: string | undefined;
    /**
     * Only changes on or after this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    startDate?: string | undefined;
    /**
     * Only changes on or before this date.
     *
     * @format date
     * @example "2023-05-31"
     */
    endDate?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listTagAudits` (GET /v1/tags/audits). */
export interface ListTagAuditsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only entries about this tag.
     *
     * @format int64
     * @example 12345
     */
    tagId?: number | undefined;
    /**
     * Only changes made by the request with this `x-request-id`.
     *
     * @example "D5FD9FAF-58C0-4406-8F46-F449B8E4FEC3"
     */
    requestId?: string | undefined;
    /**
     * Only changes made by this user (user id).
     *
     * @example "23cbb6d6-cb11-4330-bdff-7bb791df2e23"
     */
    changedBy?: string | undefined;
    /**
     * Only changes on or after this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    startDate?: string | undefined;
    /**
     * Only changes on or before this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    endDate?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listTagAssignmentAudits` (GET /v1/tags/assignments/audits). */
export interface ListTagAssignmentAuditsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only entries about this tag.
     *
     * @format int64
     * @example 12345
     */
    tagId?: number | undefined;
    /**
     * Only entries about this resource.
     *
     * @example "a1b2c3"
     */
    resourceId?: string | undefined;
    /**
     * Only changes made by the request with this `x-request-id`.
     *
     * @example "D5FD9FAF-58C0-4406-8F46-F449B8E4FEC3"
     */
    requestId?: string | undefined;
    /**
     * Only changes made by this user (user id).
     *
     * @example "23cbb6d6-cb11-4330-bdff-7bb791df2e23"
     */
    changedBy?: string | undefined;
    /**
     * Only changes on or after this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    startDate?: string | undefined;
    /**
     * Only changes on or before this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    endDate?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listUserAudits` (GET /v1/users/audits). */
export interface ListUserAuditsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only entries about this user.
     *
     * @example "6cdf5968-f9fe-4192-97c2-f349e813c5e8"
     */
    userId?: string | undefined;
    /**
     * Only changes made by the request with this `x-request-id`.
     *
     * @example "D5FD9FAF-58C0-4406-8F46-F449B8E4FEC3"
     */
    requestId?: string | undefined;
    /**
     * Only changes made by this user (user id).
     *
     * @example "23cbb6d6-cb11-4330-bdff-7bb791df2e23"
     */
    changedBy?: string | undefined;
    /**
     * Only changes on or after this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    startDate?: string | undefined;
    /**
     * Only changes on or before this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    endDate?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listRoleAudits` (GET /v1/roles/audits). */
export interface ListRoleAuditsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only entries about this role.
     *
     * @format int64
     * @example 12345
     */
    roleId?: number | undefined;
    /**
     * Only changes made by the request with this `x-request-id`.
     *
     * @example "D5FD9FAF-58C0-4406-8F46-F449B8E4FEC3"
     */
    requestId?: string | undefined;
    /**
     * Only changes made by this user (user id).
     *
     * @example "23cbb6d6-cb11-4330-bdff-7bb791df2e23"
     */
    changedBy?: string | undefined;
    /**
     * Only changes on or after this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    startDate?: string | undefined;
    /**
     * Only changes on or before this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    endDate?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
/** Parameters of `listSecretAudits` (GET /v1/secrets/audits). */
export interface ListSecretAuditsParams {
    /**
     * Number of the page to return, starting at 1.
     *
     * @format int64
     * @example 1
     */
    page?: number | undefined;
    /**
     * Number of items per page.
     *
     * @format int64
     * @example 10
     */
    size?: number | undefined;
    /**
     * Sort order as `field:asc` or `field:desc`; repeat the parameter to sort by several fields.
     *
     * @example ["name:asc"]
     */
    orderBy?: readonly string[] | undefined;
    /**
     * Only entries about this secret.
     *
     * @format int64
     * @example 123
     */
    secretId?: number | undefined;
    /**
     * Only changes made by the request with this `x-request-id`.
     *
     * @example "D5FD9FAF-58C0-4406-8F46-F449B8E4FEC3"
     */
    requestId?: string | undefined;
    /**
     * Only changes made by this user (user id).
     *
     * @example "23cbb6d6-cb11-4330-bdff-7bb791df2e23"
     */
    changedBy?: string | undefined;
    /**
     * Only changes on or after this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    startDate?: string | undefined;
    /**
     * Only changes on or before this date.
     *
     * @format date
     * @example "2021-01-01"
     */
    endDate?: string | undefined;
    /**
     * UUID (version 4) that identifies this request, e.g. in support cases. The generated client sends a fresh one per call unless given.
     *
     * Sent as header parameter `x-request-id`. A fresh UUID is sent when not given; it stays the same across retries.
     *
     * @example "04e0f898-37b4-48bc-a794-1a57abe6aa31"
     */
    xRequestId?: string | undefined;
    /**
     * Free-form identifier that groups related requests into one trace.
     *
     * Sent as header parameter `x-trace-id`. Defaults to the client option `traceId`.
     */
    xTraceId?: string | undefined;
}
