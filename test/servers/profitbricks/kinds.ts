import { randomBytes } from 'node:crypto';

/** What a collection holds, by the collection's name. */
export interface Kind {
  readonly type: string;
  readonly entities: readonly string[];
  /** Numbered ids (LANs) rather than UUIDs. */
  readonly numbered?: boolean;
  readonly defaults: () => Record<string, unknown>;
}

export const KINDS: Readonly<Record<string, Kind>> = {
  datacenters: {
    type: 'datacenter',
    entities: ['servers', 'volumes', 'loadbalancers', 'lans'],
    defaults: () => ({ name: null, description: null, version: 1, features: [] }),
  },
  servers: {
    type: 'server',
    entities: ['cdroms', 'volumes', 'nics'],
    defaults: () => ({
      name: null,
      cores: 1,
      ram: 1024,
      availabilityZone: 'AUTO',
      vmState: 'RUNNING',
      cpuFamily: 'AMD_OPTERON',
    }),
  },
  volumes: {
    type: 'volume',
    entities: [],
    defaults: () => ({
      name: null,
      type: 'HDD',
      size: 10,
      availabilityZone: 'AUTO',
      image: null,
      imageAlias: null,
      bus: null,
      licenceType: 'UNKNOWN',
      cpuHotPlug: false,
      ramHotPlug: false,
      nicHotPlug: false,
      nicHotUnplug: false,
      discVirtioHotPlug: false,
      discVirtioHotUnplug: false,
      deviceNumber: null,
    }),
  },
  lans: {
    type: 'lan',
    entities: ['nics'],
    numbered: true,
    defaults: () => ({ name: null, public: false, ipFailover: [] }),
  },
  nics: {
    type: 'nic',
    entities: ['firewallrules'],
    defaults: () => ({ name: null, mac: mac(), ips: [], dhcp: true, lan: 1, firewallActive: false, nat: false }),
  },
  firewallrules: {
    type: 'firewall-rule',
    entities: [],
    defaults: () => ({
      name: null,
      protocol: 'TCP',
      sourceMac: null,
      sourceIp: null,
      targetIp: null,
      icmpCode: null,
      icmpType: null,
      portRangeStart: null,
      portRangeEnd: null,
    }),
  },
  loadbalancers: {
    type: 'loadbalancer',
    entities: ['balancednics'],
    defaults: () => ({ name: null, ip: null, dhcp: true }),
  },
  snapshots: {
    type: 'snapshot',
    entities: [],
    defaults: () => ({ name: null, description: null, location: 'de/fra', size: null, licenceType: null }),
  },
};

/**
 * Collections whose members live elsewhere: POST attaches an existing
 * resource by id, DELETE detaches it. Gives where the members live (a
 * collection path, `*` standing for any one segment), or undefined for a
 * collection that holds its own resources.
 */
export function homeOf(collection: string): string | undefined {
  const dc = /^(\/datacenters\/[^/]+)\//.exec(collection)?.[1];
  if (/^\/datacenters\/[^/]+\/servers\/[^/]+\/volumes$/.test(collection)) return `${dc}/volumes`;
  if (/^\/datacenters\/[^/]+\/servers\/[^/]+\/cdroms$/.test(collection)) return '/images';
  if (/^\/datacenters\/[^/]+\/(loadbalancers\/[^/]+\/balancednics|lans\/[^/]+\/nics)$/.test(collection))
    return `${dc}/servers/*/nics`;
  return undefined;
}

/** A locally administered MAC address, as the API gives a NIC that names none. */
function mac(): string {
  return ['02', ...Array.from(randomBytes(5), (b) => b.toString(16).padStart(2, '0'))].join(':');
}
