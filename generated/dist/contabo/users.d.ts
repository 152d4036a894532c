import type { ApiPromise, PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { CreateUserParams, CreateUserResponse, DeleteUserParams, FindClientResponse, FindUserIsPasswordSetResponse, FindUserResponse, GenerateClientSecretResponse, GenerateUserClientSecretParams, GetUserClientParams, GetUserIsPasswordSetParams, GetUserParams, ListUserResponse, ListUsersParams, ResendUserEmailVerificationParams, ResetUserPasswordParams, UpdateUserParams, UpdateUserResponse, UserResponse } from './types.js';
/**
 * Operations on Users.
 *
 * Users of the account, the account's OAuth2 client and its secret.
 */
export declare class Users {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List users
     *
     * Returns one page of the users of the account. Filter by email (substring), enabled and owner.
     *
     * `GET /v1/users` (listUsers)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListUsersParams, options?: RequestOptions): PagePromise<ListUserResponse, UserResponse>;
    /**
     * Create a user
     *
     * Creates a user who can sign in to the API and the Customer Control Panel. No password can be set here: the user chooses it through the emails sent to them. Permissions come from the given roles.
     *
     * `POST /v1/users` (createUser)
     */
    create(params: CreateUserParams, options?: RequestOptions): ApiPromise<CreateUserResponse>;
    /**
     * Get a user
     *
     * Returns one user with their roles.
     *
     * `GET /v1/users/{userId}` (getUser)
     */
    get(params: GetUserParams, options?: RequestOptions): ApiPromise<FindUserResponse>;
    /**
     * Delete a user
     *
     * Deletes a user, who loses all access. To lock a user out for a while, set `enabled` to false instead.
     *
     * `DELETE /v1/users/{userId}` (deleteUser)
     */
    delete(params: DeleteUserParams, options?: RequestOptions): ApiPromise<undefined>;
    /**
     * Update a user
     *
     * Changes attributes of a user; fields left out keep their value.
     *
     * `PATCH /v1/users/{userId}` (updateUser)
     */
    update(params: UpdateUserParams, options?: RequestOptions): ApiPromise<UpdateUserResponse>;
    /**
     * Send a password reset email
     *
     * Emails the user a link to choose a new password.
     *
     * `POST /v1/users/{userId}/reset-password` (resetUserPassword)
     */
    resetPassword(params: ResetUserPasswordParams, options?: RequestOptions): ApiPromise<undefined>;
    /**
     * Resend the email verification
     *
     * Sends the user the email that verifies their address again.
     *
     * `POST /v1/users/{userId}/resend-email-verification` (resendUserEmailVerification)
     */
    resendEmailVerification(params: ResendUserEmailVerificationParams, options?: RequestOptions): ApiPromise<undefined>;
    /**
     * Get the API client
     *
     * Returns the account's OAuth2 client (client id and secret), used to request access tokens.
     *
     * `GET /v1/users/client` (getUserClient)
     */
    getClient(params?: GetUserClientParams, options?: RequestOptions): ApiPromise<FindClientResponse>;
    /**
     * Generate a new client secret
     *
     * Generates a new secret for the account's OAuth2 client and returns it.
     *
     * `PUT /v1/users/client/secret` (generateUserClientSecret)
     */
    generateClientSecret(params?: GenerateUserClientSecretParams, options?: RequestOptions): ApiPromise<GenerateClientSecretResponse>;
    /**
     * Check whether a password is set
     *
     * Tells whether the user given by `userId` has set a password yet.
     *
     * `GET /v1/users/is-password-set` (getUserIsPasswordSet)
     */
    isPasswordSet(params?: GetUserIsPasswordSetParams, options?: RequestOptions): ApiPromise<FindUserIsPasswordSetResponse>;
}
