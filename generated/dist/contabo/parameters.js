import { uuid } from "../runtime/index.js";
const apiName = { in: "query", name: "apiName" };
const changedBy = { in: "query", name: "changedBy" };
const credentialId = { in: "path", name: "credentialId" };
const dataCenter = { in: "query", name: "dataCenter" };
const displayName = { in: "query", name: "displayName" };
const endDate = { in: "query", name: "endDate" };
const imageId = { in: "path", name: "imageId" };
const instanceId = { in: "path", name: "instanceId" };
const instanceId2 = { in: "query", name: "instanceId" };
const instanceIds = { in: "query", name: "instanceIds" };
const ip = { in: "path", name: "ip" };
const name = { in: "query", name: "name" };
const objectStorageId = { in: "path", name: "objectStorageId" };
const objectStorageId2 = { in: "query", name: "objectStorageId" };
const orderBy = { in: "query", name: "orderBy" };
const page = { in: "query", name: "page" };
const privateNetworkId = { in: "path", name: "privateNetworkId" };
const redirectUrl = { in: "query", name: "redirectUrl" };
const region = { in: "query", name: "region" };
const regionName = { in: "query", name: "regionName" };
const requestId = { in: "query", name: "requestId" };
const resourceId = { in: "path", name: "resourceId" };
const resourceId2 = { in: "query", name: "resourceId" };
const resourceType = { in: "path", name: "resourceType" };
const resourceType2 = { in: "query", name: "resourceType" };
const roleId = { in: "path", name: "roleId" };
const search = { in: "query", name: "search" };
const secretId = { in: "path", name: "secretId" };
const size = { in: "query", name: "size" };
const snapshotId = { in: "path", name: "snapshotId" };
const startDate = { in: "query", name: "startDate" };
const tagId = { in: "path", name: "tagId" };
const tagId2 = { in: "query", name: "tagId" };
const type_ = { in: "query", name: "type" };
const userId = { in: "path", name: "userId" };
const userId2 = { in: "query", name: "userId" };
const xRequestId = { in: "header", name: "x-request-id", correlation: uuid };
const xTraceId = { in: "header", name: "x-trace-id", option: "traceId" };
export {
  apiName,
  changedBy,
  credentialId,
  dataCenter,
  displayName,
  endDate,
  imageId,
  instanceId,
  instanceId2,
  instanceIds,
  ip,
  name,
  objectStorageId,
  objectStorageId2,
  orderBy,
  page,
  privateNetworkId,
  redirectUrl,
  region,
  regionName,
  requestId,
  resourceId,
  resourceId2,
  resourceType,
  resourceType2,
  roleId,
  search,
  secretId,
  size,
  snapshotId,
  startDate,
  tagId,
  tagId2,
  type_,
  userId,
  userId2,
  xRequestId,
  xTraceId
};
