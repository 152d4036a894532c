import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listObjectStorageCredentialsSpec = { method: "GET", path: "/v1/users/{userId}/object-storages/credentials", id: "listObjectStorageCredentials", params: { userId: shared.userId, page: shared.page, size: shared.size, orderBy: shared.orderBy, objectStorageId: shared.objectStorageId2, regionName: shared.regionName, displayName: shared.displayName, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
const getObjectStorageCredentialSpec = { method: "GET", path: "/v1/users/{userId}/object-storages/{objectStorageId}/credentials/{credentialId}", id: "getObjectStorageCredential", params: { userId: shared.userId, objectStorageId: shared.objectStorageId, credentialId: shared.credentialId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const regenerateObjectStorageCredentialSpec = { method: "PATCH", path: "/v1/users/{userId}/object-storages/{objectStorageId}/credentials/{credentialId}", id: "regenerateObjectStorageCredential", params: { userId: shared.userId, objectStorageId: shared.objectStorageId, credentialId: shared.credentialId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
class UsersObjectStorageCredentialsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List a user's S3 credentials
   *
   * Returns one page of the user's S3 credentials (access key and secret key) for the object storages, for use with S3 tools.
   *
   * `GET /v1/users/{userId}/object-storages/credentials` (listObjectStorageCredentials)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params, options = {}) {
    return paginate(this.#transport, listObjectStorageCredentialsSpec, params, options);
  }
  /**
   * Get an S3 credential
   *
   * Returns one S3 credential of a user for an object storage.
   *
   * `GET /v1/users/{userId}/object-storages/{objectStorageId}/credentials/{credentialId}` (getObjectStorageCredential)
   */
  get(params, options = {}) {
    return this.#transport.request(getObjectStorageCredentialSpec, params, options);
  }
  /**
   * Regenerate an S3 secret key
   *
   * Replaces the secret key of a user's S3 credential with a new one and returns it.
   *
   * `PATCH /v1/users/{userId}/object-storages/{objectStorageId}/credentials/{credentialId}` (regenerateObjectStorageCredential)
   */
  regenerate(params, options = {}) {
    return this.#transport.request(regenerateObjectStorageCredentialSpec, params, options);
  }
}
function listObjectStorageCredentials(transport, params, options = {}) {
  return paginate(transport, listObjectStorageCredentialsSpec, params, options);
}
function getObjectStorageCredential(transport, params, options = {}) {
  return transport.request(getObjectStorageCredentialSpec, params, options);
}
function regenerateObjectStorageCredential(transport, params, options = {}) {
  return transport.request(regenerateObjectStorageCredentialSpec, params, options);
}
export {
  UsersObjectStorageCredentialsApi,
  getObjectStorageCredential,
  listObjectStorageCredentials,
  regenerateObjectStorageCredential
};
