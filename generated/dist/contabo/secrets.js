import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listSecretsSpec = { method: "GET", path: "/v1/secrets", id: "listSecrets", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, name: shared.name, type_: shared.type_, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages" } };
const createSecretSpec = { method: "POST", path: "/v1/secrets", id: "createSecret", params: { xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
const getSecretSpec = { method: "GET", path: "/v1/secrets/{secretId}", id: "getSecret", params: { secretId: shared.secretId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const deleteSecretSpec = { method: "DELETE", path: "/v1/secrets/{secretId}", id: "deleteSecret", params: { secretId: shared.secretId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "204": "none" } };
const updateSecretSpec = { method: "PATCH", path: "/v1/secrets/{secretId}", id: "updateSecret", params: { secretId: shared.secretId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
class SecretsApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List secrets
   *
   * Returns one page of the stored passwords and SSH keys. Filter by name and type.
   *
   * `GET /v1/secrets` (listSecrets)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listSecretsSpec, params, options);
  }
  /**
   * Create a secret
   *
   * Stores a password or an SSH public key. A password needs upper- and lower-case letters and either one digit and two special characters or three digits and one special character (from `!@#$^&*?_~`), at least 8 characters in all.
   *
   * `POST /v1/secrets` (createSecret)
   */
  create(params, options = {}) {
    return this.#transport.request(createSecretSpec, params, options);
  }
  /**
   * Get a secret
   *
   * Returns one secret, including its value.
   *
   * `GET /v1/secrets/{secretId}` (getSecret)
   */
  get(params, options = {}) {
    return this.#transport.request(getSecretSpec, params, options);
  }
  /**
   * Delete a secret
   *
   * Deletes a secret.
   *
   * `DELETE /v1/secrets/{secretId}` (deleteSecret)
   */
  delete(params, options = {}) {
    return this.#transport.request(deleteSecretSpec, params, options);
  }
  /**
   * Update a secret
   *
   * Changes the name and/or value of a secret; its type cannot change.
   *
   * `PATCH /v1/secrets/{secretId}` (updateSecret)
   */
  update(params, options = {}) {
    return this.#transport.request(updateSecretSpec, params, options);
  }
}
function listSecrets(transport, params = {}, options = {}) {
  return paginate(transport, listSecretsSpec, params, options);
}
function createSecret(transport, params, options = {}) {
  return transport.request(createSecretSpec, params, options);
}
function getSecret(transport, params, options = {}) {
  return transport.request(getSecretSpec, params, options);
}
function deleteSecret(transport, params, options = {}) {
  return transport.request(deleteSecretSpec, params, options);
}
function updateSecret(transport, params, options = {}) {
  return transport.request(updateSecretSpec, params, options);
}
export {
  SecretsApi,
  createSecret,
  deleteSecret,
  getSecret,
  listSecrets,
  updateSecret
};
