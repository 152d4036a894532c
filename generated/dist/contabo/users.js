import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listUsersSpec = { method: "GET", path: "/v1/users", id: "listUsers", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, email: { in: "query", name: "email" }, enabled: { in: "query", name: "enabled" }, owner: { in: "query", name: "owner" }, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
const createUserSpec = { method: "POST", path: "/v1/users", id: "createUser", params: { xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "201": "json" } };
const getUserSpec = { method: "GET", path: "/v1/users/{userId}", id: "getUser", params: { userId: shared.userId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const deleteUserSpec = { method: "DELETE", path: "/v1/users/{userId}", id: "deleteUser", params: { userId: shared.userId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "204": "none" } };
const updateUserSpec = { method: "PATCH", path: "/v1/users/{userId}", id: "updateUser", params: { userId: shared.userId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, body: "application/json", responses: { "200": "json" } };
const resetUserPasswordSpec = { method: "POST", path: "/v1/users/{userId}/reset-password", id: "resetUserPassword", params: { userId: shared.userId, redirectUrl: shared.redirectUrl, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "204": "none" } };
const resendUserEmailVerificationSpec = { method: "POST", path: "/v1/users/{userId}/resend-email-verification", id: "resendUserEmailVerification", params: { userId: shared.userId, redirectUrl: shared.redirectUrl, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "204": "none" } };
const getUserClientSpec = { method: "GET", path: "/v1/users/client", id: "getUserClient", params: { xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const generateUserClientSecretSpec = { method: "PUT", path: "/v1/users/client/secret", id: "generateUserClientSecret", params: { xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const getUserIsPasswordSetSpec = { method: "GET", path: "/v1/users/is-password-set", id: "getUserIsPasswordSet", params: { userId: shared.userId2, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
class UsersApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List users
   *
   * Returns one page of the users of the account. Filter by email (substring), enabled and owner.
   *
   * `GET /v1/users` (listUsers)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listUsersSpec, params, options);
  }
  /**
   * Create a user
   *
   * Creates a user who can sign in to the API and the Customer Control Panel. No password can be set here: the user chooses it through the emails sent to them. Permissions come from the given roles.
   *
   * `POST /v1/users` (createUser)
   */
  create(params, options = {}) {
    return this.#transport.request(createUserSpec, params, options);
  }
  /**
   * Get a user
   *
   * Returns one user with their roles.
   *
   * `GET /v1/users/{userId}` (getUser)
   */
  get(params, options = {}) {
    return this.#transport.request(getUserSpec, params, options);
  }
  /**
   * Delete a user
   *
   * Deletes a user, who loses all access. To lock a user out for a while, set `enabled` to false instead.
   *
   * `DELETE /v1/users/{userId}` (deleteUser)
   */
  delete(params, options = {}) {
    return this.#transport.request(deleteUserSpec, params, options);
  }
  /**
   * Update a user
   *
   * Changes attributes of a user; fields left out keep their value.
   *
   * `PATCH /v1/users/{userId}` (updateUser)
   */
  update(params, options = {}) {
    return this.#transport.request(updateUserSpec, params, options);
  }
  /**
   * Send a password reset email
   *
   * Emails the user a link to choose a new password.
   *
   * `POST /v1/users/{userId}/reset-password` (resetUserPassword)
   */
  resetPassword(params, options = {}) {
    return this.#transport.request(resetUserPasswordSpec, params, options);
  }
  /**
   * Resend the email verification
   *
   * Sends the user the email that verifies their address again.
   *
   * `POST /v1/users/{userId}/resend-email-verification` (resendUserEmailVerification)
   */
  resendEmailVerification(params, options = {}) {
    return this.#transport.request(resendUserEmailVerificationSpec, params, options);
  }
  /**
   * Get the API client
   *
   * Returns the account's OAuth2 client (client id and secret), used to request access tokens.
   *
   * `GET /v1/users/client` (getUserClient)
   */
  getClient(params = {}, options = {}) {
    return this.#transport.request(getUserClientSpec, params, options);
  }
  /**
   * Generate a new client secret
   *
   * Generates a new secret for the account's OAuth2 client and returns it.
   *
   * `PUT /v1/users/client/secret` (generateUserClientSecret)
   */
  generateClientSecret(params = {}, options = {}) {
    return this.#transport.request(generateUserClientSecretSpec, params, options);
  }
  /**
   * Check whether a password is set
   *
   * Tells whether the user given by `userId` has set a password yet.
   *
   * `GET /v1/users/is-password-set` (getUserIsPasswordSet)
   */
  isPasswordSet(params = {}, options = {}) {
    return this.#transport.request(getUserIsPasswordSetSpec, params, options);
  }
}
function listUsers(transport, params = {}, options = {}) {
  return paginate(transport, listUsersSpec, params, options);
}
function createUser(transport, params, options = {}) {
  return transport.request(createUserSpec, params, options);
}
function getUser(transport, params, options = {}) {
  return transport.request(getUserSpec, params, options);
}
function deleteUser(transport, params, options = {}) {
  return transport.request(deleteUserSpec, params, options);
}
function updateUser(transport, params, options = {}) {
  return transport.request(updateUserSpec, params, options);
}
function resetUserPassword(transport, params, options = {}) {
  return transport.request(resetUserPasswordSpec, params, options);
}
function resendUserEmailVerification(transport, params, options = {}) {
  return transport.request(resendUserEmailVerificationSpec, params, options);
}
function getUserClient(transport, params = {}, options = {}) {
  return transport.request(getUserClientSpec, params, options);
}
function generateUserClientSecret(transport, params = {}, options = {}) {
  return transport.request(generateUserClientSecretSpec, params, options);
}
function getUserIsPasswordSet(transport, params = {}, options = {}) {
  return transport.request(getUserIsPasswordSetSpec, params, options);
}
export {
  UsersApi,
  createUser,
  deleteUser,
  generateUserClientSecret,
  getUser,
  getUserClient,
  getUserIsPasswordSet,
  listUsers,
  resendUserEmailVerification,
  resetUserPassword,
  updateUser
};
