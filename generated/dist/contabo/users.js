import * as ops from "./operations.js";
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
    return this.#transport.paginate(ops.listUsers, params, options);
  }
  /**
   * Create a user
   *
   * Creates a user who can sign in to the API and the Customer Control Panel. No password can be set here: the user chooses it through the emails sent to them. Permissions come from the given roles.
   *
   * `POST /v1/users` (createUser)
   */
  create(params, options = {}) {
    return this.#transport.request(ops.createUser, params, options);
  }
  /**
   * Get a user
   *
   * Returns one user with their roles.
   *
   * `GET /v1/users/{userId}` (getUser)
   */
  get(params, options = {}) {
    return this.#transport.request(ops.getUser, params, options);
  }
  /**
   * Delete a user
   *
   * Deletes a user, who loses all access. To lock a user out for a while, set `enabled` to false instead.
   *
   * `DELETE /v1/users/{userId}` (deleteUser)
   */
  delete(params, options = {}) {
    return this.#transport.request(ops.deleteUser, params, options);
  }
  /**
   * Update a user
   *
   * Changes attributes of a user; fields left out keep their value.
   *
   * `PATCH /v1/users/{userId}` (updateUser)
   */
  update(params, options = {}) {
    return this.#transport.request(ops.updateUser, params, options);
  }
  /**
   * Send a password reset email
   *
   * Emails the user a link to choose a new password.
   *
   * `POST /v1/users/{userId}/reset-password` (resetUserPassword)
   */
  resetPassword(params, options = {}) {
    return this.#transport.request(ops.resetUserPassword, params, options);
  }
  /**
   * Resend the email verification
   *
   * Sends the user the email that verifies their address again.
   *
   * `POST /v1/users/{userId}/resend-email-verification` (resendUserEmailVerification)
   */
  resendEmailVerification(params, options = {}) {
    return this.#transport.request(ops.resendUserEmailVerification, params, options);
  }
  /**
   * Get the API client
   *
   * Returns the account's OAuth2 client (client id and secret), used to request access tokens.
   *
   * `GET /v1/users/client` (getUserClient)
   */
  getClient(params = {}, options = {}) {
    return this.#transport.request(ops.getUserClient, params, options);
  }
  /**
   * Generate a new client secret
   *
   * Generates a new secret for the account's OAuth2 client and returns it.
   *
   * `PUT /v1/users/client/secret` (generateUserClientSecret)
   */
  generateClientSecret(params = {}, options = {}) {
    return this.#transport.request(ops.generateUserClientSecret, params, options);
  }
  /**
   * Check whether a password is set
   *
   * Tells whether the user given by `userId` has set a password yet.
   *
   * `GET /v1/users/is-password-set` (getUserIsPasswordSet)
   */
  isPasswordSet(params = {}, options = {}) {
    return this.#transport.request(ops.getUserIsPasswordSet, params, options);
  }
}
export {
  UsersApi
};
