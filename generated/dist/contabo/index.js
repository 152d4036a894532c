export * from "../runtime/index.js";
import { ContaboClient, createContaboTransport } from "./client.js";
import { listInstances, createInstance, getInstance, waitForInstance, reinstallInstance, updateInstance, cancelInstance, upgradeInstance } from "./instances.js";
import { startInstance, restartInstance, stopInstance, shutdownInstance, rescueInstance, resetInstancePassword } from "./instance-actions.js";
import { listInstanceSnapshots, createInstanceSnapshot, getInstanceSnapshot, deleteInstanceSnapshot, updateInstanceSnapshot, rollbackInstanceSnapshot } from "./snapshots.js";
import { listImages, createCustomImage, getImage, waitForCustomImage, deleteImage, updateImage, getCustomImageStats } from "./images.js";
import { listObjectStorages, createObjectStorage, listDataCenters, getObjectStorage, waitForObjectStorage, updateObjectStorage, resizeObjectStorage, getObjectStorageStats, cancelObjectStorage } from "./object-storages.js";
import { listPrivateNetworks, createPrivateNetwork, getPrivateNetwork, deletePrivateNetwork, updatePrivateNetwork, assignInstanceToPrivateNetwork, unassignInstanceFromPrivateNetwork } from "./private-networks.js";
import { listVips, getVip, assignVip, unassignVip } from "./vip.js";
import { listTags, createTag, getTag, deleteTag, updateTag } from "./tags.js";
import { listTagAssignments, getTagAssignment, createTagAssignment, deleteTagAssignment } from "./tag-assignments.js";
import { listUsers, createUser, getUser, deleteUser, updateUser, resetUserPassword, resendUserEmailVerification, getUserClient, generateUserClientSecret, getUserIsPasswordSet } from "./users.js";
import { listObjectStorageCredentials, getObjectStorageCredential, regenerateObjectStorageCredential } from "./users-object-storage-credentials.js";
import { listRoles, createRole, getRole, updateRole, deleteRole, listApiPermissions } from "./roles.js";
import { listSecrets, createSecret, getSecret, deleteSecret, updateSecret } from "./secrets.js";
import { listInstanceAudits } from "./instances-audits.js";
import { listInstanceActionAudits } from "./instance-actions-audits.js";
import { listSnapshotAudits } from "./snapshots-audits.js";
import { listImageAudits } from "./images-audits.js";
import { listObjectStorageAudits } from "./object-storages-audits.js";
import { listPrivateNetworkAudits } from "./private-networks-audits.js";
import { listTagAudits } from "./tags-audits.js";
import { listTagAssignmentAudits } from "./tag-assignments-audits.js";
import { listUserAudits } from "./users-audits.js";
import { listRoleAudits } from "./roles-audits.js";
import { listSecretAudits } from "./secrets-audits.js";
export {
  ContaboClient,
  assignInstanceToPrivateNetwork,
  assignVip,
  cancelInstance,
  cancelObjectStorage,
  createContaboTransport,
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
  upgradeInstance,
  waitForCustomImage,
  waitForInstance,
  waitForObjectStorage
};
