/**
 * Where an example of the ProfitBricks v4 reference contradicts the
 * reference's own attribute tables, the tables win and the spec follows
 * them; the example stays as printed and its findings are listed here with
 * the reason. The test fails on an exception that no longer occurs as much
 * as on a finding not listed.
 */
export interface Exception {
  /** Where the example starts in the reference. */
  readonly line: number;
  readonly kind: 'request' | 'response';
  readonly findings: readonly string[];
  readonly reason: string;
}

/**
 * A bracketed placeholder (`[date]`, `[server-cores]`, `[data-center-location]`)
 * written where the tables ask for a typed value: a date-time, an integer, an
 * enum member. Excused wherever it stands; a placeholder in a free string is
 * no finding at all.
 */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && /^\[[^\]]+\]$/.test(value);
}

const NOT_JSON = ['not JSON'];
const PORTS = ['/properties/portRangeEnd', '/properties/portRangeStart'].map((p) => `invalid ${p}`);
const RULE_SKETCH = [
  ...['icmpCode', 'icmpType', 'portRangeEnd', 'portRangeStart', 'sourceMac'].map((p) => `invalid /properties/${p}`),
  ...['sourceIp', 'targetIp'].map((p) => `malformed /properties/${p}`),
];
const LOAD_BALANCER_SKETCH = [
  'invalid /entities/balancednics',
  'invalid /metadata/state',
  'invalid /properties/dhcp',
  'malformed /metadata/createdDate',
  'malformed /metadata/lastModifiedDate',
  'malformed /properties/ip',
];
const PUBLIC_AS_STRING = 'LAN `public` written as the string "true"; the table types it boolean.';
const PATCH_WRAPPED =
  'PATCH format block wraps the fields in `properties`; its own curl example and every other PATCH send them flat (specs/profitbricks-v4.md, "Request bodies").';

export const EXCEPTIONS: readonly Exception[] = [
  {
    line: 510,
    kind: 'request',
    findings: NOT_JSON,
    reason:
      'Create-attach format block: unquoted placeholders (`[server-memory-in-mb]`), servers as a bare array, `"ip": "auto"`.',
  },
  {
    line: 592,
    kind: 'request',
    findings: PORTS.map((f) =>
      f.replace('invalid ', 'invalid /entities/servers/items/0/entities/nics/items/0/entities/firewallrules/items/0'),
    ),
    reason: 'Firewall ports written as strings ("22"); the firewall-rule table types them int32.',
  },
  {
    line: 1530,
    kind: 'response',
    findings: NOT_JSON,
    reason: 'A fragment (`"items": [ ... ]`) of the depth-1 location list, with an object left unclosed.',
  },
  {
    line: 1907,
    kind: 'request',
    findings: NOT_JSON,
    reason: 'Server create-attach curl body: `"type": HDD` unquoted.',
  },
  {
    line: 2511,
    kind: 'response',
    findings: [
      'invalid /entities/nics',
      'invalid /entities/volumes',
      'malformed /metadata/createdDate',
      'malformed /metadata/lastModifiedDate',
      'invalid /metadata/state',
      'invalid /properties/availabilityZone',
      'invalid /properties/cores',
      'invalid /properties/cpuFamily',
      'invalid /properties/ram',
      'missing /properties/bootVolume/href',
      'missing /properties/bootVolume/type',
    ],
    reason:
      'Server PUT response sketch: every value a placeholder word ("server-cores", "server-state", "created-by-date"), entities as empty arrays where the tables and every other example have collections, `bootVolume` as `{id}` where every read has a reference with type and href.',
  },
  { line: 4010, kind: 'request', findings: NOT_JSON, reason: 'Image PUT curl body: the outer object is never closed.' },
  {
    line: 4471,
    kind: 'request',
    findings: NOT_JSON,
    reason: 'Volume create format block: unquoted placeholder (`volume-size-in-gb`) and missing commas.',
  },
  {
    line: 4494,
    kind: 'request',
    findings: NOT_JSON,
    reason: 'Volume create curl body: unquoted placeholder `[volume-size-in-gb]`.',
  },
  {
    line: 6015,
    kind: 'response',
    findings: ['invented /properties/    ips'],
    reason:
      'IP block read: the key is printed as "    ips" (stray spaces); the table and every other IP block example name it `ips`.',
  },
  { line: 6480, kind: 'request', findings: ['invalid /properties/public'], reason: PUBLIC_AS_STRING },
  { line: 6516, kind: 'request', findings: ['invalid /properties/public'], reason: PUBLIC_AS_STRING },
  { line: 6672, kind: 'request', findings: ['invented /properties'], reason: PATCH_WRAPPED },
  { line: 6810, kind: 'request', findings: ['invalid /properties/public'], reason: PUBLIC_AS_STRING },
  {
    line: 6844,
    kind: 'request',
    findings: ['invented /ipFailover', 'invented /name', 'invented /public', 'missing /properties'],
    reason: 'LAN PUT curl body sent flat; its format block and every other PUT wrap the fields in `properties`.',
  },
  {
    line: 7191,
    kind: 'request',
    findings: NOT_JSON,
    reason: 'NIC create format block: unquoted placeholders (`nic-ip-collection`).',
  },
  { line: 7423, kind: 'request', findings: NOT_JSON, reason: 'NIC PATCH curl body: one closing brace too many.' },
  {
    line: 7904,
    kind: 'request',
    findings: [...RULE_SKETCH, 'invalid /properties/protocol'],
    reason:
      'Firewall-rule create format block: every value a placeholder word ("my-protocol", "port-range-start") where the table asks for an enum, addresses and integers.',
  },
  {
    line: 7939,
    kind: 'request',
    findings: PORTS,
    reason: 'Firewall ports written as strings ("22"); the table types them int32.',
  },
  {
    line: 7963,
    kind: 'response',
    findings: NOT_JSON,
    reason: 'Firewall-rule create response: a trailing comma in `metadata`.',
  },
  { line: 8108, kind: 'request', findings: ['invented /properties'], reason: PATCH_WRAPPED },
  {
    line: 8251,
    kind: 'request',
    findings: [...RULE_SKETCH, 'invented /properties/protocol'],
    reason:
      'Firewall-rule PUT format block: placeholder words for typed values, and `protocol`, which the table says cannot be changed.',
  },
  {
    line: 8633,
    kind: 'request',
    findings: ['invalid /entities/balancednics', 'malformed /properties/ip'],
    reason:
      'Load-balancer create format block: "load-balancer-ip" for an IPv4 address, `balancednics` as a bare array where create-attach takes `{items}`.',
  },
  {
    line: 8660,
    kind: 'request',
    findings: NOT_JSON,
    reason: 'Load-balancer create curl body: `properties` is never closed.',
  },
  {
    line: 8842,
    kind: 'response',
    findings: LOAD_BALANCER_SKETCH,
    reason:
      'Load-balancer PATCH response sketch: placeholder words ("loadbalancer-dhcp", "load-balancer-state") and `balancednics` as an empty array.',
  },
  {
    line: 8934,
    kind: 'request',
    findings: NOT_JSON,
    reason: 'Load-balancer PUT curl body: unquoted placeholder `[load-balancer-dhcp]`.',
  },
  {
    line: 8953,
    kind: 'response',
    findings: LOAD_BALANCER_SKETCH,
    reason: 'Load-balancer PUT response sketch: placeholder words and `balancednics` as an empty array.',
  },
  {
    line: 9060,
    kind: 'response',
    findings: NOT_JSON,
    reason:
      'Balanced-NIC list sketch: the `ips` array lost its key and opening bracket, unquoted placeholders (`lan-id`).',
  },
  {
    line: 9199,
    kind: 'response',
    findings: NOT_JSON,
    reason: 'Balanced-NIC read sketch: unquoted placeholders (`nic-ip-collection`).',
  },
  {
    line: 9315,
    kind: 'response',
    findings: NOT_JSON,
    reason: 'Balanced-NIC attach response sketch: unquoted placeholders (`[nic-ip-collection]`).',
  },
  {
    line: 9575,
    kind: 'response',
    findings: NOT_JSON,
    reason:
      'Request read, first fragment: `metadata` closed with "}," and the body left open; `properties` follows as prose.',
  },
  {
    line: 9592,
    kind: 'response',
    findings: NOT_JSON,
    reason: 'Request read, second fragment: `"properties": {...}` on its own.',
  },
  { line: 10729, kind: 'response', findings: NOT_JSON, reason: 'Group member list: items elided with "...".' },
  { line: 10800, kind: 'request', findings: NOT_JSON, reason: 'Add-member curl body: one closing brace too many.' },
  { line: 11375, kind: 'response', findings: NOT_JSON, reason: 'Resource list: items elided with "...".' },
  { line: 11475, kind: 'response', findings: NOT_JSON, reason: 'Resource list by type: items elided with "...".' },
];
