import type { Accepted, ApiPromise, AsyncCallOptions, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { CreateUserParams, DeleteUserParams, GetUserParams, ListUsersParams, ReplaceUserParams, User, Users } from './types.js';
/**
 * Operations on Users.
 *
 * User management: users of the contract.
 */
export declare class Users2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List users
     *
     * Lists the users of the contract.
     *
     * `GET /um/users` (listUsers)
     */
    list<D extends Depth = 0>(params: ListUsersParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Users<Next<D>> | undefined>;
    /**
     * List users
     *
     * Lists the users of the contract.
     *
     * `GET /um/users` (listUsers)
     */
    list<D extends Depth = 0>(params?: ListUsersParams<D>, options?: RequestOptions): ApiPromise<Users<Next<D>>>;
    /**
     * Create a user
     *
     * Creates a user of the contract. The password cannot be changed through the API afterwards.
     *
     * `POST /um/users` (createUser)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateUserParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<User>;
    /**
     * Create a user
     *
     * Creates a user of the contract. The password cannot be changed through the API afterwards.
     *
     * `POST /um/users` (createUser)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateUserParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<User, User>>;
    /**
     * Get a user
     *
     * Reads one user with the resources they own and the groups they belong to.
     *
     * `GET /um/users/{userId}` (getUser)
     */
    get<D extends Depth = 0>(params: GetUserParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<User<D> | undefined>;
    /**
     * Get a user
     *
     * Reads one user with the resources they own and the groups they belong to.
     *
     * `GET /um/users/{userId}` (getUser)
     */
    get<D extends Depth = 0>(params: GetUserParams<D>, options?: RequestOptions): ApiPromise<User<D>>;
    /**
     * Replace a user
     *
     * Sets all writable properties of a user. The password cannot be changed.
     *
     * `PUT /um/users/{userId}` (replaceUser)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceUserParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<User>;
    /**
     * Replace a user
     *
     * Sets all writable properties of a user. The password cannot be changed.
     *
     * `PUT /um/users/{userId}` (replaceUser)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceUserParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<User, User>>;
    /**
     * Delete a user
     *
     * Disables a user. The user is not purged: rename first to reuse the name later.
     *
     * `DELETE /um/users/{userId}` (deleteUser)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteUserParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Delete a user
     *
     * Disables a user. The user is not purged: rename first to reuse the name later.
     *
     * `DELETE /um/users/{userId}` (deleteUser)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteUserParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
}
