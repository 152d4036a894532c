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
const xRequestId = { in: "header", name: "x-request-id", correlation: true };
const xTraceId = { in: "header", name: "x-trace-id", option: "traceId" };
const listInstances = { method: "GET", path: "/v1/compute/instances", params: { page, size, orderBy, name, displayName, dataCenter, region, instanceId: instanceId2, instanceIds, status: { in: "query", name: "status" }, productIds: { in: "query", name: "productIds" }, addOnIds: { in: "query", name: "addOnIds" }, productTypes: { in: "query", name: "productTypes" }, ipConfig: { in: "query", name: "ipConfig" }, search, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const createInstance = { method: "POST", path: "/v1/compute/instances", params: { xRequestId, xTraceId }, body: "application/json", responses: { "201": "json" } };
const getInstance = { method: "GET", path: "/v1/compute/instances/{instanceId}", params: { instanceId, xRequestId, xTraceId }, responses: { "200": "json" } };
const reinstallInstance = { method: "PUT", path: "/v1/compute/instances/{instanceId}", params: { instanceId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const updateInstance = { method: "PATCH", path: "/v1/compute/instances/{instanceId}", params: { instanceId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const cancelInstance = { method: "POST", path: "/v1/compute/instances/{instanceId}/cancel", params: { instanceId, xRequestId, xTraceId }, body: "application/json", responses: { "201": "json" } };
const upgradeInstance = { method: "POST", path: "/v1/compute/instances/{instanceId}/upgrade", params: { instanceId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const startInstance = { method: "POST", path: "/v1/compute/instances/{instanceId}/actions/start", params: { instanceId, xRequestId, xTraceId }, responses: { "201": "json" } };
const restartInstance = { method: "POST", path: "/v1/compute/instances/{instanceId}/actions/restart", params: { instanceId, xRequestId, xTraceId }, responses: { "201": "json" } };
const stopInstance = { method: "POST", path: "/v1/compute/instances/{instanceId}/actions/stop", params: { instanceId, xRequestId, xTraceId }, responses: { "201": "json" } };
const shutdownInstance = { method: "POST", path: "/v1/compute/instances/{instanceId}/actions/shutdown", params: { instanceId, xRequestId, xTraceId }, responses: { "201": "json" } };
const rescueInstance = { method: "POST", path: "/v1/compute/instances/{instanceId}/actions/rescue", params: { instanceId, xRequestId, xTraceId }, body: "application/json", responses: { "201": "json" } };
const resetInstancePassword = { method: "POST", path: "/v1/compute/instances/{instanceId}/actions/resetPassword", params: { instanceId, xRequestId, xTraceId }, body: "application/json", responses: { "201": "json" } };
const listInstanceSnapshots = { method: "GET", path: "/v1/compute/instances/{instanceId}/snapshots", params: { instanceId, page, size, orderBy, name, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const createInstanceSnapshot = { method: "POST", path: "/v1/compute/instances/{instanceId}/snapshots", params: { instanceId, xRequestId, xTraceId }, body: "application/json", responses: { "201": "json" } };
const getInstanceSnapshot = { method: "GET", path: "/v1/compute/instances/{instanceId}/snapshots/{snapshotId}", params: { instanceId, snapshotId, xRequestId, xTraceId }, responses: { "200": "json" } };
const deleteInstanceSnapshot = { method: "DELETE", path: "/v1/compute/instances/{instanceId}/snapshots/{snapshotId}", params: { instanceId, snapshotId, xRequestId, xTraceId }, responses: { "204": "none" } };
const updateInstanceSnapshot = { method: "PATCH", path: "/v1/compute/instances/{instanceId}/snapshots/{snapshotId}", params: { instanceId, snapshotId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const rollbackInstanceSnapshot = { method: "POST", path: "/v1/compute/instances/{instanceId}/snapshots/{snapshotId}/rollback", params: { instanceId, snapshotId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const listImages = { method: "GET", path: "/v1/compute/images", params: { page, size, orderBy, name, standardImage: { in: "query", name: "standardImage" }, search, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const createCustomImage = { method: "POST", path: "/v1/compute/images", params: { xRequestId, xTraceId }, body: "application/json", responses: { "201": "json" } };
const getImage = { method: "GET", path: "/v1/compute/images/{imageId}", params: { imageId, xRequestId, xTraceId }, responses: { "200": "json" } };
const deleteImage = { method: "DELETE", path: "/v1/compute/images/{imageId}", params: { imageId, xRequestId, xTraceId }, responses: { "204": "none" } };
const updateImage = { method: "PATCH", path: "/v1/compute/images/{imageId}", params: { imageId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const getCustomImageStats = { method: "GET", path: "/v1/compute/images/stats", params: { xRequestId, xTraceId }, responses: { "200": "json" } };
const listObjectStorages = { method: "GET", path: "/v1/object-storages", params: { page, size, orderBy, dataCenterName: { in: "query", name: "dataCenterName" }, s3TenantId: { in: "query", name: "s3TenantId" }, region, displayName, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const createObjectStorage = { method: "POST", path: "/v1/object-storages", params: { xRequestId, xTraceId }, body: "application/json", responses: { "201": "json" } };
const listDataCenters = { method: "GET", path: "/v1/data-centers", params: { page, size, orderBy, slug: { in: "query", name: "slug" }, name, regionName, regionSlug: { in: "query", name: "regionSlug" }, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const getObjectStorage = { method: "GET", path: "/v1/object-storages/{objectStorageId}", params: { objectStorageId, xRequestId, xTraceId }, responses: { "200": "json" } };
const updateObjectStorage = { method: "PATCH", path: "/v1/object-storages/{objectStorageId}", params: { objectStorageId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const resizeObjectStorage = { method: "POST", path: "/v1/object-storages/{objectStorageId}/resize", params: { objectStorageId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const getObjectStorageStats = { method: "GET", path: "/v1/object-storages/{objectStorageId}/stats", params: { objectStorageId, xRequestId, xTraceId }, responses: { "200": "json" } };
const cancelObjectStorage = { method: "PATCH", path: "/v1/object-storages/{objectStorageId}/cancel", params: { objectStorageId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const listPrivateNetworks = { method: "GET", path: "/v1/private-networks", params: { page, size, orderBy, name, instanceIds, region, dataCenter, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const createPrivateNetwork = { method: "POST", path: "/v1/private-networks", params: { xRequestId, xTraceId }, body: "application/json", responses: { "201": "json" } };
const getPrivateNetwork = { method: "GET", path: "/v1/private-networks/{privateNetworkId}", params: { privateNetworkId, xRequestId, xTraceId }, responses: { "200": "json" } };
const deletePrivateNetwork = { method: "DELETE", path: "/v1/private-networks/{privateNetworkId}", params: { privateNetworkId, xRequestId, xTraceId }, responses: { "204": "none" } };
const updatePrivateNetwork = { method: "PATCH", path: "/v1/private-networks/{privateNetworkId}", params: { privateNetworkId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const assignInstanceToPrivateNetwork = { method: "POST", path: "/v1/private-networks/{privateNetworkId}/instances/{instanceId}", params: { privateNetworkId, instanceId, xRequestId, xTraceId }, responses: { "201": "json" } };
const unassignInstanceFromPrivateNetwork = { method: "DELETE", path: "/v1/private-networks/{privateNetworkId}/instances/{instanceId}", params: { privateNetworkId, instanceId, xRequestId, xTraceId }, responses: { "201": "json" } };
const listVips = { method: "GET", path: "/v1/vips", params: { page, size, orderBy, resourceId: resourceId2, resourceType: resourceType2, resourceName: { in: "query", name: "resourceName" }, resourceDisplayName: { in: "query", name: "resourceDisplayName" }, ipVersion: { in: "query", name: "ipVersion" }, ips: { in: "query", name: "ips" }, ip: { in: "query", name: "ip" }, type_, dataCenter, region, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const getVip = { method: "GET", path: "/v1/vips/{ip}", params: { ip, xRequestId, xTraceId }, responses: { "200": "json" } };
const assignVip = { method: "POST", path: "/v1/vips/{ip}/{resourceType}/{resourceId}", params: { ip, resourceType, resourceId, xRequestId, xTraceId }, responses: { "200": "json" } };
const unassignVip = { method: "DELETE", path: "/v1/vips/{ip}/{resourceType}/{resourceId}", params: { ip, resourceType, resourceId, xRequestId, xTraceId }, responses: { "204": "none" } };
const listTags = { method: "GET", path: "/v1/tags", params: { page, size, orderBy, name, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const createTag = { method: "POST", path: "/v1/tags", params: { xRequestId, xTraceId }, body: "application/json", responses: { "201": "json" } };
const getTag = { method: "GET", path: "/v1/tags/{tagId}", params: { tagId, xRequestId, xTraceId }, responses: { "200": "json" } };
const deleteTag = { method: "DELETE", path: "/v1/tags/{tagId}", params: { tagId, xRequestId, xTraceId }, responses: { "204": "none" } };
const updateTag = { method: "PATCH", path: "/v1/tags/{tagId}", params: { tagId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const listTagAssignments = { method: "GET", path: "/v1/tags/{tagId}/assignments", params: { tagId, page, size, orderBy, resourceType: resourceType2, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const getTagAssignment = { method: "GET", path: "/v1/tags/{tagId}/assignments/{resourceType}/{resourceId}", params: { tagId, resourceType, resourceId, xRequestId, xTraceId }, responses: { "200": "json" } };
const createTagAssignment = { method: "POST", path: "/v1/tags/{tagId}/assignments/{resourceType}/{resourceId}", params: { tagId, resourceType, resourceId, xRequestId, xTraceId }, responses: { "201": "json" } };
const deleteTagAssignment = { method: "DELETE", path: "/v1/tags/{tagId}/assignments/{resourceType}/{resourceId}", params: { tagId, resourceType, resourceId, xRequestId, xTraceId }, responses: { "204": "none" } };
const listUsers = { method: "GET", path: "/v1/users", params: { page, size, orderBy, email: { in: "query", name: "email" }, enabled: { in: "query", name: "enabled" }, owner: { in: "query", name: "owner" }, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const createUser = { method: "POST", path: "/v1/users", params: { xRequestId, xTraceId }, body: "application/json", responses: { "201": "json" } };
const getUser = { method: "GET", path: "/v1/users/{userId}", params: { userId, xRequestId, xTraceId }, responses: { "200": "json" } };
const deleteUser = { method: "DELETE", path: "/v1/users/{userId}", params: { userId, xRequestId, xTraceId }, responses: { "204": "none" } };
const updateUser = { method: "PATCH", path: "/v1/users/{userId}", params: { userId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const resetUserPassword = { method: "POST", path: "/v1/users/{userId}/reset-password", params: { userId, redirectUrl, xRequestId, xTraceId }, responses: { "204": "none" } };
const resendUserEmailVerification = { method: "POST", path: "/v1/users/{userId}/resend-email-verification", params: { userId, redirectUrl, xRequestId, xTraceId }, responses: { "204": "none" } };
const getUserClient = { method: "GET", path: "/v1/users/client", params: { xRequestId, xTraceId }, responses: { "200": "json" } };
const generateUserClientSecret = { method: "PUT", path: "/v1/users/client/secret", params: { xRequestId, xTraceId }, responses: { "200": "json" } };
const getUserIsPasswordSet = { method: "GET", path: "/v1/users/is-password-set", params: { userId: userId2, xRequestId, xTraceId }, responses: { "200": "json" } };
const listObjectStorageCredentials = { method: "GET", path: "/v1/users/{userId}/object-storages/credentials", params: { userId, page, size, orderBy, objectStorageId: objectStorageId2, regionName, displayName, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const getObjectStorageCredential = { method: "GET", path: "/v1/users/{userId}/object-storages/{objectStorageId}/credentials/{credentialId}", params: { userId, objectStorageId, credentialId, xRequestId, xTraceId }, responses: { "200": "json" } };
const regenerateObjectStorageCredential = { method: "PATCH", path: "/v1/users/{userId}/object-storages/{objectStorageId}/credentials/{credentialId}", params: { userId, objectStorageId, credentialId, xRequestId, xTraceId }, responses: { "200": "json" } };
const listRoles = { method: "GET", path: "/v1/roles", params: { page, size, orderBy, name, apiName, tagName: { in: "query", name: "tagName" }, type_, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const createRole = { method: "POST", path: "/v1/roles", params: { xRequestId, xTraceId }, body: "application/json", responses: { "201": "json" } };
const getRole = { method: "GET", path: "/v1/roles/{roleId}", params: { roleId, xRequestId, xTraceId }, responses: { "200": "json" } };
const updateRole = { method: "PUT", path: "/v1/roles/{roleId}", params: { roleId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const deleteRole = { method: "DELETE", path: "/v1/roles/{roleId}", params: { roleId, xRequestId, xTraceId }, responses: { "204": "none" } };
const listApiPermissions = { method: "GET", path: "/v1/roles/api-permissions", params: { page, size, orderBy, apiName, xRequestId, xTraceId }, responses: { "200": "json" } };
const listSecrets = { method: "GET", path: "/v1/secrets", params: { page, size, orderBy, name, type_, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const createSecret = { method: "POST", path: "/v1/secrets", params: { xRequestId, xTraceId }, body: "application/json", responses: { "201": "json" } };
const getSecret = { method: "GET", path: "/v1/secrets/{secretId}", params: { secretId, xRequestId, xTraceId }, responses: { "200": "json" } };
const deleteSecret = { method: "DELETE", path: "/v1/secrets/{secretId}", params: { secretId, xRequestId, xTraceId }, responses: { "204": "none" } };
const updateSecret = { method: "PATCH", path: "/v1/secrets/{secretId}", params: { secretId, xRequestId, xTraceId }, body: "application/json", responses: { "200": "json" } };
const listInstanceAudits = { method: "GET", path: "/v1/compute/instances/audits", params: { page, size, orderBy, instanceId: instanceId2, requestId, changedBy, startDate, endDate, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const listInstanceActionAudits = { method: "GET", path: "/v1/compute/instances/actions/audits", params: { page, size, orderBy, instanceId: instanceId2, requestId, changedBy, startDate, endDate, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const listSnapshotAudits = { method: "GET", path: "/v1/compute/snapshots/audits", params: { page, size, orderBy, instanceId: instanceId2, snapshotId: { in: "query", name: "snapshotId" }, requestId, changedBy, startDate, endDate, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const listImageAudits = { method: "GET", path: "/v1/compute/images/audits", params: { page, size, orderBy, imageId: { in: "query", name: "imageId" }, requestId, changedBy, startDate, endDate, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const listObjectStorageAudits = { method: "GET", path: "/v1/object-storages/audits", params: { page, size, orderBy, objectStorageId: objectStorageId2, requestId, changedBy, startDate, endDate, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const listPrivateNetworkAudits = { method: "GET", path: "/v1/private-networks/audits", params: { page, size, orderBy, privateNetworkId: { in: "query", name: "privateNetworkId" }, requestId, changedBy, startDate, endDate, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const listTagAudits = { method: "GET", path: "/v1/tags/audits", params: { page, size, orderBy, tagId: tagId2, requestId, changedBy, startDate, endDate, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const listTagAssignmentAudits = { method: "GET", path: "/v1/tags/assignments/audits", params: { page, size, orderBy, tagId: tagId2, resourceId: resourceId2, requestId, changedBy, startDate, endDate, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const listUserAudits = { method: "GET", path: "/v1/users/audits", params: { page, size, orderBy, userId: userId2, requestId, changedBy, startDate, endDate, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const listRoleAudits = { method: "GET", path: "/v1/roles/audits", params: { page, size, orderBy, roleId: { in: "query", name: "roleId" }, requestId, changedBy, startDate, endDate, xRequestId, xTraceId }, responses: { "200": "json" } };
const listSecretAudits = { method: "GET", path: "/v1/secrets/audits", params: { page, size, orderBy, secretId: { in: "query", name: "secretId" }, requestId, changedBy, startDate, endDate, xRequestId, xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
export {
  assignInstanceToPrivateNetwork,
  assignVip,
  cancelInstance,
  cancelObjectStorage,
  createCustomImage,
  createInstance,
  createInstanceSnapshot,
  createObjectStorage,
  createPrivateNetwork,
  createRole,
  createSecret,
  createTag,
  createTagAssignment,
  createUser,
  deleteImage,
  deleteInstanceSnapshot,
  deletePrivateNetwork,
  deleteRole,
  deleteSecret,
  deleteTag,
  deleteTagAssignment,
  deleteUser,
  generateUserClientSecret,
  getCustomImageStats,
  getImage,
  getInstance,
  getInstanceSnapshot,
  getObjectStorage,
  getObjectStorageCredential,
  getObjectStorageStats,
  getPrivateNetwork,
  getRole,
  getSecret,
  getTag,
  getTagAssignment,
  getUser,
  getUserClient,
  getUserIsPasswordSet,
  getVip,
  listApiPermissions,
  listDataCenters,
  listImageAudits,
  listImages,
  listInstanceActionAudits,
  listInstanceAudits,
  listInstanceSnapshots,
  listInstances,
  listObjectStorageAudits,
  listObjectStorageCredentials,
  listObjectStorages,
  listPrivateNetworkAudits,
  listPrivateNetworks,
  listRoleAudits,
  listRoles,
  listSecretAudits,
  listSecrets,
  listSnapshotAudits,
  listTagAssignmentAudits,
  listTagAssignments,
  listTagAudits,
  listTags,
  listUserAudits,
  listUsers,
  listVips,
  regenerateObjectStorageCredential,
  reinstallInstance,
  rescueInstance,
  resendUserEmailVerification,
  resetInstancePassword,
  resetUserPassword,
  resizeObjectStorage,
  restartInstance,
  rollbackInstanceSnapshot,
  shutdownInstance,
  startInstance,
  stopInstance,
  unassignInstanceFromPrivateNetwork,
  unassignVip,
  updateImage,
  updateInstance,
  updateInstanceSnapshot,
  updateObjectStorage,
  updatePrivateNetwork,
  updateRole,
  updateSecret,
  updateTag,
  updateUser,
  upgradeInstance
};
