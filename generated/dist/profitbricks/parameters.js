const asyncStatus = { header: "Location", status: "/metadata/status", message: "/metadata/message", pending: ["QUEUED", "RUNNING"], done: ["DONE"], failed: ["FAILED"], path: "/requests/{requestId}/status" };
const cdromId = { in: "path", name: "cdromId" };
const dataCenterId = { in: "path", name: "dataCenterId" };
const depth = { in: "query", name: "depth" };
const firewallRuleId = { in: "path", name: "firewallRuleId" };
const groupId = { in: "path", name: "groupId" };
const ifMatch = { in: "header", name: "If-Match" };
const ifNoneMatch = { in: "header", name: "If-None-Match" };
const imageId = { in: "path", name: "imageId" };
const ipBlockId = { in: "path", name: "ipBlockId" };
const lanId = { in: "path", name: "lanId" };
const loadBalancerId = { in: "path", name: "loadBalancerId" };
const nicId = { in: "path", name: "nicId" };
const pbContractNumber = { in: "header", name: "PB-Contract-Number", option: "contractNumber" };
const pretty = { in: "query", name: "pretty" };
const regionId = { in: "path", name: "regionId" };
const requestId = { in: "path", name: "requestId" };
const resourceId = { in: "path", name: "resourceId" };
const resourceType = { in: "path", name: "resourceType" };
const serverId = { in: "path", name: "serverId" };
const snapshotId = { in: "path", name: "snapshotId" };
const userId = { in: "path", name: "userId" };
const volumeId = { in: "path", name: "volumeId" };
export {
  asyncStatus,
  cdromId,
  dataCenterId,
  depth,
  firewallRuleId,
  groupId,
  ifMatch,
  ifNoneMatch,
  imageId,
  ipBlockId,
  lanId,
  loadBalancerId,
  nicId,
  pbContractNumber,
  pretty,
  regionId,
  requestId,
  resourceId,
  resourceType,
  serverId,
  snapshotId,
  userId,
  volumeId
};
