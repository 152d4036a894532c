import type { Depth, Prev, Reference } from '../runtime/index.js';
/** Resource limits of a contract and how much of them is in use. Users who are not the contract owner see only the per-contract limits. */
export interface Contract {
    /** Always "contract". */
    type?: 'contract';
    /** The contract and its limits. */
    properties?: ContractProperties;
}
/**
 * Resource limits of a contract and how much of them is in use. Users who are not the contract owner see only the per-contract limits.
 *
 * Request shape of {@link Contract}.
 */
export interface ContractInput {
}
/** A contract and its resource limits. */
export interface ContractProperties {
    /**
     * Number of the contract.
     *
     * @format int64
     */
    'PB-Contract-Number'?: number;
    /** User name of the contract owner. */
    owner?: string;
    /** Status of the contract, e.g. "BILLABLE". */
    status?: string;
    /** Limits and current usage. */
    resourceLimits?: ResourceLimits;
}
/**
 * A contract and its resource limits.
 *
 * Request shape of {@link ContractProperties}.
 */
export interface ContractPropertiesInput {
}
/** A virtual data center: the container of servers, volumes, LANs and load balancers. */
export interface Datacenter<D extends Depth = 0> {
    /** Identifier of the virtual data center. */
    id: string;
    /** Always "datacenter". */
    type: 'datacenter';
    /** Absolute URL of the virtual data center. */
    href: string;
    /** Provisioning metadata of the virtual data center. */
    metadata: ResourceMetadata;
    /** Properties of the virtual data center; present from depth 1 (or on a single read). */
    properties: DatacenterProperties;
    /** Collections nested under the virtual data center. */
    entities: DatacenterEntities<D>;
}
/** Datacenter as it appears nested in another resource: a reference where depth has run out. */
export type DatacenterItem<D extends Depth = 0> = D extends 0 ? Reference : Datacenter<Prev<D>>;
/**
 * A virtual data center: the container of servers, volumes, LANs and load balancers.
 *
 * Request shape of {@link Datacenter}.
 */
export interface DatacenterInput {
    /** Properties of the virtual data center; present from depth 1 (or on a single read). */
    properties?: DatacenterPropertiesInput | undefined;
}
/** Body to create a data center, optionally with servers, volumes, LANs and load balancers created in the same request (create-attach). */
export interface DatacenterCreate {
    properties: DatacenterCreateProperties;
    entities?: DatacenterCreateEntities;
}
/**
 * Body to create a data center, optionally with servers, volumes, LANs and load balancers created in the same request (create-attach).
 *
 * Request shape of {@link DatacenterCreate}.
 */
export interface DatacenterCreateInput {
    properties: DatacenterCreateProperties;
    entities?: DatacenterCreateEntitiesInput | undefined;
}
/** Resources to create together with the data center. */
export interface DatacenterCreateEntities {
    /** Servers to create, each with its own nested volumes, NICs and CD-ROMs. */
    servers?: {
        items?: ServerCreate[];
    };
    /** Volumes to create. */
    volumes?: {
        items?: VolumeCreate[];
    };
    /** Load balancers to create. */
    loadbalancers?: {
        items?: LoadBalancerCreate[];
    };
    /** LANs to create. */
    lans?: {
        items?: LanCreate[];
    };
}
/**
 * Resources to create together with the data center.
 *
 * Request shape of {@link DatacenterCreateEntities}.
 */
export interface DatacenterCreateEntitiesInput {
    /** Servers to create, each with its own nested volumes, NICs and CD-ROMs. */
    servers?: {
        items?: readonly ServerCreateInput[] | undefined;
    } | undefined;
    /** Volumes to create. */
    volumes?: {
        items?: readonly VolumeCreateInput[] | undefined;
    } | undefined;
    /** Load balancers to create. */
    loadbalancers?: {
        items?: readonly LoadBalancerCreate[] | undefined;
    } | undefined;
    /** LANs to create. */
    lans?: {
        items?: readonly LanCreate[] | undefined;
    } | undefined;
}
/** Properties of a new data center. */
export interface DatacenterCreateProperties {
    /** Name of the data center; must not contain @, /, \, |, or quote characters. */
    name: string;
    /** Free-text description, e.g. staging or production. */
    description?: string;
    /** Where to create the data center; cannot change later. */
    location: LocationId;
}
/** Collections of a virtual data center. */
export interface DatacenterEntities<D extends Depth = 0> {
    servers?: Servers<D>;
    volumes?: Volumes<D>;
    loadbalancers?: LoadBalancers<D>;
    lans?: Lans<D>;
}
/**
 * Collections of a virtual data center.
 *
 * Request shape of {@link DatacenterEntities}.
 */
export interface DatacenterEntitiesInput {
    servers?: ServersInput | undefined;
    volumes?: VolumesInput | undefined;
    loadbalancers?: LoadBalancersInput | undefined;
    lans?: LansInput | undefined;
}
/** Properties of a virtual data center. */
export interface DatacenterProperties {
    /** Name of the data center. */
    name?: string;
    /** Description of the data center. */
    description?: string | null;
    /** Where the data center lives; cannot change after creation. */
    location?: LocationId;
    /**
     * Version of the data center, increased with every provisioning change.
     *
     * @format int32
     */
    version?: number | null;
    /** Reserved for future use. */
    features?: string[];
}
/**
 * Properties of a virtual data center.
 *
 * Request shape of {@link DatacenterProperties}.
 */
export interface DatacenterPropertiesInput {
    /** Name of the data center. */
    name?: string | undefined;
    /** Description of the data center. */
    description?: string | null | undefined;
    /** Where the data center lives; cannot change after creation. */
    location?: LocationId | undefined;
}
/** Full update of a data center (PUT): every writable property is sent. */
export interface DatacenterReplace {
    properties: DatacenterReplaceProperties;
}
/** All writable properties of a data center. */
export interface DatacenterReplaceProperties {
    /** Name of the data center. */
    name: string;
    /** Description of the data center. */
    description: string;
}
/** A collection of virtual data centers. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type Datacenters<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: DatacenterItem<Prev<D>>[];
});
/**
 * A collection of virtual data centers. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link Datacenters}.
 */
export interface DatacentersInput {
}
/** Partial update of a data center (PATCH): only the given properties change. */
export interface DatacenterUpdate {
    /** New name of the data center. */
    name?: string;
    /** New description of the data center. */
    description?: string;
}
/** The error body the API sends with every 4xx and 5xx status. */
export interface Error2 {
    /**
     * The HTTP status code, repeated in the body.
     *
     * @format int32
     */
    httpStatus: number;
    /** One entry per problem found. */
    messages: ErrorMessage[];
}
/** One problem reported in an error body. */
export interface ErrorMessage {
    /** The API-specific error code, a numeric string such as "100" or "313". */
    errorCode?: string;
    /** What went wrong; validation messages start with the JSON path of the offending attribute. */
    message?: string;
}
/** A rule admitting incoming traffic to a NIC. */
export interface FirewallRule {
    /** Identifier of the firewall rule. */
    id: string;
    /** Always "firewall-rule". */
    type: 'firewall-rule';
    /** Absolute URL of the firewall rule. */
    href: string;
    /** Provisioning metadata of the firewall rule. */
    metadata: ResourceMetadata;
    /** Properties of the firewall rule; present from depth 1 (or on a single read). */
    properties: FirewallRuleProperties;
}
/** FirewallRule as it appears nested in another resource: a reference where depth has run out. */
export type FirewallRuleItem<D extends Depth = 0> = D extends 0 ? Reference : FirewallRule;
/**
 * A rule admitting incoming traffic to a NIC.
 *
 * Request shape of {@link FirewallRule}.
 */
export interface FirewallRuleInput {
    /** Properties of the firewall rule; present from depth 1 (or on a single read). */
    properties?: FirewallRuleProperties | undefined;
}
/** Body to create a firewall rule. */
export interface FirewallRuleCreate {
    properties: FirewallRuleCreateProperties;
}
/** Properties of a new firewall rule. A null or missing filter admits everything. */
export interface FirewallRuleCreateProperties {
    /** Name of the rule. */
    name?: string | null;
    /** Protocol the rule admits; fixed after creation. */
    protocol: 'TCP' | 'UDP' | 'ICMP' | 'ANY';
    /**
     * Admit only traffic from this MAC address (aa:bb:cc:dd:ee:ff); null admits any.
     *
     * @example "aa:bb:cc:dd:ee:ff"
     */
    sourceMac?: string | null;
    /**
     * Admit only traffic from this IPv4 address; null admits any.
     *
     * @format ipv4
     */
    sourceIp?: string | null;
    /**
     * Admit only traffic to this one of the NIC's addresses; null admits any.
     *
     * @format ipv4
     */
    targetIp?: string | null;
    /**
     * ICMP code to admit (0-254) for protocol ICMP; null admits any.
     *
     * @format int32
     */
    icmpCode?: number | null;
    /**
     * ICMP type to admit (0-254) for protocol ICMP; null admits any.
     *
     * @format int32
     */
    icmpType?: number | null;
    /**
     * First port admitted (1-65534) for TCP or UDP; null with portRangeEnd null admits all ports.
     *
     * @format int32
     */
    portRangeStart?: number | null;
    /**
     * Last port admitted (1-65534) for TCP or UDP.
     *
     * @format int32
     */
    portRangeEnd?: number | null;
}
/** Properties of a firewall rule. A null filter admits everything. */
export interface FirewallRuleProperties {
    /** Name of the rule. */
    name?: string | null;
    /** Protocol the rule admits; fixed after creation. */
    protocol?: 'TCP' | 'UDP' | 'ICMP' | 'ANY';
    /**
     * Admit only traffic from this MAC address (aa:bb:cc:dd:ee:ff); null admits any.
     *
     * @example "aa:bb:cc:dd:ee:ff"
     */
    sourceMac?: string | null;
    /**
     * Admit only traffic from this IPv4 address; null admits any.
     *
     * @format ipv4
     */
    sourceIp?: string | null;
    /**
     * Admit only traffic to this one of the NIC's addresses; null admits any.
     *
     * @format ipv4
     */
    targetIp?: string | null;
    /**
     * ICMP code to admit (0-254) for protocol ICMP; null admits any.
     *
     * @format int32
     */
    icmpCode?: number | null;
    /**
     * ICMP type to admit (0-254) for protocol ICMP; null admits any.
     *
     * @format int32
     */
    icmpType?: number | null;
    /**
     * First port admitted (1-65534) for TCP or UDP; null with portRangeEnd null admits all ports.
     *
     * @format int32
     */
    portRangeStart?: number | null;
    /**
     * Last port admitted (1-65534) for TCP or UDP.
     *
     * @format int32
     */
    portRangeEnd?: number | null;
}
/** Full update of a firewall rule (PUT). */
export interface FirewallRuleReplace {
    properties: FirewallRuleReplaceProperties;
}
/** Writable properties of a firewall rule. The protocol cannot change. */
export interface FirewallRuleReplaceProperties {
    /** Name of the rule. */
    name?: string | null;
    /**
     * Admit only traffic from this MAC address (aa:bb:cc:dd:ee:ff); null admits any.
     *
     * @example "aa:bb:cc:dd:ee:ff"
     */
    sourceMac?: string | null;
    /**
     * Admit only traffic from this IPv4 address; null admits any.
     *
     * @format ipv4
     */
    sourceIp?: string | null;
    /**
     * Admit only traffic to this one of the NIC's addresses; null admits any.
     *
     * @format ipv4
     */
    targetIp?: string | null;
    /**
     * ICMP code to admit (0-254) for protocol ICMP; null admits any.
     *
     * @format int32
     */
    icmpCode?: number | null;
    /**
     * ICMP type to admit (0-254) for protocol ICMP; null admits any.
     *
     * @format int32
     */
    icmpType?: number | null;
    /**
     * First port admitted (1-65534) for TCP or UDP; null with portRangeEnd null admits all ports.
     *
     * @format int32
     */
    portRangeStart?: number | null;
    /**
     * Last port admitted (1-65534) for TCP or UDP.
     *
     * @format int32
     */
    portRangeEnd?: number | null;
}
/** A collection of firewall rules. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type FirewallRules<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: FirewallRuleItem<Prev<D>>[];
});
/**
 * A collection of firewall rules. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link FirewallRules}.
 */
export interface FirewallRulesInput {
}
/** Partial update of a firewall rule (PATCH). The protocol cannot change. */
export interface FirewallRuleUpdate {
    /** Name of the rule. */
    name?: string | null;
    /**
     * Admit only traffic from this MAC address (aa:bb:cc:dd:ee:ff); null admits any.
     *
     * @example "aa:bb:cc:dd:ee:ff"
     */
    sourceMac?: string | null;
    /**
     * Admit only traffic from this IPv4 address; null admits any.
     *
     * @format ipv4
     */
    sourceIp?: string | null;
    /**
     * Admit only traffic to this one of the NIC's addresses; null admits any.
     *
     * @format ipv4
     */
    targetIp?: string | null;
    /**
     * ICMP code to admit (0-254) for protocol ICMP; null admits any.
     *
     * @format int32
     */
    icmpCode?: number | null;
    /**
     * ICMP type to admit (0-254) for protocol ICMP; null admits any.
     *
     * @format int32
     */
    icmpType?: number | null;
    /**
     * First port admitted (1-65534) for TCP or UDP; null with portRangeEnd null admits all ports.
     *
     * @format int32
     */
    portRangeStart?: number | null;
    /**
     * Last port admitted (1-65534) for TCP or UDP.
     *
     * @format int32
     */
    portRangeEnd?: number | null;
}
/** A user group: its privileges, members and shared resources. */
export interface Group<D extends Depth = 0> {
    /** Identifier of the group. */
    id: string;
    /** Always "group". */
    type: 'group';
    /** Absolute URL of the group. */
    href: string;
    /** Properties of the group; present from depth 1 (or on a single read). */
    properties: GroupProperties;
    /** Collections nested under the group. */
    entities: GroupEntities<D>;
}
/** Group as it appears nested in another resource: a reference where depth has run out. */
export type GroupItem<D extends Depth = 0> = D extends 0 ? Reference : Group<Prev<D>>;
/**
 * A user group: its privileges, members and shared resources.
 *
 * Request shape of {@link Group}.
 */
export interface GroupInput {
    /** Properties of the group; present from depth 1 (or on a single read). */
    properties?: GroupProperties | undefined;
}
/** Body to create a group. */
export interface GroupCreate {
    properties: GroupWriteProperties;
}
/** Members and resources of a group. */
export interface GroupEntities<D extends Depth = 0> {
    users?: Users<D>;
    resources?: ManagedResources<D>;
}
/**
 * Members and resources of a group.
 *
 * Request shape of {@link GroupEntities}.
 */
export interface GroupEntitiesInput {
    users?: UsersInput | undefined;
    resources?: ManagedResourcesInput | undefined;
}
/** Name and privileges of a group. */
export interface GroupProperties {
    /** Name of the group. */
    name?: string;
    /** Members may create virtual data centers. */
    createDataCenter?: boolean;
    /** Members may create snapshots. */
    createSnapshot?: boolean;
    /** Members may reserve IP addresses. */
    reserveIp?: boolean;
    /** Members may read the activity log. */
    accessActivityLog?: boolean;
}
/** Full update of a group (PUT). Privileges left out are reset to false. */
export interface GroupReplace {
    properties: GroupWriteProperties;
}
/** A collection of groups. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type Groups<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: GroupItem<Prev<D>>[];
});
/**
 * A collection of groups. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link Groups}.
 */
export interface GroupsInput {
}
/** Name and privileges of a group; privileges default to false. */
export interface GroupWriteProperties {
    /** Name of the group. */
    name: string;
    /**
     * Members may create virtual data centers.
     *
     * @default false
     */
    createDataCenter?: boolean;
    /**
     * Members may create snapshots.
     *
     * @default false
     */
    createSnapshot?: boolean;
    /**
     * Members may reserve IP addresses.
     *
     * @default false
     */
    reserveIp?: boolean;
    /**
     * Members may read the activity log.
     *
     * @default false
     */
    accessActivityLog?: boolean;
}
/** Names an existing resource by its id. */
export interface IdReference {
    /** Identifier of the existing resource. */
    id: string;
}
/** An HDD or CD-ROM (ISO) image, public or private. Attached CD-ROMs are images too. */
export interface Image {
    /** Identifier of the image. */
    id: string;
    /** Always "image". */
    type: 'image';
    /** Absolute URL of the image. */
    href: string;
    /** Provisioning metadata of the image. */
    metadata: ResourceMetadata;
    /** Properties of the image; present from depth 1 (or on a single read). */
    properties: ImageProperties;
}
/** Image as it appears nested in another resource: a reference where depth has run out. */
export type ImageItem<D extends Depth = 0> = D extends 0 ? Reference : Image;
/**
 * An HDD or CD-ROM (ISO) image, public or private. Attached CD-ROMs are images too.
 *
 * Request shape of {@link Image}.
 */
export interface ImageInput {
    /** Properties of the image; present from depth 1 (or on a single read). */
    properties?: ImagePropertiesInput | undefined;
}
/** Properties of an image. */
export interface ImageProperties {
    /** Name of the image. */
    name?: string;
    /** Description of the image. */
    description?: string | null;
    /** Location of the image. */
    location?: LocationId;
    /** Size in GB. */
    size?: number;
    /** CPU cores can be added without a reboot. */
    cpuHotPlug?: boolean;
    /** CPU cores can be removed without a reboot. */
    cpuHotUnplug?: boolean;
    /** Memory can be added without a reboot. */
    ramHotPlug?: boolean;
    /** Memory can be removed without a reboot. */
    ramHotUnplug?: boolean;
    /** NICs can be added without a reboot. */
    nicHotPlug?: boolean;
    /** NICs can be removed without a reboot. */
    nicHotUnplug?: boolean;
    /** VirtIO drives can be added without a reboot. */
    discVirtioHotPlug?: boolean;
    /** VirtIO drives can be removed without a reboot. */
    discVirtioHotUnplug?: boolean;
    /** SCSI drives can be added without a reboot. */
    discScsiHotPlug?: boolean;
    /** SCSI drives can be removed without a reboot. */
    discScsiHotUnplug?: boolean;
    /** Licence type of the image. */
    licenceType?: LicenceType;
    /** HDD image or CD-ROM (ISO) image. */
    imageType?: 'HDD' | 'CDROM';
    /** Part of the public image repository (true) or a private upload (false). */
    public?: boolean;
}
/**
 * Properties of an image.
 *
 * Request shape of {@link ImageProperties}.
 */
export interface ImagePropertiesInput {
    /** Name of the image. */
    name?: string | undefined;
    /** Description of the image. */
    description?: string | null | undefined;
    /** CPU cores can be added without a reboot. */
    cpuHotPlug?: boolean | undefined;
    /** CPU cores can be removed without a reboot. */
    cpuHotUnplug?: boolean | undefined;
    /** Memory can be added without a reboot. */
    ramHotPlug?: boolean | undefined;
    /** Memory can be removed without a reboot. */
    ramHotUnplug?: boolean | undefined;
    /** NICs can be added without a reboot. */
    nicHotPlug?: boolean | undefined;
    /** NICs can be removed without a reboot. */
    nicHotUnplug?: boolean | undefined;
    /** VirtIO drives can be added without a reboot. */
    discVirtioHotPlug?: boolean | undefined;
    /** VirtIO drives can be removed without a reboot. */
    discVirtioHotUnplug?: boolean | undefined;
    /** SCSI drives can be added without a reboot. */
    discScsiHotPlug?: boolean | undefined;
    /** SCSI drives can be removed without a reboot. */
    discScsiHotUnplug?: boolean | undefined;
    /** Licence type of the image. */
    licenceType?: LicenceType | undefined;
}
/** Full update of a private image (PUT). */
export interface ImageReplace {
    properties: ImageReplaceProperties;
}
/** All writable properties of an image. */
export interface ImageReplaceProperties {
    /** Name of the image. */
    name: string;
    /** Description of the image. */
    description: string;
    /** Licence type of the image. */
    licenceType: LicenceType;
    /** CPU cores can be added without a reboot. */
    cpuHotPlug: boolean;
    /** CPU cores can be removed without a reboot. */
    cpuHotUnplug: boolean;
    /** Memory can be added without a reboot. */
    ramHotPlug: boolean;
    /** Memory can be removed without a reboot. */
    ramHotUnplug: boolean;
    /** NICs can be added without a reboot. */
    nicHotPlug: boolean;
    /** NICs can be removed without a reboot. */
    nicHotUnplug: boolean;
    /** VirtIO drives can be added without a reboot. */
    discVirtioHotPlug: boolean;
    /** VirtIO drives can be removed without a reboot. */
    discVirtioHotUnplug: boolean;
    /** SCSI drives can be added without a reboot. */
    discScsiHotPlug: boolean;
    /** SCSI drives can be removed without a reboot. */
    discScsiHotUnplug: boolean;
}
/** A collection of images. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type Images<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: ImageItem<Prev<D>>[];
});
/**
 * A collection of images. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link Images}.
 */
export interface ImagesInput {
}
/** Partial update of a private image (PATCH). */
export interface ImageUpdate {
    /** Name of the image. */
    name?: string;
    /** Description of the image. */
    description?: string;
    /** Licence type of the image. */
    licenceType?: LicenceType;
    /** CPU cores can be added without a reboot. */
    cpuHotPlug?: boolean;
    /** CPU cores can be removed without a reboot. */
    cpuHotUnplug?: boolean;
    /** Memory can be added without a reboot. */
    ramHotPlug?: boolean;
    /** Memory can be removed without a reboot. */
    ramHotUnplug?: boolean;
    /** NICs can be added without a reboot. */
    nicHotPlug?: boolean;
    /** NICs can be removed without a reboot. */
    nicHotUnplug?: boolean;
    /** VirtIO drives can be added without a reboot. */
    discVirtioHotPlug?: boolean;
    /** VirtIO drives can be removed without a reboot. */
    discVirtioHotUnplug?: boolean;
    /** SCSI drives can be added without a reboot. */
    discScsiHotPlug?: boolean;
    /** SCSI drives can be removed without a reboot. */
    discScsiHotUnplug?: boolean;
}
/** A block of reserved public IP addresses at one location. */
export interface IpBlock {
    /** Identifier of the IP block. */
    id: string;
    /** Always "ipblock". */
    type: 'ipblock';
    /** Absolute URL of the IP block. */
    href: string;
    /** Provisioning metadata of the IP block. */
    metadata: ResourceMetadata;
    /** Properties of the IP block; present from depth 1 (or on a single read). */
    properties: IpBlockProperties;
}
/** IpBlock as it appears nested in another resource: a reference where depth has run out. */
export type IpBlockItem<D extends Depth = 0> = D extends 0 ? Reference : IpBlock;
/**
 * A block of reserved public IP addresses at one location.
 *
 * Request shape of {@link IpBlock}.
 */
export interface IpBlockInput {
    /** Properties of the IP block; present from depth 1 (or on a single read). */
    properties?: IpBlockPropertiesInput | undefined;
}
/** Body to reserve an IP block. */
export interface IpBlockCreate {
    properties: IpBlockCreateProperties;
}
/** Properties of a new IP block. */
export interface IpBlockCreateProperties {
    /** Location to reserve the addresses in. */
    location: LocationId;
    /**
     * Number of addresses to reserve.
     *
     * @format int32
     */
    size: number;
    /** Name of the IP block. */
    name?: string;
}
/** Properties of an IP block. */
export interface IpBlockProperties {
    /** The reserved IP addresses. */
    ips?: string[];
    /** Location where the addresses are reserved. */
    location?: LocationId;
    /**
     * Number of addresses in the block.
     *
     * @format int32
     */
    size?: number;
    /** Name of the IP block. */
    name?: string | null;
}
/**
 * Properties of an IP block.
 *
 * Request shape of {@link IpBlockProperties}.
 */
export interface IpBlockPropertiesInput {
    /** Location where the addresses are reserved. */
    location?: LocationId | undefined;
    /**
     * Number of addresses in the block.
     *
     * @format int32
     */
    size?: number | undefined;
    /** Name of the IP block. */
    name?: string | null | undefined;
}
/** A collection of IP blocks. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type IpBlocks<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: IpBlockItem<Prev<D>>[];
});
/**
 * A collection of IP blocks. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link IpBlocks}.
 */
export interface IpBlocksInput {
}
/** One IP failover group of a LAN: a reserved IP shared by several NICs, one of them the master. */
export interface IpFailover {
    /** The reserved public IP address shared by the group. */
    ip: string;
    /** UUID of the master NIC of the group. */
    nicUuid: string;
}
/** A LAN of a data center. Its id is a small integer sent as a string. */
export interface Lan<D extends Depth = 0> {
    /** Identifier of the LAN. */
    id: string;
    /** Always "lan". */
    type: 'lan';
    /** Absolute URL of the LAN. */
    href: string;
    /** Provisioning metadata of the LAN. */
    metadata: ResourceMetadata;
    /** Properties of the LAN; present from depth 1 (or on a single read). */
    properties: LanProperties;
    /** Collections nested under the LAN. */
    entities: LanEntities<D>;
}
/** Lan as it appears nested in another resource: a reference where depth has run out. */
export type LanItem<D extends Depth = 0> = D extends 0 ? Reference : Lan<Prev<D>>;
/**
 * A LAN of a data center. Its id is a small integer sent as a string.
 *
 * Request shape of {@link Lan}.
 */
export interface LanInput {
    /** Properties of the LAN; present from depth 1 (or on a single read). */
    properties?: LanProperties | undefined;
}
/** Body to create a LAN. */
export interface LanCreate {
    /**
     * LAN number to use; only in a data center create-attach request.
     *
     * @format int32
     */
    id?: number;
    properties: LanCreateProperties;
}
/** Properties of a new LAN. */
export interface LanCreateProperties {
    /** Name of the LAN. */
    name?: string;
    /** IP failover groups to set up. */
    ipFailover?: IpFailover[];
    /**
     * The LAN faces the public internet.
     *
     * @default false
     */
    public: boolean;
}
/** Collections of a LAN. */
export interface LanEntities<D extends Depth = 0> {
    nics?: Nics<D>;
}
/**
 * Collections of a LAN.
 *
 * Request shape of {@link LanEntities}.
 */
export interface LanEntitiesInput {
    nics?: NicsInput | undefined;
}
/** Properties of a LAN. */
export interface LanProperties {
    /** Name of the LAN. */
    name?: string | null;
    /** IP failover groups of the LAN. */
    ipFailover?: IpFailover[] | null;
    /** The LAN faces the public internet. */
    public?: boolean;
}
/** Full update of a LAN (PUT). */
export interface LanReplace {
    properties: LanReplaceProperties;
}
/** All writable properties of a LAN. */
export interface LanReplaceProperties {
    /** Name of the LAN. */
    name: string;
    /** IP failover groups. */
    ipFailover: IpFailover[];
    /** The LAN faces the public internet. */
    public: boolean;
}
/** A collection of LANs. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type Lans<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: LanItem<Prev<D>>[];
});
/**
 * A collection of LANs. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link Lans}.
 */
export interface LansInput {
}
/** Partial update of a LAN (PATCH). */
export interface LanUpdate {
    /** Name of the LAN. */
    name?: string;
    /** IP failover groups; replaces the current list. */
    ipFailover?: IpFailover[];
    /** The LAN faces the public internet. */
    public?: boolean;
}
/** Operating system licence of a volume, image or snapshot. */
export type LicenceType = 'LINUX' | 'WINDOWS' | 'WINDOWS2016' | 'OTHER' | 'UNKNOWN';
/** A load balancer spreading traffic for its IP over the balanced NICs. */
export interface LoadBalancer<D extends Depth = 0> {
    /** Identifier of the load balancer. */
    id: string;
    /** Always "loadbalancer". */
    type: 'loadbalancer';
    /** Absolute URL of the load balancer. */
    href: string;
    /** Provisioning metadata of the load balancer. */
    metadata: ResourceMetadata;
    /** Properties of the load balancer; present from depth 1 (or on a single read). */
    properties: LoadBalancerProperties;
    /** Collections nested under the load balancer. */
    entities: LoadBalancerEntities<D>;
}
/** LoadBalancer as it appears nested in another resource: a reference where depth has run out. */
export type LoadBalancerItem<D extends Depth = 0> = D extends 0 ? Reference : LoadBalancer<Prev<D>>;
/**
 * A load balancer spreading traffic for its IP over the balanced NICs.
 *
 * Request shape of {@link LoadBalancer}.
 */
export interface LoadBalancerInput {
    /** Properties of the load balancer; present from depth 1 (or on a single read). */
    properties?: LoadBalancerProperties | undefined;
}
/** Body to create a load balancer, optionally balancing existing NICs. */
export interface LoadBalancerCreate {
    properties: LoadBalancerCreateProperties;
    /** NICs to balance from the start. */
    entities?: {
        /**
         * NICs to balance, by id.
         */
        balancednics?: {
            items?: IdReference[];
        };
    };
}
/** Properties of a new load balancer. */
export interface LoadBalancerCreateProperties {
    /** Name of the load balancer. */
    name: string;
    /**
     * IPv4 address of the load balancer.
     *
     * @format ipv4
     */
    ip?: string;
    /** Reserve the address by DHCP. */
    dhcp?: boolean;
}
/** Collections of a load balancer. */
export interface LoadBalancerEntities<D extends Depth = 0> {
    balancednics?: Nics<D>;
}
/**
 * Collections of a load balancer.
 *
 * Request shape of {@link LoadBalancerEntities}.
 */
export interface LoadBalancerEntitiesInput {
    balancednics?: NicsInput | undefined;
}
/** Properties of a load balancer. */
export interface LoadBalancerProperties {
    /** Name of the load balancer. */
    name?: string;
    /**
     * IPv4 address of the load balancer, inherited by every balanced NIC.
     *
     * @format ipv4
     */
    ip?: string | null;
    /** The address is assigned by DHCP. */
    dhcp?: boolean;
}
/** Full update of a load balancer (PUT). */
export interface LoadBalancerReplace {
    properties: LoadBalancerReplaceProperties;
}
/** Writable properties of a load balancer. */
export interface LoadBalancerReplaceProperties {
    /** Name of the load balancer. */
    name?: string;
    /**
     * IPv4 address of the load balancer.
     *
     * @format ipv4
     */
    ip?: string;
    /** Reserve the address by DHCP. */
    dhcp?: boolean;
}
/** A collection of load balancers. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type LoadBalancers<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: LoadBalancerItem<Prev<D>>[];
});
/**
 * A collection of load balancers. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link LoadBalancers}.
 */
export interface LoadBalancersInput {
}
/** Partial update of a load balancer (PATCH). */
export interface LoadBalancerUpdate {
    /** Name of the load balancer. */
    name?: string;
    /**
     * IPv4 address of the load balancer.
     *
     * @format ipv4
     */
    ip?: string;
    /** Reserve the address by DHCP. */
    dhcp?: boolean;
}
/** A physical location where resources can be provisioned. */
export interface Location {
    /** Identifier of the location. */
    id: string;
    /** Always "location". */
    type: 'location';
    /** Absolute URL of the location. */
    href: string;
    /** Properties of the location; present from depth 1 (or on a single read). */
    properties: LocationProperties;
}
/** Location as it appears nested in another resource: a reference where depth has run out. */
export type LocationItem<D extends Depth = 0> = D extends 0 ? Reference : Location;
/**
 * A physical location where resources can be provisioned.
 *
 * Request shape of {@link Location}.
 */
export interface LocationInput {
    /** Properties of the location; present from depth 1 (or on a single read). */
    properties?: LocationPropertiesInput | undefined;
}
/** A data center location as region/city. */
export type LocationId = 'de/fkb' | 'de/fra' | 'us/las' | 'us/ewr';
/** Properties of a location. */
export interface LocationProperties {
    /** Descriptive name of the location, e.g. "lasvegas". */
    name?: string;
    /** Features available at the location, e.g. "SSD". */
    features?: string[];
    /** Aliases of public images available at the location, e.g. "ubuntu:latest". */
    imageAliases?: string[];
}
/**
 * Properties of a location.
 *
 * Request shape of {@link LocationProperties}.
 */
export interface LocationPropertiesInput {
}
/** A collection of locations. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type Locations<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: LocationItem<Prev<D>>[];
});
/**
 * A collection of locations. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link Locations}.
 */
export interface LocationsInput {
}
/** A shareable resource (data center, private image, snapshot or IP block) as user management sees it, with the groups it is shared with. */
export interface ManagedResource<D extends Depth = 0> {
    /** Identifier of the resource. */
    id: string;
    /** Kind of resource. */
    type: 'datacenter' | 'image' | 'snapshot' | 'ipblock';
    /** Absolute URL of the resource. */
    href: string;
    /** Provisioning metadata of the resource. */
    metadata: ResourceMetadata;
    /** Collections nested under the resource. */
    entities: ManagedResourceEntities<D>;
}
/** ManagedResource as it appears nested in another resource: a reference where depth has run out. */
export type ManagedResourceItem<D extends Depth = 0> = D extends 0 ? Reference : ManagedResource<Prev<D>>;
/**
 * A shareable resource (data center, private image, snapshot or IP block) as user management sees it, with the groups it is shared with.
 *
 * Request shape of {@link ManagedResource}.
 */
export interface ManagedResourceInput {
}
/** Groups a resource is shared with. */
export interface ManagedResourceEntities<D extends Depth = 0> {
    groups?: Groups<D>;
}
/**
 * Groups a resource is shared with.
 *
 * Request shape of {@link ManagedResourceEntities}.
 */
export interface ManagedResourceEntitiesInput {
    groups?: GroupsInput | undefined;
}
/** A collection of shareable resources. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type ManagedResources<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: ManagedResourceItem<Prev<D>>[];
});
/**
 * A collection of shareable resources. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link ManagedResources}.
 */
export interface ManagedResourcesInput {
}
/** A network interface of a server, connected to one LAN. */
export interface Nic<D extends Depth = 0> {
    /** Identifier of the NIC. */
    id: string;
    /** Always "nic". */
    type: 'nic';
    /** Absolute URL of the NIC. */
    href: string;
    /** Provisioning metadata of the NIC. */
    metadata: ResourceMetadata;
    /** Properties of the NIC; present from depth 1 (or on a single read). */
    properties: NicProperties;
    /** Collections nested under the NIC. */
    entities: NicEntities<D>;
}
/** Nic as it appears nested in another resource: a reference where depth has run out. */
export type NicItem<D extends Depth = 0> = D extends 0 ? Reference : Nic<Prev<D>>;
/**
 * A network interface of a server, connected to one LAN.
 *
 * Request shape of {@link Nic}.
 */
export interface NicInput {
    /** Properties of the NIC; present from depth 1 (or on a single read). */
    properties?: NicPropertiesInput | undefined;
}
/** Body to create a NIC, optionally with firewall rules. */
export interface NicCreate {
    properties: NicCreateProperties;
    /** Resources to create with the NIC. */
    entities?: {
        /**
         * Firewall rules to create on the NIC.
         */
        firewallrules?: {
            items?: FirewallRuleCreate[];
        };
    };
}
/** Properties of a new NIC. */
export interface NicCreateProperties {
    /** Name of the NIC. */
    name?: string;
    /** IP addresses to assign; reserved public or private ones. */
    ips?: string[];
    /**
     * Get the address by DHCP.
     *
     * @default true
     */
    dhcp?: boolean;
    /**
     * LAN to connect to; created when it does not exist.
     *
     * @format int32
     */
    lan: number;
    /** Outbound internet access for a private IP (not yet available). */
    nat?: boolean;
    /** Filter incoming traffic by the NIC's firewall rules. */
    firewallActive?: boolean;
}
/** Collections of a NIC. */
export interface NicEntities<D extends Depth = 0> {
    firewallrules?: FirewallRules<D>;
}
/**
 * Collections of a NIC.
 *
 * Request shape of {@link NicEntities}.
 */
export interface NicEntitiesInput {
    firewallrules?: FirewallRulesInput | undefined;
}
/** Properties of a NIC. */
export interface NicProperties {
    /** Name of the NIC. */
    name?: string | null;
    /** MAC address; null until provisioned. */
    mac?: string | null;
    /** IP addresses of the NIC. */
    ips?: string[];
    /** The NIC gets its address by DHCP. */
    dhcp?: boolean;
    /**
     * Number of the LAN the NIC is connected to.
     *
     * @format int32
     */
    lan?: number;
    /** Outbound internet access for a private IP (announced by the API, not yet available). */
    nat?: boolean;
    /** Incoming traffic is filtered by the NIC's firewall rules. */
    firewallActive?: boolean | null;
}
/**
 * Properties of a NIC.
 *
 * Request shape of {@link NicProperties}.
 */
export interface NicPropertiesInput {
    /** Name of the NIC. */
    name?: string | null | undefined;
    /** IP addresses of the NIC. */
    ips?: readonly string[] | undefined;
    /** The NIC gets its address by DHCP. */
    dhcp?: boolean | undefined;
    /**
     * Number of the LAN the NIC is connected to.
     *
     * @format int32
     */
    lan?: number | undefined;
    /** Outbound internet access for a private IP (announced by the API, not yet available). */
    nat?: boolean | undefined;
    /** Incoming traffic is filtered by the NIC's firewall rules. */
    firewallActive?: boolean | null | undefined;
}
/** Full update of a NIC (PUT). */
export interface NicReplace {
    properties: NicReplaceProperties;
}
/** Writable properties of a NIC. */
export interface NicReplaceProperties {
    /** Name of the NIC. */
    name: string;
    /** IP addresses of the NIC. */
    ips: string[];
    /** Get the address by DHCP. */
    dhcp: boolean;
    /**
     * LAN to connect to.
     *
     * @format int32
     */
    lan: number;
    /** Outbound internet access for a private IP (not yet available). */
    nat?: boolean;
    /** Filter incoming traffic by the NIC's firewall rules. */
    firewallActive?: boolean;
}
/** A collection of NICs. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type Nics<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: NicItem<Prev<D>>[];
});
/**
 * A collection of NICs. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link Nics}.
 */
export interface NicsInput {
}
/** Partial update of a NIC (PATCH). */
export interface NicUpdate {
    /** Name of the NIC. */
    name?: string;
    /** IP addresses of the NIC. */
    ips?: string[];
    /** Get the address by DHCP. */
    dhcp?: boolean;
    /**
     * LAN to connect to.
     *
     * @format int32
     */
    lan?: number;
    /** Outbound internet access for a private IP (not yet available). */
    nat?: boolean;
    /** Filter incoming traffic by the NIC's firewall rules. */
    firewallActive?: boolean;
}
/** A write the API accepted, with what was sent. */
export interface Request<D extends Depth = 0> {
    /** Identifier of the request. */
    id: string;
    /** Always "request". */
    type: 'request';
    /** Absolute URL of the request. */
    href: string;
    /** Provisioning metadata of the request. */
    metadata: RequestMetadata<D>;
    /** Properties of the request; present from depth 1 (or on a single read). */
    properties: RequestProperties;
}
/** Request as it appears nested in another resource: a reference where depth has run out. */
export type RequestItem<D extends Depth = 0> = D extends 0 ? Reference : Request<Prev<D>>;
/**
 * A write the API accepted, with what was sent.
 *
 * Request shape of {@link Request}.
 */
export interface RequestInput {
    /** Properties of the request; present from depth 1 (or on a single read). */
    properties?: RequestProperties | undefined;
}
/** Metadata of a request. */
export interface RequestMetadata<D extends Depth = 0> {
    /**
     * When the request was made (UTC).
     *
     * @format date-time
     */
    createdDate?: string;
    /** User who made the request. */
    createdBy?: string;
    /** Entity tag of the request. */
    etag?: string;
    /** The status resource of the request. */
    requestStatus?: RequestStatusItem<D>;
}
/**
 * Metadata of a request.
 *
 * Request shape of {@link RequestMetadata}.
 */
export interface RequestMetadataInput {
    /**
     * When the request was made (UTC).
     *
     * @format date-time
     */
    createdDate?: string | undefined;
    /** User who made the request. */
    createdBy?: string | undefined;
    /** Entity tag of the request. */
    etag?: string | undefined;
    /** The status resource of the request. */
    requestStatus?: RequestStatusInput | undefined;
}
/** What was sent; the contents depend on the original call. */
export interface RequestProperties {
    /** HTTP method of the request. */
    method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    /** HTTP headers that were sent, by lower-case name. */
    headers?: {
        [key: string]: string;
    };
    /** Body that was sent: usually JSON, URL-encoded for the form calls. */
    body?: string | null;
    /** URL the request was sent to. */
    url?: string;
}
/** A collection of requests. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type Requests<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: RequestItem<Prev<D>>[];
});
/**
 * A collection of requests. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link Requests}.
 */
export interface RequestsInput {
}
/** Progress of an accepted write: the resource the Location header of every 202 points to. Unlike other resources nothing is required: the protocol overview's example carries id, type and href inside metadata instead of at the top. */
export interface RequestStatus {
    /** Id of the request with "/status" appended. */
    id: string;
    /** Always "request-status". */
    type: 'request-status';
    /** Absolute URL of the status resource. */
    href: string;
    /** Overall status of the request. */
    metadata: RequestStatusMetadata;
    /** Per-resource progress, where the API reports it under entities. */
    entities: RequestStatusEntities;
}
/** RequestStatus as it appears nested in another resource: a reference where depth has run out. */
export type RequestStatusItem<D extends Depth = 0> = D extends 0 ? Reference : RequestStatus;
/**
 * Progress of an accepted write: the resource the Location header of every 202 points to. Unlike other resources nothing is required: the protocol overview's example carries id, type and href inside metadata instead of at the top.
 *
 * Request shape of {@link RequestStatus}.
 */
export interface RequestStatusInput {
}
/** Per-resource progress of a request. */
export interface RequestStatusEntities {
    /** Progress of every resource the request touches. */
    targets?: RequestTarget[];
}
/** Overall status of a request. */
export interface RequestStatusMetadata {
    /** Overall status: QUEUED and RUNNING are pending, DONE succeeded, FAILED failed. */
    status?: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
    /** Human-readable status, above all the reason of a failure. */
    message?: string;
    /** Entity tag of the status resource. */
    etag?: string;
    /** Progress of every resource the request touches. */
    targets?: RequestTarget[];
    /**
     * The overall status under the name the protocol overview uses; read status instead.
     *
     * @deprecated
     */
    requestStatus?: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
    /**
     * Id of the status resource, as repeated in the protocol overview's example.
     *
     * @deprecated
     */
    id?: string;
    /**
     * Type of the status resource, as repeated in the protocol overview's example.
     *
     * @deprecated
     */
    type?: string;
    /**
     * URL of the status resource, as repeated in the protocol overview's example.
     *
     * @deprecated
     */
    href?: string;
}
/** Progress of one resource touched by a request. */
export interface RequestTarget {
    target?: ResourceReference;
    /** Status of the work on this resource. */
    status?: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
}
/** Limits of a contract and current usage. Sizes are in MB. */
export interface ResourceLimits {
    /**
     * Most CPU cores one server may have.
     *
     * @format int32
     */
    coresPerServer?: number;
    /**
     * Most CPU cores the contract may have.
     *
     * @format int32
     */
    coresPerContract?: number;
    /**
     * CPU cores provisioned now.
     *
     * @format int32
     */
    coresProvisioned?: number;
    /**
     * Most RAM (MB) one server may have.
     *
     * @format int32
     */
    ramPerServer?: number;
    /**
     * Most RAM (MB) the contract may have.
     *
     * @format int32
     */
    ramPerContract?: number;
    /**
     * RAM (MB) provisioned now.
     *
     * @format int32
     */
    ramProvisioned?: number;
    /**
     * Largest HDD volume (MB).
     *
     * @format int64
     */
    hddLimitPerVolume?: number;
    /**
     * Most HDD space (MB) the contract may have.
     *
     * @format int64
     */
    hddLimitPerContract?: number;
    /**
     * HDD space (MB) provisioned now.
     *
     * @format int64
     */
    hddVolumeProvisioned?: number;
    /**
     * Largest SSD volume (MB).
     *
     * @format int64
     */
    ssdLimitPerVolume?: number;
    /**
     * Most SSD space (MB) the contract may have.
     *
     * @format int64
     */
    ssdLimitPerContract?: number;
    /**
     * SSD space (MB) provisioned now.
     *
     * @format int64
     */
    ssdVolumeProvisioned?: number;
    /**
     * Most public IPs the customer may reserve over all contracts.
     *
     * @format int32
     */
    reservableIps?: number;
    /**
     * Most public IPs that may be reserved under this contract.
     *
     * @format int32
     */
    reservedIpsOnContract?: number;
    /**
     * Public IPs reserved now.
     *
     * @format int32
     */
    reservedIpsInUse?: number;
}
/** Provisioning metadata the API keeps for every virtual data center resource. */
export interface ResourceMetadata {
    /**
     * When the resource was created (UTC).
     *
     * @format date-time
     */
    createdDate?: string;
    /** User who created the resource. */
    createdBy?: string;
    /** Entity tag of the resource; send it in If-Match for a conditional write. */
    etag?: string;
    /**
     * When the resource was last changed (UTC).
     *
     * @format date-time
     */
    lastModifiedDate?: string;
    /** User who last changed the resource. */
    lastModifiedBy?: string;
    /** AVAILABLE: no change pending; BUSY: at least one change is queued and further requests wait; INACTIVE: de-provisioned. */
    state?: 'AVAILABLE' | 'BUSY' | 'INACTIVE';
}
/**
 * Provisioning metadata the API keeps for every virtual data center resource.
 *
 * Request shape of {@link ResourceMetadata}.
 */
export interface ResourceMetadataInput {
}
/** A reference to another resource: its id, type and URL. */
export interface ResourceReference {
    /** Identifier of the referenced resource. */
    id: string;
    /** Type of the referenced resource, e.g. "server" or "nic". */
    type?: string;
    /** URL of the referenced resource. The API may send a placeholder such as "TO_BE_INJECTED" before the URL is known. */
    href?: string;
}
/** A virtual server in a data center. */
export interface Server<D extends Depth = 0> {
    /** Identifier of the server. */
    id: string;
    /** Always "server". */
    type: 'server';
    /** Absolute URL of the server. */
    href: string;
    /** Provisioning metadata of the server. */
    metadata: ResourceMetadata;
    /** Properties of the server; present from depth 1 (or on a single read). */
    properties: ServerProperties<D>;
    /** Collections nested under the server. */
    entities: ServerEntities<D>;
}
/** Server as it appears nested in another resource: a reference where depth has run out. */
export type ServerItem<D extends Depth = 0> = D extends 0 ? Reference : Server<Prev<D>>;
/**
 * A virtual server in a data center.
 *
 * Request shape of {@link Server}.
 */
export interface ServerInput {
    /** Properties of the server; present from depth 1 (or on a single read). */
    properties?: ServerPropertiesInput | undefined;
}
/** Body to create a server, optionally creating or attaching volumes, creating NICs and attaching CD-ROMs in the same request. */
export interface ServerCreate {
    properties: ServerCreateProperties;
    entities?: ServerCreateEntities;
}
/**
 * Body to create a server, optionally creating or attaching volumes, creating NICs and attaching CD-ROMs in the same request.
 *
 * Request shape of {@link ServerCreate}.
 */
export interface ServerCreateInput {
    properties: ServerCreateProperties;
    entities?: ServerCreateEntitiesInput | undefined;
}
/** Resources to create or attach together with the server. */
export interface ServerCreateEntities {
    /** Volumes to attach (by id) or create (by properties). */
    volumes?: {
        items?: (IdReference | VolumeCreate)[];
    };
    /** NICs to create on the server. */
    nics?: {
        items?: NicCreate[];
    };
    /** CD-ROM images to attach, by image id. */
    cdroms?: {
        items?: IdReference[];
    };
}
/**
 * Resources to create or attach together with the server.
 *
 * Request shape of {@link ServerCreateEntities}.
 */
export interface ServerCreateEntitiesInput {
    /** Volumes to attach (by id) or create (by properties). */
    volumes?: {
        items?: readonly (IdReference | VolumeCreateInput)[] | undefined;
    } | undefined;
    /** NICs to create on the server. */
    nics?: {
        items?: readonly NicCreate[] | undefined;
    } | undefined;
    /** CD-ROM images to attach, by image id. */
    cdroms?: {
        items?: readonly IdReference[] | undefined;
    } | undefined;
}
/** Properties of a new server. */
export interface ServerCreateProperties {
    /** Name of the server. */
    name?: string;
    /**
     * Number of CPU cores.
     *
     * @format int32
     */
    cores: number;
    /**
     * Memory in MB: a multiple of 256, at least 256 (at least 1024 when RAM hot plug is wanted).
     *
     * @format int32
     */
    ram: number;
    /**
     * Compute availability zone.
     *
     * @default "AUTO"
     */
    availabilityZone?: 'AUTO' | 'ZONE_1' | 'ZONE_2';
    /**
     * CPU type.
     *
     * @default "AMD_OPTERON"
     */
    cpuFamily?: 'AMD_OPTERON' | 'INTEL_XEON';
    /** Volume to boot from; leave out when bootCdrom is set. */
    bootVolume?: IdReference;
    /** CD-ROM image to boot from; leave out when bootVolume is set. */
    bootCdrom?: IdReference;
}
/** Collections attached to a server. */
export interface ServerEntities<D extends Depth = 0> {
    cdroms?: Images<D>;
    volumes?: Volumes<D>;
    nics?: Nics<D>;
}
/**
 * Collections attached to a server.
 *
 * Request shape of {@link ServerEntities}.
 */
export interface ServerEntitiesInput {
    cdroms?: ImagesInput | undefined;
    volumes?: VolumesInput | undefined;
    nics?: NicsInput | undefined;
}
/** Properties of a server. Some stay empty until provisioning completes. */
export interface ServerProperties<D extends Depth = 0> {
    /** Name of the server. */
    name?: string | null;
    /**
     * Number of CPU cores.
     *
     * @format int32
     */
    cores?: number;
    /**
     * Memory in MB.
     *
     * @format int32
     */
    ram?: number;
    /** Compute availability zone. */
    availabilityZone?: 'AUTO' | 'ZONE_1' | 'ZONE_2';
    /** State of the virtual machine. */
    vmState?: 'NOSTATE' | 'RUNNING' | 'BLOCKED' | 'PAUSED' | 'SHUTDOWN' | 'SHUTOFF' | 'CRASHED' | null;
    /** CD-ROM image the server boots from; null when it boots from a volume. */
    bootCdrom?: ImageItem<D> | null;
    /** Volume the server boots from; null when it boots from a CD-ROM. */
    bootVolume?: VolumeItem<D> | null;
    /** CPU type of the server. */
    cpuFamily?: 'AMD_OPTERON' | 'INTEL_XEON';
}
/**
 * Properties of a server. Some stay empty until provisioning completes.
 *
 * Request shape of {@link ServerProperties}.
 */
export interface ServerPropertiesInput {
    /** Name of the server. */
    name?: string | null | undefined;
    /**
     * Number of CPU cores.
     *
     * @format int32
     */
    cores?: number | undefined;
    /**
     * Memory in MB.
     *
     * @format int32
     */
    ram?: number | undefined;
    /** Compute availability zone. */
    availabilityZone?: 'AUTO' | 'ZONE_1' | 'ZONE_2' | undefined;
    /** CD-ROM image the server boots from; null when it boots from a volume. */
    bootCdrom?: ImageInput | null | undefined;
    /** Volume the server boots from; null when it boots from a CD-ROM. */
    bootVolume?: VolumeInput | null | undefined;
    /** CPU type of the server. */
    cpuFamily?: 'AMD_OPTERON' | 'INTEL_XEON' | undefined;
}
/** Full update of a server (PUT). */
export interface ServerReplace {
    properties: ServerReplaceProperties;
}
/** All writable properties of a server. */
export interface ServerReplaceProperties {
    /** Name of the server. */
    name?: string;
    /**
     * Number of CPU cores.
     *
     * @format int32
     */
    cores: number;
    /**
     * Memory in MB, a multiple of 256.
     *
     * @format int32
     */
    ram: number;
    /** Compute availability zone. */
    availabilityZone?: 'AUTO' | 'ZONE_1' | 'ZONE_2';
    /** CPU type; changing it needs allowReboot. */
    cpuFamily?: 'AMD_OPTERON' | 'INTEL_XEON';
    /** Volume to boot from, or null. */
    bootVolume?: IdReference | null;
    /** CD-ROM image to boot from, or null. */
    bootCdrom?: IdReference | null;
    /** Allow a hard reboot when the change needs one. */
    allowReboot?: boolean;
}
/** A collection of servers. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type Servers<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: ServerItem<Prev<D>>[];
});
/**
 * A collection of servers. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link Servers}.
 */
export interface ServersInput {
}
/** Partial update of a server (PATCH): only the given properties change. */
export interface ServerUpdate {
    /** Name of the server. */
    name?: string;
    /**
     * Number of CPU cores.
     *
     * @format int32
     */
    cores?: number;
    /**
     * Memory in MB, a multiple of 256.
     *
     * @format int32
     */
    ram?: number;
    /** Compute availability zone. */
    availabilityZone?: 'AUTO' | 'ZONE_1' | 'ZONE_2';
    /** CPU type; changing it needs allowReboot. */
    cpuFamily?: 'AMD_OPTERON' | 'INTEL_XEON';
    /** Volume to boot from; null to unset. */
    bootVolume?: IdReference | null;
    /** CD-ROM image to boot from; null to unset. */
    bootCdrom?: IdReference | null;
    /** Allow a hard reboot when the change needs one (e.g. a CPU family change). */
    allowReboot?: boolean;
}
/** A resource shared with a group, with the group's privileges on it. */
export interface Share {
    /** Identifier of the share. */
    id: string;
    /** Always "resource". */
    type: 'resource';
    /** Absolute URL of the share. */
    href: string;
    /** Properties of the share; present from depth 1 (or on a single read). */
    properties: ShareProperties;
}
/** Share as it appears nested in another resource: a reference where depth has run out. */
export type ShareItem<D extends Depth = 0> = D extends 0 ? Reference : Share;
/**
 * A resource shared with a group, with the group's privileges on it.
 *
 * Request shape of {@link Share}.
 */
export interface ShareInput {
    /** Properties of the share; present from depth 1 (or on a single read). */
    properties?: ShareProperties | undefined;
}
/** Body to share a resource with a group. Without it both privileges are false. */
export interface ShareCreate {
    properties?: ShareWriteProperties;
}
/** Privileges of a group on a shared resource. */
export interface ShareProperties {
    /** Members may edit the resource. */
    editPrivilege?: boolean;
    /** Members may share the resource further. */
    sharePrivilege?: boolean;
}
/** Full update of a share (PUT). */
export interface ShareReplace {
    properties: ShareWriteProperties;
}
/** A collection of shares. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type Shares<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: ShareItem<Prev<D>>[];
});
/**
 * A collection of shares. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link Shares}.
 */
export interface SharesInput {
}
/** Privileges of the group on the resource. */
export interface ShareWriteProperties {
    /**
     * Members may edit the resource.
     *
     * @default false
     */
    editPrivilege?: boolean;
    /**
     * Members may share the resource further.
     *
     * @default false
     */
    sharePrivilege?: boolean;
}
/** A point-in-time copy of a volume, usable to create or restore volumes. */
export interface Snapshot {
    /** Identifier of the snapshot. */
    id: string;
    /** Always "snapshot". */
    type: 'snapshot';
    /** Absolute URL of the snapshot. */
    href: string;
    /** Provisioning metadata of the snapshot. */
    metadata: ResourceMetadata;
    /** Properties of the snapshot; present from depth 1 (or on a single read). */
    properties: SnapshotProperties;
}
/** Snapshot as it appears nested in another resource: a reference where depth has run out. */
export type SnapshotItem<D extends Depth = 0> = D extends 0 ? Reference : Snapshot;
/**
 * A point-in-time copy of a volume, usable to create or restore volumes.
 *
 * Request shape of {@link Snapshot}.
 */
export interface SnapshotInput {
    /** Properties of the snapshot; present from depth 1 (or on a single read). */
    properties?: SnapshotPropertiesInput | undefined;
}
/** Properties of a snapshot. Size and licence type stay null until the snapshot is AVAILABLE. */
export interface SnapshotProperties {
    /** Name of the snapshot. */
    name?: string;
    /** Description of the snapshot. */
    description?: string | null;
    /** Location where the snapshot is stored. */
    location?: LocationId;
    /** Size in GB. */
    size?: number | null;
    /** CPU cores can be added without a reboot. */
    cpuHotPlug?: boolean;
    /** CPU cores can be removed without a reboot. */
    cpuHotUnplug?: boolean;
    /** Memory can be added without a reboot. */
    ramHotPlug?: boolean;
    /** Memory can be removed without a reboot. */
    ramHotUnplug?: boolean;
    /** NICs can be added without a reboot. */
    nicHotPlug?: boolean;
    /** NICs can be removed without a reboot. */
    nicHotUnplug?: boolean;
    /** VirtIO drives can be added without a reboot. */
    discVirtioHotPlug?: boolean;
    /** VirtIO drives can be removed without a reboot. */
    discVirtioHotUnplug?: boolean;
    /** SCSI drives can be added without a reboot. */
    discScsiHotPlug?: boolean;
    /** SCSI drives can be removed without a reboot. */
    discScsiHotUnplug?: boolean;
    /** Licence type of the snapshot. */
    licenceType?: 'LINUX' | 'WINDOWS' | 'WINDOWS2016' | 'OTHER' | 'UNKNOWN' | null;
}
/**
 * Properties of a snapshot. Size and licence type stay null until the snapshot is AVAILABLE.
 *
 * Request shape of {@link SnapshotProperties}.
 */
export interface SnapshotPropertiesInput {
    /** Name of the snapshot. */
    name?: string | undefined;
    /** Description of the snapshot. */
    description?: string | null | undefined;
    /** CPU cores can be added without a reboot. */
    cpuHotPlug?: boolean | undefined;
    /** CPU cores can be removed without a reboot. */
    cpuHotUnplug?: boolean | undefined;
    /** Memory can be added without a reboot. */
    ramHotPlug?: boolean | undefined;
    /** Memory can be removed without a reboot. */
    ramHotUnplug?: boolean | undefined;
    /** NICs can be added without a reboot. */
    nicHotPlug?: boolean | undefined;
    /** NICs can be removed without a reboot. */
    nicHotUnplug?: boolean | undefined;
    /** VirtIO drives can be added without a reboot. */
    discVirtioHotPlug?: boolean | undefined;
    /** VirtIO drives can be removed without a reboot. */
    discVirtioHotUnplug?: boolean | undefined;
    /** SCSI drives can be added without a reboot. */
    discScsiHotPlug?: boolean | undefined;
    /** SCSI drives can be removed without a reboot. */
    discScsiHotUnplug?: boolean | undefined;
    /** Licence type of the snapshot. */
    licenceType?: 'LINUX' | 'WINDOWS' | 'WINDOWS2016' | 'OTHER' | 'UNKNOWN' | null | undefined;
}
/** Full update of a snapshot (PUT). */
export interface SnapshotReplace {
    properties: SnapshotReplaceProperties;
}
/** Writable properties of a snapshot. */
export interface SnapshotReplaceProperties {
    /** Name of the snapshot. */
    name?: string;
    /** Description of the snapshot. */
    description?: string;
    /** CPU cores can be added without a reboot. */
    cpuHotPlug?: boolean;
    /** CPU cores can be removed without a reboot. */
    cpuHotUnplug?: boolean;
    /** Memory can be added without a reboot. */
    ramHotPlug?: boolean;
    /** Memory can be removed without a reboot. */
    ramHotUnplug?: boolean;
    /** NICs can be added without a reboot. */
    nicHotPlug?: boolean;
    /** NICs can be removed without a reboot. */
    nicHotUnplug?: boolean;
    /** VirtIO drives can be added without a reboot. */
    discVirtioHotPlug?: boolean;
    /** VirtIO drives can be removed without a reboot. */
    discVirtioHotUnplug?: boolean;
    /** SCSI drives can be added without a reboot. */
    discScsiHotPlug?: boolean;
    /** SCSI drives can be removed without a reboot. */
    discScsiHotUnplug?: boolean;
    /** Licence type of the snapshot. */
    licenceType?: LicenceType;
}
/** A collection of snapshots. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type Snapshots<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: SnapshotItem<Prev<D>>[];
});
/**
 * A collection of snapshots. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link Snapshots}.
 */
export interface SnapshotsInput {
}
/** Partial update of a snapshot (PATCH). */
export interface SnapshotUpdate {
    /** Name of the snapshot. */
    name?: string;
    /** Description of the snapshot. */
    description?: string;
    /** CPU cores can be added without a reboot. */
    cpuHotPlug?: boolean;
    /** CPU cores can be removed without a reboot. */
    cpuHotUnplug?: boolean;
    /** Memory can be added without a reboot. */
    ramHotPlug?: boolean;
    /** Memory can be removed without a reboot. */
    ramHotUnplug?: boolean;
    /** NICs can be added without a reboot. */
    nicHotPlug?: boolean;
    /** NICs can be removed without a reboot. */
    nicHotUnplug?: boolean;
    /** VirtIO drives can be added without a reboot. */
    discVirtioHotPlug?: boolean;
    /** VirtIO drives can be removed without a reboot. */
    discVirtioHotUnplug?: boolean;
    /** SCSI drives can be added without a reboot. */
    discScsiHotPlug?: boolean;
    /** SCSI drives can be removed without a reboot. */
    discScsiHotUnplug?: boolean;
    /** Licence type of the snapshot. */
    licenceType?: LicenceType;
}
/** A user of the contract. */
export interface User<D extends Depth = 0> {
    /** Identifier of the user. */
    id: string;
    /** Always "user". */
    type: 'user';
    /** Absolute URL of the user. */
    href: string;
    /** Provisioning metadata of the user. */
    metadata: UserMetadata;
    /** Properties of the user; present from depth 1 (or on a single read). */
    properties: UserProperties;
    /** Collections nested under the user. */
    entities: UserEntities<D>;
}
/** User as it appears nested in another resource: a reference where depth has run out. */
export type UserItem<D extends Depth = 0> = D extends 0 ? Reference : User<Prev<D>>;
/**
 * A user of the contract.
 *
 * Request shape of {@link User}.
 */
export interface UserInput {
    /** Properties of the user; present from depth 1 (or on a single read). */
    properties?: UserPropertiesInput | undefined;
}
/** Body to create a user. */
export interface UserCreate {
    properties: UserCreateProperties;
}
/**
 * Body to create a user.
 *
 * Request shape of {@link UserCreate}.
 */
export interface UserCreateInput {
    properties: UserCreatePropertiesInput;
}
/** Properties of a new user. */
export interface UserCreateProperties {
    /** First name. */
    firstname: string;
    /** Last name. */
    lastname: string;
    /**
     * E-mail address, also the login name.
     *
     * @format email
     */
    email: string;
    /**
     * Give the user administrative rights.
     *
     * @default false
     */
    administrator?: boolean;
    /**
     * Enforce two-factor authentication.
     *
     * @default false
     */
    forceSecAuth?: boolean;
}
/**
 * Properties of a new user.
 *
 * Request shape of {@link UserCreateProperties}.
 */
export interface UserCreatePropertiesInput {
    /** First name. */
    firstname: string;
    /** Last name. */
    lastname: string;
    /**
     * E-mail address, also the login name.
     *
     * @format email
     */
    email: string;
    /** Initial password; cannot be changed through the API. */
    password: string;
    /**
     * Give the user administrative rights.
     *
     * @default false
     */
    administrator?: boolean | undefined;
    /**
     * Enforce two-factor authentication.
     *
     * @default false
     */
    forceSecAuth?: boolean | undefined;
}
/** What a user owns and belongs to. */
export interface UserEntities<D extends Depth = 0> {
    owns?: ManagedResources<D>;
    groups?: Groups<D>;
}
/**
 * What a user owns and belongs to.
 *
 * Request shape of {@link UserEntities}.
 */
export interface UserEntitiesInput {
    owns?: ManagedResourcesInput | undefined;
    groups?: GroupsInput | undefined;
}
/** Metadata of a user. */
export interface UserMetadata {
    /** Entity tag of the user. */
    etag?: string;
    /**
     * When the user was created (UTC).
     *
     * @format date-time
     */
    creationDate?: string;
    /**
     * When the user last logged in (UTC); null for a user who never did.
     *
     * @format date-time
     */
    lastLogin?: string | null;
}
/** Properties of a user. */
export interface UserProperties {
    /** First name. */
    firstname?: string;
    /** Last name. */
    lastname?: string;
    /**
     * E-mail address, also the login name.
     *
     * @format email
     */
    email?: string;
    /** The user has administrative rights. */
    administrator?: boolean;
    /** Two-factor authentication is enforced for the user. */
    forceSecAuth?: boolean;
    /** The user has two-factor authentication active. */
    secAuthActive?: boolean;
}
/**
 * Properties of a user.
 *
 * Request shape of {@link UserProperties}.
 */
export interface UserPropertiesInput {
    /** First name. */
    firstname?: string | undefined;
    /** Last name. */
    lastname?: string | undefined;
    /**
     * E-mail address, also the login name.
     *
     * @format email
     */
    email?: string | undefined;
    /** The user has administrative rights. */
    administrator?: boolean | undefined;
    /** Two-factor authentication is enforced for the user. */
    forceSecAuth?: boolean | undefined;
}
/** Full update of a user (PUT). The password cannot be changed. */
export interface UserReplace {
    properties: UserReplaceProperties;
}
/** All writable properties of a user. */
export interface UserReplaceProperties {
    /** First name. */
    firstname: string;
    /** Last name. */
    lastname: string;
    /**
     * E-mail address, also the login name.
     *
     * @format email
     */
    email: string;
    /** The user has administrative rights. */
    administrator: boolean;
    /** Enforce two-factor authentication. */
    forceSecAuth: boolean;
}
/** A collection of users. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type Users<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: UserItem<Prev<D>>[];
});
/**
 * A collection of users. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link Users}.
 */
export interface UsersInput {
}
/** A block storage volume in a data center, attached to a server or not. */
export interface Volume {
    /** Identifier of the volume. */
    id: string;
    /** Always "volume". */
    type: 'volume';
    /** Absolute URL of the volume. */
    href: string;
    /** Provisioning metadata of the volume. */
    metadata: ResourceMetadata;
    /** Properties of the volume; present from depth 1 (or on a single read). */
    properties: VolumeProperties;
}
/** Volume as it appears nested in another resource: a reference where depth has run out. */
export type VolumeItem<D extends Depth = 0> = D extends 0 ? Reference : Volume;
/**
 * A block storage volume in a data center, attached to a server or not.
 *
 * Request shape of {@link Volume}.
 */
export interface VolumeInput {
    /** Properties of the volume; present from depth 1 (or on a single read). */
    properties?: VolumePropertiesInput | undefined;
}
/** Body to create a volume. */
export interface VolumeCreate {
    properties: VolumeCreateProperties;
}
/**
 * Body to create a volume.
 *
 * Request shape of {@link VolumeCreate}.
 */
export interface VolumeCreateInput {
    properties: VolumeCreatePropertiesInput;
}
/** Properties of a new volume. Give one of image, imageAlias or licenceType; with a public HDD image also give imagePassword or sshKeys. */
export interface VolumeCreateProperties {
    /** Name of the volume. */
    name?: string;
    /**
     * Size in GB.
     *
     * @format int32
     */
    size: number;
    /**
     * Bus type.
     *
     * @default "VIRTIO"
     */
    bus?: 'VIRTIO' | 'IDE';
    /** Id of the image or snapshot to create the volume from. */
    image?: string;
    /** Alias of a public image to use instead of image, e.g. "ubuntu:latest". */
    imageAlias?: string;
    /** Storage type. */
    type?: 'HDD' | 'SSD';
    /** Licence type; only when neither image nor imageAlias is given. */
    licenceType?: LicenceType;
    /**
     * Storage availability zone (HDD only; leave AUTO for SSD).
     *
     * @default "AUTO"
     */
    availabilityZone?: 'AUTO' | 'ZONE_1' | 'ZONE_2' | 'ZONE_3';
}
/**
 * Properties of a new volume. Give one of image, imageAlias or licenceType; with a public HDD image also give imagePassword or sshKeys.
 *
 * Request shape of {@link VolumeCreateProperties}.
 */
export interface VolumeCreatePropertiesInput {
    /** Name of the volume. */
    name?: string | undefined;
    /**
     * Size in GB.
     *
     * @format int32
     */
    size: number;
    /**
     * Bus type.
     *
     * @default "VIRTIO"
     */
    bus?: 'VIRTIO' | 'IDE' | undefined;
    /** Id of the image or snapshot to create the volume from. */
    image?: string | undefined;
    /** Alias of a public image to use instead of image, e.g. "ubuntu:latest". */
    imageAlias?: string | undefined;
    /** Storage type. */
    type?: 'HDD' | 'SSD' | undefined;
    /** Licence type; only when neither image nor imageAlias is given. */
    licenceType?: LicenceType | undefined;
    /** Password for the root or Administrator account of a public HDD image: 8 to 50 letters and digits. */
    imagePassword?: string | undefined;
    /** Public SSH keys to install on a public Linux HDD image. */
    sshKeys?: readonly string[] | undefined;
    /**
     * Storage availability zone (HDD only; leave AUTO for SSD).
     *
     * @default "AUTO"
     */
    availabilityZone?: 'AUTO' | 'ZONE_1' | 'ZONE_2' | 'ZONE_3' | undefined;
}
/** Properties of a volume. */
export interface VolumeProperties {
    /** Name of the volume. */
    name?: string | null;
    /** Storage type. */
    type?: 'HDD' | 'SSD';
    /**
     * Size in GB.
     *
     * @format int32
     */
    size?: number;
    /** Storage availability zone. */
    availabilityZone?: 'AUTO' | 'ZONE_1' | 'ZONE_2' | 'ZONE_3';
    /** Image or snapshot the volume was created from. */
    image?: string | null;
    /** Public image alias; the API returns null (or the string "null"). */
    imageAlias?: string | null;
    /** Never returned: always null. */
    imagePassword?: string | null;
    /** Never returned: always null. */
    sshKeys?: string[] | null;
    /** Bus type; null while the volume is not attached to a server. */
    bus?: 'VIRTIO' | 'IDE' | null;
    /** Licence type of the volume. */
    licenceType?: LicenceType;
    /** CPU cores can be added without a reboot. */
    cpuHotPlug?: boolean;
    /** CPU cores can be removed without a reboot. */
    cpuHotUnplug?: boolean;
    /** Memory can be added without a reboot. */
    ramHotPlug?: boolean;
    /** Memory can be removed without a reboot. */
    ramHotUnplug?: boolean;
    /** NICs can be added without a reboot. */
    nicHotPlug?: boolean;
    /** NICs can be removed without a reboot. */
    nicHotUnplug?: boolean;
    /** VirtIO drives can be added without a reboot. */
    discVirtioHotPlug?: boolean;
    /** VirtIO drives can be removed without a reboot. */
    discVirtioHotUnplug?: boolean;
    /** SCSI drives can be added without a reboot. */
    discScsiHotPlug?: boolean;
    /** SCSI drives can be removed without a reboot. */
    discScsiHotUnplug?: boolean;
    /**
     * LUN of the volume on its server; null when not attached.
     *
     * @format int64
     */
    deviceNumber?: number | null;
}
/**
 * Properties of a volume.
 *
 * Request shape of {@link VolumeProperties}.
 */
export interface VolumePropertiesInput {
    /** Name of the volume. */
    name?: string | null | undefined;
    /** Storage type. */
    type?: 'HDD' | 'SSD' | undefined;
    /**
     * Size in GB.
     *
     * @format int32
     */
    size?: number | undefined;
    /** Storage availability zone. */
    availabilityZone?: 'AUTO' | 'ZONE_1' | 'ZONE_2' | 'ZONE_3' | undefined;
    /** Image or snapshot the volume was created from. */
    image?: string | null | undefined;
    /** Public image alias; the API returns null (or the string "null"). */
    imageAlias?: string | null | undefined;
    /** Never returned: always null. */
    imagePassword?: string | null | undefined;
    /** Never returned: always null. */
    sshKeys?: readonly string[] | null | undefined;
    /** Bus type; null while the volume is not attached to a server. */
    bus?: 'VIRTIO' | 'IDE' | null | undefined;
    /** Licence type of the volume. */
    licenceType?: LicenceType | undefined;
    /** CPU cores can be added without a reboot. */
    cpuHotPlug?: boolean | undefined;
    /** CPU cores can be removed without a reboot. */
    cpuHotUnplug?: boolean | undefined;
    /** Memory can be added without a reboot. */
    ramHotPlug?: boolean | undefined;
    /** Memory can be removed without a reboot. */
    ramHotUnplug?: boolean | undefined;
    /** NICs can be added without a reboot. */
    nicHotPlug?: boolean | undefined;
    /** NICs can be removed without a reboot. */
    nicHotUnplug?: boolean | undefined;
    /** VirtIO drives can be added without a reboot. */
    discVirtioHotPlug?: boolean | undefined;
    /** VirtIO drives can be removed without a reboot. */
    discVirtioHotUnplug?: boolean | undefined;
    /** SCSI drives can be added without a reboot. */
    discScsiHotPlug?: boolean | undefined;
    /** SCSI drives can be removed without a reboot. */
    discScsiHotUnplug?: boolean | undefined;
}
/** Full update of a volume (PUT). */
export interface VolumeReplace {
    properties: VolumeReplaceProperties;
}
/** All writable properties of a volume. */
export interface VolumeReplaceProperties {
    /** Name of the volume. */
    name: string;
    /**
     * Size in GB; can only grow.
     *
     * @format int32
     */
    size: number;
    /** Bus type. */
    bus: 'VIRTIO' | 'IDE';
}
/** A collection of volumes. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down. */
export type Volumes<D extends Depth = 0> = {
    /**
     * Identifier of the collection, e.g. "datacenters" or "{parentId}/servers".
     */
    id: string;
    /**
     * Always "collection".
     */
    type: 'collection';
    /**
     * Absolute URL of the collection.
     */
    href: string;
} & (D extends 0 ? {} : {
    items: VolumeItem<Prev<D>>[];
});
/**
 * A collection of volumes. At depth 0 only id, type and href are present; items appear from depth 1, as references at that level and expanded one level further down.
 *
 * Request shape of {@link Volumes}.
 */
export interface VolumesInput {
}
/** Form fields (application/x-www-form-urlencoded) to snapshot a volume. */
export interface VolumeSnapshotCreateForm {
    /** Name of the new snapshot. */
    name: string;
    /** Description of the new snapshot. */
    description?: string;
}
/** Form fields (application/x-www-form-urlencoded) to restore a snapshot onto a volume. */
export interface VolumeSnapshotRestoreForm {
    /** Id of the snapshot to restore. */
    snapshotId: string;
}
/** Partial update of a volume (PATCH). Most properties are fixed at creation. */
export interface VolumeUpdate {
    /** Name of the volume. */
    name?: string;
    /**
     * New size in GB; can only grow.
     *
     * @format int32
     */
    size?: number;
    /** Bus type. */
    bus?: 'VIRTIO' | 'IDE';
}
/** Parameters of `listDatacenters` (GET /datacenters). */
export interface ListDatacentersParams<D extends Depth = Depth> {
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `createDatacenter` (POST /datacenters). */
export interface CreateDatacenterParams {
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: DatacenterCreateInput;
}
/** Parameters of `getDatacenter` (GET /datacenters/{dataCenterId}). */
export interface GetDatacenterParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `replaceDatacenter` (PUT /datacenters/{dataCenterId}). */
export interface ReplaceDatacenterParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: DatacenterReplace;
}
/** Parameters of `deleteDatacenter` (DELETE /datacenters/{dataCenterId}). */
export interface DeleteDatacenterParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `updateDatacenter` (PATCH /datacenters/{dataCenterId}). */
export interface UpdateDatacenterParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: DatacenterUpdate;
}
/** Parameters of `listLocations` (GET /locations). */
export interface ListLocationsParams<D extends Depth = Depth> {
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `listRegionLocations` (GET /locations/{regionId}). */
export interface ListRegionLocationsParams<D extends Depth = Depth> {
    /**
     * Two-letter region (country).
     *
     * Sent as path parameter `regionId`.
     */
    regionId: 'de' | 'us';
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `getLocation` (GET /locations/{regionId}/{locationId}). */
export interface GetLocationParams<D extends Depth = Depth> {
    /**
     * Two-letter region (country).
     *
     * Sent as path parameter `regionId`.
     */
    regionId: 'de' | 'us';
    /**
     * Three-letter city within the region.
     *
     * Sent as path parameter `locationId`.
     */
    locationId: 'fkb' | 'fra' | 'las' | 'ewr';
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `listDatacenterServers` (GET /datacenters/{dataCenterId}/servers). */
export interface ListDatacenterServersParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `createDatacenterServer` (POST /datacenters/{dataCenterId}/servers). */
export interface CreateDatacenterServerParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: ServerCreateInput;
}
/** Parameters of `getDatacenterServer` (GET /datacenters/{dataCenterId}/servers/{serverId}). */
export interface GetDatacenterServerParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `replaceDatacenterServer` (PUT /datacenters/{dataCenterId}/servers/{serverId}). */
export interface ReplaceDatacenterServerParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: ServerReplace;
}
/** Parameters of `deleteDatacenterServer` (DELETE /datacenters/{dataCenterId}/servers/{serverId}). */
export interface DeleteDatacenterServerParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `updateDatacenterServer` (PATCH /datacenters/{dataCenterId}/servers/{serverId}). */
export interface UpdateDatacenterServerParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: ServerUpdate;
}
/** Parameters of `listServerVolumes` (GET /datacenters/{dataCenterId}/servers/{serverId}/volumes). */
export interface ListServerVolumesParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `attachServerVolume` (POST /datacenters/{dataCenterId}/servers/{serverId}/volumes). */
export interface AttachServerVolumeParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: IdReference;
}
/** Parameters of `getServerVolume` (GET /datacenters/{dataCenterId}/servers/{serverId}/volumes/{volumeId}). */
export interface GetServerVolumeParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the volume.
     *
     * Sent as path parameter `volumeId`.
     */
    volumeId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `detachServerVolume` (DELETE /datacenters/{dataCenterId}/servers/{serverId}/volumes/{volumeId}). */
export interface DetachServerVolumeParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the volume.
     *
     * Sent as path parameter `volumeId`.
     */
    volumeId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `listServerCdroms` (GET /datacenters/{dataCenterId}/servers/{serverId}/cdroms). */
export interface ListServerCdromsParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `attachServerCdrom` (POST /datacenters/{dataCenterId}/servers/{serverId}/cdroms). */
export interface AttachServerCdromParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: IdReference;
}
/** Parameters of `getServerCdrom` (GET /datacenters/{dataCenterId}/servers/{serverId}/cdroms/{cdromId}). */
export interface GetServerCdromParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the attached CD-ROM (the id of its image).
     *
     * Sent as path parameter `cdromId`.
     */
    cdromId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `detachServerCdrom` (DELETE /datacenters/{dataCenterId}/servers/{serverId}/cdroms/{cdromId}). */
export interface DetachServerCdromParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the attached CD-ROM (the id of its image).
     *
     * Sent as path parameter `cdromId`.
     */
    cdromId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `rebootServer` (POST /datacenters/{dataCenterId}/servers/{serverId}/reboot). */
export interface RebootServerParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
}
/** Parameters of `startServer` (POST /datacenters/{dataCenterId}/servers/{serverId}/start). */
export interface StartServerParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
}
/** Parameters of `stopServer` (POST /datacenters/{dataCenterId}/servers/{serverId}/stop). */
export interface StopServerParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
}
/** Parameters of `listImages` (GET /images). */
export interface ListImagesParams<D extends Depth = Depth> {
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `getImage` (GET /images/{imageId}). */
export interface GetImageParams<D extends Depth = Depth> {
    /**
     * Id of the image.
     *
     * Sent as path parameter `imageId`.
     */
    imageId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `replaceImage` (PUT /images/{imageId}). */
export interface ReplaceImageParams {
    /**
     * Id of the image.
     *
     * Sent as path parameter `imageId`.
     */
    imageId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: ImageReplace;
}
/** Parameters of `deleteImage` (DELETE /images/{imageId}). */
export interface DeleteImageParams {
    /**
     * Id of the image.
     *
     * Sent as path parameter `imageId`.
     */
    imageId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `updateImage` (PATCH /images/{imageId}). */
export interface UpdateImageParams {
    /**
     * Id of the image.
     *
     * Sent as path parameter `imageId`.
     */
    imageId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: ImageUpdate;
}
/** Parameters of `listDatacenterVolumes` (GET /datacenters/{dataCenterId}/volumes). */
export interface ListDatacenterVolumesParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `createDatacenterVolume` (POST /datacenters/{dataCenterId}/volumes). */
export interface CreateDatacenterVolumeParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: VolumeCreateInput;
}
/** Parameters of `getDatacenterVolume` (GET /datacenters/{dataCenterId}/volumes/{volumeId}). */
export interface GetDatacenterVolumeParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the volume.
     *
     * Sent as path parameter `volumeId`.
     */
    volumeId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `replaceDatacenterVolume` (PUT /datacenters/{dataCenterId}/volumes/{volumeId}). */
export interface ReplaceDatacenterVolumeParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the volume.
     *
     * Sent as path parameter `volumeId`.
     */
    volumeId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: VolumeReplace;
}
/** Parameters of `deleteDatacenterVolume` (DELETE /datacenters/{dataCenterId}/volumes/{volumeId}). */
export interface DeleteDatacenterVolumeParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the volume.
     *
     * Sent as path parameter `volumeId`.
     */
    volumeId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `updateDatacenterVolume` (PATCH /datacenters/{dataCenterId}/volumes/{volumeId}). */
export interface UpdateDatacenterVolumeParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the volume.
     *
     * Sent as path parameter `volumeId`.
     */
    volumeId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: VolumeUpdate;
}
/** Parameters of `createVolumeSnapshot` (POST /datacenters/{dataCenterId}/volumes/{volumeId}/create-snapshot). */
export interface CreateVolumeSnapshotParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the volume.
     *
     * Sent as path parameter `volumeId`.
     */
    volumeId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/x-www-form-urlencoded. */
    body: VolumeSnapshotCreateForm;
}
/** Parameters of `restoreVolumeSnapshot` (POST /datacenters/{dataCenterId}/volumes/{volumeId}/restore-snapshot). */
export interface RestoreVolumeSnapshotParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the volume.
     *
     * Sent as path parameter `volumeId`.
     */
    volumeId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/x-www-form-urlencoded. */
    body: VolumeSnapshotRestoreForm;
}
/** Parameters of `listSnapshots` (GET /snapshots). */
export interface ListSnapshotsParams<D extends Depth = Depth> {
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `getSnapshot` (GET /snapshots/{snapshotId}). */
export interface GetSnapshotParams<D extends Depth = Depth> {
    /**
     * Id of the snapshot.
     *
     * Sent as path parameter `snapshotId`.
     */
    snapshotId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `replaceSnapshot` (PUT /snapshots/{snapshotId}). */
export interface ReplaceSnapshotParams {
    /**
     * Id of the snapshot.
     *
     * Sent as path parameter `snapshotId`.
     */
    snapshotId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: SnapshotReplace;
}
/** Parameters of `deleteSnapshot` (DELETE /snapshots/{snapshotId}). */
export interface DeleteSnapshotParams {
    /**
     * Id of the snapshot.
     *
     * Sent as path parameter `snapshotId`.
     */
    snapshotId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `updateSnapshot` (PATCH /snapshots/{snapshotId}). */
export interface UpdateSnapshotParams {
    /**
     * Id of the snapshot.
     *
     * Sent as path parameter `snapshotId`.
     */
    snapshotId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: SnapshotUpdate;
}
/** Parameters of `listIpBlocks` (GET /ipblocks). */
export interface ListIpBlocksParams<D extends Depth = Depth> {
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `createIpBlock` (POST /ipblocks). */
export interface CreateIpBlockParams {
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: IpBlockCreate;
}
/** Parameters of `getIpBlock` (GET /ipblocks/{ipBlockId}). */
export interface GetIpBlockParams<D extends Depth = Depth> {
    /**
     * Id of the IP block.
     *
     * Sent as path parameter `ipBlockId`.
     */
    ipBlockId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `deleteIpBlock` (DELETE /ipblocks/{ipBlockId}). */
export interface DeleteIpBlockParams {
    /**
     * Id of the IP block.
     *
     * Sent as path parameter `ipBlockId`.
     */
    ipBlockId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `listDatacenterLans` (GET /datacenters/{dataCenterId}/lans). */
export interface ListDatacenterLansParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `createDatacenterLan` (POST /datacenters/{dataCenterId}/lans). */
export interface CreateDatacenterLanParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: LanCreate;
}
/** Parameters of `getDatacenterLan` (GET /datacenters/{dataCenterId}/lans/{lanId}). */
export interface GetDatacenterLanParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the LAN (a number, sent as a string).
     *
     * Sent as path parameter `lanId`.
     */
    lanId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `replaceDatacenterLan` (PUT /datacenters/{dataCenterId}/lans/{lanId}). */
export interface ReplaceDatacenterLanParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the LAN (a number, sent as a string).
     *
     * Sent as path parameter `lanId`.
     */
    lanId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: LanReplace;
}
/** Parameters of `deleteDatacenterLan` (DELETE /datacenters/{dataCenterId}/lans/{lanId}). */
export interface DeleteDatacenterLanParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the LAN (a number, sent as a string).
     *
     * Sent as path parameter `lanId`.
     */
    lanId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `updateDatacenterLan` (PATCH /datacenters/{dataCenterId}/lans/{lanId}). */
export interface UpdateDatacenterLanParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the LAN (a number, sent as a string).
     *
     * Sent as path parameter `lanId`.
     */
    lanId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: LanUpdate;
}
/** Parameters of `listServerNics` (GET /datacenters/{dataCenterId}/servers/{serverId}/nics). */
export interface ListServerNicsParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `createServerNic` (POST /datacenters/{dataCenterId}/servers/{serverId}/nics). */
export interface CreateServerNicParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: NicCreate;
}
/** Parameters of `getServerNic` (GET /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}). */
export interface GetServerNicParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the NIC.
     *
     * Sent as path parameter `nicId`.
     */
    nicId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `replaceServerNic` (PUT /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}). */
export interface ReplaceServerNicParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the NIC.
     *
     * Sent as path parameter `nicId`.
     */
    nicId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: NicReplace;
}
/** Parameters of `deleteServerNic` (DELETE /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}). */
export interface DeleteServerNicParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the NIC.
     *
     * Sent as path parameter `nicId`.
     */
    nicId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `updateServerNic` (PATCH /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}). */
export interface UpdateServerNicParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the NIC.
     *
     * Sent as path parameter `nicId`.
     */
    nicId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: NicUpdate;
}
/** Parameters of `listNicFirewallRules` (GET /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules). */
export interface ListNicFirewallRulesParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the NIC.
     *
     * Sent as path parameter `nicId`.
     */
    nicId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `createNicFirewallRule` (POST /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules). */
export interface CreateNicFirewallRuleParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the NIC.
     *
     * Sent as path parameter `nicId`.
     */
    nicId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: FirewallRuleCreate;
}
/** Parameters of `getNicFirewallRule` (GET /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}). */
export interface GetNicFirewallRuleParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the NIC.
     *
     * Sent as path parameter `nicId`.
     */
    nicId: string;
    /**
     * Id of the firewall rule.
     *
     * Sent as path parameter `firewallRuleId`.
     */
    firewallRuleId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `replaceNicFirewallRule` (PUT /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}). */
export interface ReplaceNicFirewallRuleParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the NIC.
     *
     * Sent as path parameter `nicId`.
     */
    nicId: string;
    /**
     * Id of the firewall rule.
     *
     * Sent as path parameter `firewallRuleId`.
     */
    firewallRuleId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: FirewallRuleReplace;
}
/** Parameters of `deleteNicFirewallRule` (DELETE /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}). */
export interface DeleteNicFirewallRuleParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the NIC.
     *
     * Sent as path parameter `nicId`.
     */
    nicId: string;
    /**
     * Id of the firewall rule.
     *
     * Sent as path parameter `firewallRuleId`.
     */
    firewallRuleId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `updateNicFirewallRule` (PATCH /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}). */
export interface UpdateNicFirewallRuleParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the server.
     *
     * Sent as path parameter `serverId`.
     */
    serverId: string;
    /**
     * Id of the NIC.
     *
     * Sent as path parameter `nicId`.
     */
    nicId: string;
    /**
     * Id of the firewall rule.
     *
     * Sent as path parameter `firewallRuleId`.
     */
    firewallRuleId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: FirewallRuleUpdate;
}
/** Parameters of `listDatacenterLoadBalancers` (GET /datacenters/{dataCenterId}/loadbalancers). */
export interface ListDatacenterLoadBalancersParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `createDatacenterLoadBalancer` (POST /datacenters/{dataCenterId}/loadbalancers). */
export interface CreateDatacenterLoadBalancerParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: LoadBalancerCreate;
}
/** Parameters of `getDatacenterLoadBalancer` (GET /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}). */
export interface GetDatacenterLoadBalancerParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the load balancer.
     *
     * Sent as path parameter `loadBalancerId`.
     */
    loadBalancerId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `replaceDatacenterLoadBalancer` (PUT /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}). */
export interface ReplaceDatacenterLoadBalancerParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the load balancer.
     *
     * Sent as path parameter `loadBalancerId`.
     */
    loadBalancerId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: LoadBalancerReplace;
}
/** Parameters of `deleteDatacenterLoadBalancer` (DELETE /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}). */
export interface DeleteDatacenterLoadBalancerParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the load balancer.
     *
     * Sent as path parameter `loadBalancerId`.
     */
    loadBalancerId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `updateDatacenterLoadBalancer` (PATCH /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}). */
export interface UpdateDatacenterLoadBalancerParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the load balancer.
     *
     * Sent as path parameter `loadBalancerId`.
     */
    loadBalancerId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: LoadBalancerUpdate;
}
/** Parameters of `listBalancedNics` (GET /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics). */
export interface ListBalancedNicsParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the load balancer.
     *
     * Sent as path parameter `loadBalancerId`.
     */
    loadBalancerId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `attachBalancedNic` (POST /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics). */
export interface AttachBalancedNicParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the load balancer.
     *
     * Sent as path parameter `loadBalancerId`.
     */
    loadBalancerId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: IdReference;
}
/** Parameters of `getBalancedNic` (GET /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics/{nicId}). */
export interface GetBalancedNicParams<D extends Depth = Depth> {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the load balancer.
     *
     * Sent as path parameter `loadBalancerId`.
     */
    loadBalancerId: string;
    /**
     * Id of the NIC.
     *
     * Sent as path parameter `nicId`.
     */
    nicId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `detachBalancedNic` (DELETE /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics/{nicId}). */
export interface DetachBalancedNicParams {
    /**
     * Id of the virtual data center.
     *
     * Sent as path parameter `dataCenterId`.
     */
    dataCenterId: string;
    /**
     * Id of the load balancer.
     *
     * Sent as path parameter `loadBalancerId`.
     */
    loadBalancerId: string;
    /**
     * Id of the NIC.
     *
     * Sent as path parameter `nicId`.
     */
    nicId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `listRequests` (GET /requests). */
export interface ListRequestsParams<D extends Depth = Depth> {
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `getRequest` (GET /requests/{requestId}). */
export interface GetRequestParams<D extends Depth = Depth> {
    /**
     * Id of the request.
     *
     * Sent as path parameter `requestId`.
     */
    requestId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `getRequestStatus` (GET /requests/{requestId}/status). */
export interface GetRequestStatusParams<D extends Depth = Depth> {
    /**
     * Id of the request.
     *
     * Sent as path parameter `requestId`.
     */
    requestId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `getContractResources` (GET /contracts). */
export interface GetContractResourcesParams<D extends Depth = Depth> {
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `listGroups` (GET /um/groups). */
export interface ListGroupsParams<D extends Depth = Depth> {
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `createGroup` (POST /um/groups). */
export interface CreateGroupParams {
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: GroupCreate;
}
/** Parameters of `getGroup` (GET /um/groups/{groupId}). */
export interface GetGroupParams<D extends Depth = Depth> {
    /**
     * Id of the group.
     *
     * Sent as path parameter `groupId`.
     */
    groupId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `replaceGroup` (PUT /um/groups/{groupId}). */
export interface ReplaceGroupParams {
    /**
     * Id of the group.
     *
     * Sent as path parameter `groupId`.
     */
    groupId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: GroupReplace;
}
/** Parameters of `deleteGroup` (DELETE /um/groups/{groupId}). */
export interface DeleteGroupParams {
    /**
     * Id of the group.
     *
     * Sent as path parameter `groupId`.
     */
    groupId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `listGroupShares` (GET /um/groups/{groupId}/shares). */
export interface ListGroupSharesParams<D extends Depth = Depth> {
    /**
     * Id of the group.
     *
     * Sent as path parameter `groupId`.
     */
    groupId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `getGroupShare` (GET /um/groups/{groupId}/shares/{resourceId}). */
export interface GetGroupShareParams<D extends Depth = Depth> {
    /**
     * Id of the group.
     *
     * Sent as path parameter `groupId`.
     */
    groupId: string;
    /**
     * Id of the shared or shareable resource.
     *
     * Sent as path parameter `resourceId`.
     */
    resourceId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `replaceGroupShare` (PUT /um/groups/{groupId}/shares/{resourceId}). */
export interface ReplaceGroupShareParams {
    /**
     * Id of the group.
     *
     * Sent as path parameter `groupId`.
     */
    groupId: string;
    /**
     * Id of the shared or shareable resource.
     *
     * Sent as path parameter `resourceId`.
     */
    resourceId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: ShareReplace;
}
/** Parameters of `addGroupShare` (POST /um/groups/{groupId}/shares/{resourceId}). */
export interface AddGroupShareParams {
    /**
     * Id of the group.
     *
     * Sent as path parameter `groupId`.
     */
    groupId: string;
    /**
     * Id of the shared or shareable resource.
     *
     * Sent as path parameter `resourceId`.
     */
    resourceId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body?: ShareCreate | undefined;
}
/** Parameters of `removeGroupShare` (DELETE /um/groups/{groupId}/shares/{resourceId}). */
export interface RemoveGroupShareParams {
    /**
     * Id of the group.
     *
     * Sent as path parameter `groupId`.
     */
    groupId: string;
    /**
     * Id of the shared or shareable resource.
     *
     * Sent as path parameter `resourceId`.
     */
    resourceId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `listGroupUsers` (GET /um/groups/{groupId}/users). */
export interface ListGroupUsersParams<D extends Depth = Depth> {
    /**
     * Id of the group.
     *
     * Sent as path parameter `groupId`.
     */
    groupId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `addGroupUser` (POST /um/groups/{groupId}/users). */
export interface AddGroupUserParams {
    /**
     * Id of the group.
     *
     * Sent as path parameter `groupId`.
     */
    groupId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: IdReference;
}
/** Parameters of `removeGroupUser` (DELETE /um/groups/{groupId}/users/{userId}). */
export interface RemoveGroupUserParams {
    /**
     * Id of the group.
     *
     * Sent as path parameter `groupId`.
     */
    groupId: string;
    /**
     * Id of the user.
     *
     * Sent as path parameter `userId`.
     */
    userId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `listUsers` (GET /um/users). */
export interface ListUsersParams<D extends Depth = Depth> {
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `createUser` (POST /um/users). */
export interface CreateUserParams {
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /** Sent as application/json. */
    body: UserCreateInput;
}
/** Parameters of `getUser` (GET /um/users/{userId}). */
export interface GetUserParams<D extends Depth = Depth> {
    /**
     * Id of the user.
     *
     * Sent as path parameter `userId`.
     */
    userId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `replaceUser` (PUT /um/users/{userId}). */
export interface ReplaceUserParams {
    /**
     * Id of the user.
     *
     * Sent as path parameter `userId`.
     */
    userId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
    /** Sent as application/json. */
    body: UserReplace;
}
/** Parameters of `deleteUser` (DELETE /um/users/{userId}). */
export interface DeleteUserParams {
    /**
     * Id of the user.
     *
     * Sent as path parameter `userId`.
     */
    userId: string;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag the resource must still have; the write is refused when it changed (optimistic locking).
     *
     * Sent as header parameter `If-Match`.
     */
    ifMatch?: string | undefined;
}
/** Parameters of `listResources` (GET /um/resources). */
export interface ListResourcesParams<D extends Depth = Depth> {
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `listResourcesByType` (GET /um/resources/{resourceType}). */
export interface ListResourcesByTypeParams<D extends Depth = Depth> {
    /**
     * Kind of shareable resource.
     *
     * Sent as path parameter `resourceType`.
     */
    resourceType: 'datacenter' | 'image' | 'snapshot' | 'ipblock';
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
/** Parameters of `getResource` (GET /um/resources/{resourceType}/{resourceId}). */
export interface GetResourceParams<D extends Depth = Depth> {
    /**
     * Kind of shareable resource.
     *
     * Sent as path parameter `resourceType`.
     */
    resourceType: 'datacenter' | 'image' | 'snapshot' | 'ipblock';
    /**
     * Id of the shared or shareable resource.
     *
     * Sent as path parameter `resourceId`.
     */
    resourceId: string;
    /**
     * How many levels of nested resources to expand: 0 returns references (id, type, href) only, each further level expands one more.
     *
     * @format int32
     * @default 0
     */
    depth?: D | undefined;
    /**
     * Indent the JSON response (true) or send it compact (false).
     *
     * @default true
     */
    pretty?: boolean | undefined;
    /**
     * Contract to act under, for users with more than one contract.
     *
     * Sent as header parameter `PB-Contract-Number`. Defaults to the client option `contractNumber`.
     *
     * @format int64
     */
    pbContractNumber?: number | undefined;
    /**
     * Entity tag of the copy the caller holds; the API answers 304 without a body when it is still current.
     *
     * Sent as header parameter `If-None-Match`.
     */
    ifNoneMatch?: string | undefined;
}
