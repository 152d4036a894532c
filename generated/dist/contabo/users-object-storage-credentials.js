import * as ops from "./operations.js";
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
    return this.#transport.paginate(ops.listObjectStorageCredentials, params, options);
  }
  /**
   * Get an S3 credential
   *
   * Returns one S3 credential of a user for an object storage.
   *
   * `GET /v1/users/{userId}/object-storages/{objectStorageId}/credentials/{credentialId}` (getObjectStorageCredential)
   */
  get(params, options = {}) {
    return this.#transport.request(ops.getObjectStorageCredential, params, options);
  }
  /**
   * Regenerate an S3 secret key
   *
   * Replaces the secret key of a user's S3 credential with a new one and returns it.
   *
   * `PATCH /v1/users/{userId}/object-storages/{objectStorageId}/credentials/{credentialId}` (regenerateObjectStorageCredential)
   */
  regenerate(params, options = {}) {
    return this.#transport.request(ops.regenerateObjectStorageCredential, params, options);
  }
}
export {
  UsersObjectStorageCredentialsApi
};
