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
const listDatacenters = { method: "GET", path: "/datacenters", params: { depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenter = { method: "POST", path: "/datacenters", params: { pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getDatacenter = { method: "GET", path: "/datacenters/{dataCenterId}", params: { dataCenterId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenter = { method: "PUT", path: "/datacenters/{dataCenterId}", params: { dataCenterId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const deleteDatacenter = { method: "DELETE", path: "/datacenters/{dataCenterId}", params: { dataCenterId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const updateDatacenter = { method: "PATCH", path: "/datacenters/{dataCenterId}", params: { dataCenterId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const listLocations = { method: "GET", path: "/locations", params: { depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const listRegionLocations = { method: "GET", path: "/locations/{regionId}", params: { regionId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getLocation = { method: "GET", path: "/locations/{regionId}/{locationId}", params: { regionId, locationId: { in: "path", name: "locationId" }, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const listDatacenterServers = { method: "GET", path: "/datacenters/{dataCenterId}/servers", params: { dataCenterId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterServer = { method: "POST", path: "/datacenters/{dataCenterId}/servers", params: { dataCenterId, pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getDatacenterServer = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}", params: { dataCenterId, serverId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterServer = { method: "PUT", path: "/datacenters/{dataCenterId}/servers/{serverId}", params: { dataCenterId, serverId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const deleteDatacenterServer = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}", params: { dataCenterId, serverId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const updateDatacenterServer = { method: "PATCH", path: "/datacenters/{dataCenterId}/servers/{serverId}", params: { dataCenterId, serverId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const listServerVolumes = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/volumes", params: { dataCenterId, serverId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const attachServerVolume = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/volumes", params: { dataCenterId, serverId, pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getServerVolume = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/volumes/{volumeId}", params: { dataCenterId, serverId, volumeId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const detachServerVolume = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}/volumes/{volumeId}", params: { dataCenterId, serverId, volumeId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const listServerCdroms = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/cdroms", params: { dataCenterId, serverId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const attachServerCdrom = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/cdroms", params: { dataCenterId, serverId, pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getServerCdrom = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/cdroms/{cdromId}", params: { dataCenterId, serverId, cdromId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const detachServerCdrom = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}/cdroms/{cdromId}", params: { dataCenterId, serverId, cdromId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const rebootServer = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/reboot", params: { dataCenterId, serverId, pbContractNumber }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const startServer = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/start", params: { dataCenterId, serverId, pbContractNumber }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const stopServer = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/stop", params: { dataCenterId, serverId, pbContractNumber }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const listImages = { method: "GET", path: "/images", params: { depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getImage = { method: "GET", path: "/images/{imageId}", params: { imageId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceImage = { method: "PUT", path: "/images/{imageId}", params: { imageId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const deleteImage = { method: "DELETE", path: "/images/{imageId}", params: { imageId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const updateImage = { method: "PATCH", path: "/images/{imageId}", params: { imageId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const listDatacenterVolumes = { method: "GET", path: "/datacenters/{dataCenterId}/volumes", params: { dataCenterId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterVolume = { method: "POST", path: "/datacenters/{dataCenterId}/volumes", params: { dataCenterId, pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getDatacenterVolume = { method: "GET", path: "/datacenters/{dataCenterId}/volumes/{volumeId}", params: { dataCenterId, volumeId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterVolume = { method: "PUT", path: "/datacenters/{dataCenterId}/volumes/{volumeId}", params: { dataCenterId, volumeId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const deleteDatacenterVolume = { method: "DELETE", path: "/datacenters/{dataCenterId}/volumes/{volumeId}", params: { dataCenterId, volumeId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const updateDatacenterVolume = { method: "PATCH", path: "/datacenters/{dataCenterId}/volumes/{volumeId}", params: { dataCenterId, volumeId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const createVolumeSnapshot = { method: "POST", path: "/datacenters/{dataCenterId}/volumes/{volumeId}/create-snapshot", params: { dataCenterId, volumeId, pbContractNumber }, body: "application/x-www-form-urlencoded", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const restoreVolumeSnapshot = { method: "POST", path: "/datacenters/{dataCenterId}/volumes/{volumeId}/restore-snapshot", params: { dataCenterId, volumeId, pbContractNumber }, body: "application/x-www-form-urlencoded", responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const listSnapshots = { method: "GET", path: "/snapshots", params: { depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getSnapshot = { method: "GET", path: "/snapshots/{snapshotId}", params: { snapshotId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceSnapshot = { method: "PUT", path: "/snapshots/{snapshotId}", params: { snapshotId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const deleteSnapshot = { method: "DELETE", path: "/snapshots/{snapshotId}", params: { snapshotId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const updateSnapshot = { method: "PATCH", path: "/snapshots/{snapshotId}", params: { snapshotId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const listIpBlocks = { method: "GET", path: "/ipblocks", params: { depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createIpBlock = { method: "POST", path: "/ipblocks", params: { pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getIpBlock = { method: "GET", path: "/ipblocks/{ipBlockId}", params: { ipBlockId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const deleteIpBlock = { method: "DELETE", path: "/ipblocks/{ipBlockId}", params: { ipBlockId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const listDatacenterLans = { method: "GET", path: "/datacenters/{dataCenterId}/lans", params: { dataCenterId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterLan = { method: "POST", path: "/datacenters/{dataCenterId}/lans", params: { dataCenterId, pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getDatacenterLan = { method: "GET", path: "/datacenters/{dataCenterId}/lans/{lanId}", params: { dataCenterId, lanId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterLan = { method: "PUT", path: "/datacenters/{dataCenterId}/lans/{lanId}", params: { dataCenterId, lanId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const deleteDatacenterLan = { method: "DELETE", path: "/datacenters/{dataCenterId}/lans/{lanId}", params: { dataCenterId, lanId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const updateDatacenterLan = { method: "PATCH", path: "/datacenters/{dataCenterId}/lans/{lanId}", params: { dataCenterId, lanId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const listServerNics = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics", params: { dataCenterId, serverId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createServerNic = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics", params: { dataCenterId, serverId, pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getServerNic = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}", params: { dataCenterId, serverId, nicId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceServerNic = { method: "PUT", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}", params: { dataCenterId, serverId, nicId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const deleteServerNic = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}", params: { dataCenterId, serverId, nicId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const updateServerNic = { method: "PATCH", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}", params: { dataCenterId, serverId, nicId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const listNicFirewallRules = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules", params: { dataCenterId, serverId, nicId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createNicFirewallRule = { method: "POST", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules", params: { dataCenterId, serverId, nicId, pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getNicFirewallRule = { method: "GET", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}", params: { dataCenterId, serverId, nicId, firewallRuleId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceNicFirewallRule = { method: "PUT", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}", params: { dataCenterId, serverId, nicId, firewallRuleId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const deleteNicFirewallRule = { method: "DELETE", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}", params: { dataCenterId, serverId, nicId, firewallRuleId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const updateNicFirewallRule = { method: "PATCH", path: "/datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}", params: { dataCenterId, serverId, nicId, firewallRuleId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const listDatacenterLoadBalancers = { method: "GET", path: "/datacenters/{dataCenterId}/loadbalancers", params: { dataCenterId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createDatacenterLoadBalancer = { method: "POST", path: "/datacenters/{dataCenterId}/loadbalancers", params: { dataCenterId, pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getDatacenterLoadBalancer = { method: "GET", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}", params: { dataCenterId, loadBalancerId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceDatacenterLoadBalancer = { method: "PUT", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}", params: { dataCenterId, loadBalancerId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const deleteDatacenterLoadBalancer = { method: "DELETE", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}", params: { dataCenterId, loadBalancerId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const updateDatacenterLoadBalancer = { method: "PATCH", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}", params: { dataCenterId, loadBalancerId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const listBalancedNics = { method: "GET", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics", params: { dataCenterId, loadBalancerId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const attachBalancedNic = { method: "POST", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics", params: { dataCenterId, loadBalancerId, pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getBalancedNic = { method: "GET", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics/{nicId}", params: { dataCenterId, loadBalancerId, nicId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const detachBalancedNic = { method: "DELETE", path: "/datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics/{nicId}", params: { dataCenterId, loadBalancerId, nicId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const listRequests = { method: "GET", path: "/requests", params: { depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getRequest = { method: "GET", path: "/requests/{requestId}", params: { requestId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getRequestStatus = { method: "GET", path: "/requests/{requestId}/status", params: { requestId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getContractResources = { method: "GET", path: "/contracts", params: { depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const listGroups = { method: "GET", path: "/um/groups", params: { depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createGroup = { method: "POST", path: "/um/groups", params: { pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getGroup = { method: "GET", path: "/um/groups/{groupId}", params: { groupId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceGroup = { method: "PUT", path: "/um/groups/{groupId}", params: { groupId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const deleteGroup = { method: "DELETE", path: "/um/groups/{groupId}", params: { groupId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const listGroupShares = { method: "GET", path: "/um/groups/{groupId}/shares", params: { groupId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getGroupShare = { method: "GET", path: "/um/groups/{groupId}/shares/{resourceId}", params: { groupId, resourceId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceGroupShare = { method: "PUT", path: "/um/groups/{groupId}/shares/{resourceId}", params: { groupId, resourceId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const addGroupShare = { method: "POST", path: "/um/groups/{groupId}/shares/{resourceId}", params: { groupId, resourceId, pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const removeGroupShare = { method: "DELETE", path: "/um/groups/{groupId}/shares/{resourceId}", params: { groupId, resourceId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const listGroupUsers = { method: "GET", path: "/um/groups/{groupId}/users", params: { groupId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const addGroupUser = { method: "POST", path: "/um/groups/{groupId}/users", params: { groupId, pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const removeGroupUser = { method: "DELETE", path: "/um/groups/{groupId}/users/{userId}", params: { groupId, userId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const listUsers = { method: "GET", path: "/um/users", params: { depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const createUser = { method: "POST", path: "/um/users", params: { pbContractNumber }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const getUser = { method: "GET", path: "/um/users/{userId}", params: { userId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const replaceUser = { method: "PUT", path: "/um/users/{userId}", params: { userId, pbContractNumber, ifMatch }, body: "application/json", responses: { "202": "json" }, async: { result: "resource", status: asyncStatus } };
const deleteUser = { method: "DELETE", path: "/um/users/{userId}", params: { userId, pbContractNumber, ifMatch }, responses: { "202": "none" }, async: { result: "none", status: asyncStatus } };
const listResources = { method: "GET", path: "/um/resources", params: { depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const listResourcesByType = { method: "GET", path: "/um/resources/{resourceType}", params: { resourceType, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
const getResource = { method: "GET", path: "/um/resources/{resourceType}/{resourceId}", params: { resourceType, resourceId, depth, pretty, pbContractNumber, ifNoneMatch }, responses: { "200": "json", "304": "none" } };
export {
  addGroupShare,
  addGroupUser,
  asyncStatus,
  attachBalancedNic,
  attachServerCdrom,
  attachServerVolume,
  createDatacenter,
  createDatacenterLan,
  createDatacenterLoadBalancer,
  createDatacenterServer,
  createDatacenterVolume,
  createGroup,
  createIpBlock,
  createNicFirewallRule,
  createServerNic,
  createUser,
  createVolumeSnapshot,
  deleteDatacenter,
  deleteDatacenterLan,
  deleteDatacenterLoadBalancer,
  deleteDatacenterServer,
  deleteDatacenterVolume,
  deleteGroup,
  deleteImage,
  deleteIpBlock,
  deleteNicFirewallRule,
  deleteServerNic,
  deleteSnapshot,
  deleteUser,
  detachBalancedNic,
  detachServerCdrom,
  detachServerVolume,
  getBalancedNic,
  getContractResources,
  getDatacenter,
  getDatacenterLan,
  getDatacenterLoadBalancer,
  getDatacenterServer,
  getDatacenterVolume,
  getGroup,
  getGroupShare,
  getImage,
  getIpBlock,
  getLocation,
  getNicFirewallRule,
  getRequest,
  getRequestStatus,
  getResource,
  getServerCdrom,
  getServerNic,
  getServerVolume,
  getSnapshot,
  getUser,
  listBalancedNics,
  listDatacenterLans,
  listDatacenterLoadBalancers,
  listDatacenterServers,
  listDatacenterVolumes,
  listDatacenters,
  listGroupShares,
  listGroupUsers,
  listGroups,
  listImages,
  listIpBlocks,
  listLocations,
  listNicFirewallRules,
  listRegionLocations,
  listRequests,
  listResources,
  listResourcesByType,
  listServerCdroms,
  listServerNics,
  listServerVolumes,
  listSnapshots,
  listUsers,
  rebootServer,
  removeGroupShare,
  removeGroupUser,
  replaceDatacenter,
  replaceDatacenterLan,
  replaceDatacenterLoadBalancer,
  replaceDatacenterServer,
  replaceDatacenterVolume,
  replaceGroup,
  replaceGroupShare,
  replaceImage,
  replaceNicFirewallRule,
  replaceServerNic,
  replaceSnapshot,
  replaceUser,
  restoreVolumeSnapshot,
  startServer,
  stopServer,
  updateDatacenter,
  updateDatacenterLan,
  updateDatacenterLoadBalancer,
  updateDatacenterServer,
  updateDatacenterVolume,
  updateImage,
  updateNicFirewallRule,
  updateServerNic,
  updateSnapshot
};
