import type { Accepted, ApiPromise, AsyncCallOptions, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { AddGroupShareParams, AddGroupUserParams, CreateGroupParams, DeleteGroupParams, GetGroupParams, GetGroupShareParams, Group, Groups, ListGroupSharesParams, ListGroupUsersParams, ListGroupsParams, RemoveGroupShareParams, RemoveGroupUserParams, ReplaceGroupParams, ReplaceGroupShareParams, Share, Shares, User, Users } from './types.js';
/**
 * Operations on Groups.
 *
 * User management: groups, their privileges, members and shared resources.
 */
export declare class Groups2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List groups
     *
     * Lists the user groups of the contract.
     *
     * `GET /um/groups` (listGroups)
     */
    list<D extends Depth = 0>(params: ListGroupsParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Groups<Next<D>> | undefined>;
    /**
     * List groups
     *
     * Lists the user groups of the contract.
     *
     * `GET /um/groups` (listGroups)
     */
    list<D extends Depth = 0>(params?: ListGroupsParams<D>, options?: RequestOptions): ApiPromise<Groups<Next<D>>>;
    /**
     * Create a group
     *
     * Creates a user group with its privileges.
     *
     * `POST /um/groups` (createGroup)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateGroupParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Group>;
    /**
     * Create a group
     *
     * Creates a user group with its privileges.
     *
     * `POST /um/groups` (createGroup)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateGroupParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Group, Group>>;
    /**
     * Get a group
     *
     * Reads one group; depth expands its members and resources.
     *
     * `GET /um/groups/{groupId}` (getGroup)
     */
    get<D extends Depth = 0>(params: GetGroupParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Group<D> | undefined>;
    /**
     * Get a group
     *
     * Reads one group; depth expands its members and resources.
     *
     * `GET /um/groups/{groupId}` (getGroup)
     */
    get<D extends Depth = 0>(params: GetGroupParams<D>, options?: RequestOptions): ApiPromise<Group<D>>;
    /**
     * Replace a group
     *
     * Sets the name and privileges of a group. The name is required; privileges left out become false.
     *
     * `PUT /um/groups/{groupId}` (replaceGroup)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceGroupParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Group>;
    /**
     * Replace a group
     *
     * Sets the name and privileges of a group. The name is required; privileges left out become false.
     *
     * `PUT /um/groups/{groupId}` (replaceGroup)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceGroupParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Group, Group>>;
    /**
     * Delete a group
     *
     * Deletes a group. Its resources stay but its members lose access through it.
     *
     * `DELETE /um/groups/{groupId}` (deleteGroup)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteGroupParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Delete a group
     *
     * Deletes a group. Its resources stay but its members lose access through it.
     *
     * `DELETE /um/groups/{groupId}` (deleteGroup)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteGroupParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * List a group's shares
     *
     * Lists the resources shared with a group and the group's privileges on each.
     *
     * `GET /um/groups/{groupId}/shares` (listGroupShares)
     */
    listShares<D extends Depth = 0>(params: ListGroupSharesParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Shares<Next<D>> | undefined>;
    /**
     * List a group's shares
     *
     * Lists the resources shared with a group and the group's privileges on each.
     *
     * `GET /um/groups/{groupId}/shares` (listGroupShares)
     */
    listShares<D extends Depth = 0>(params: ListGroupSharesParams<D>, options?: RequestOptions): ApiPromise<Shares<Next<D>>>;
    /**
     * Get a share
     *
     * Reads the group's privileges on one shared resource.
     *
     * `GET /um/groups/{groupId}/shares/{resourceId}` (getGroupShare)
     */
    getShare<D extends Depth = 0>(params: GetGroupShareParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Share | undefined>;
    /**
     * Get a share
     *
     * Reads the group's privileges on one shared resource.
     *
     * `GET /um/groups/{groupId}/shares/{resourceId}` (getGroupShare)
     */
    getShare<D extends Depth = 0>(params: GetGroupShareParams<D>, options?: RequestOptions): ApiPromise<Share>;
    /**
     * Replace a share's privileges
     *
     * Sets the privileges of a group on a shared resource.
     *
     * `PUT /um/groups/{groupId}/shares/{resourceId}` (replaceGroupShare)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replaceShare(params: ReplaceGroupShareParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Share>;
    /**
     * Replace a share's privileges
     *
     * Sets the privileges of a group on a shared resource.
     *
     * `PUT /um/groups/{groupId}/shares/{resourceId}` (replaceGroupShare)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replaceShare(params: ReplaceGroupShareParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Share, Share>>;
    /**
     * Share a resource with a group
     *
     * Shares a resource (e.g. an image or snapshot) with a group. Without a body both privileges are false.
     *
     * `POST /um/groups/{groupId}/shares/{resourceId}` (addGroupShare)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    addShare(params: AddGroupShareParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Share>;
    /**
     * Share a resource with a group
     *
     * Shares a resource (e.g. an image or snapshot) with a group. Without a body both privileges are false.
     *
     * `POST /um/groups/{groupId}/shares/{resourceId}` (addGroupShare)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    addShare(params: AddGroupShareParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Share, Share>>;
    /**
     * Stop sharing a resource
     *
     * Removes a resource from a group's shares.
     *
     * `DELETE /um/groups/{groupId}/shares/{resourceId}` (removeGroupShare)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    removeShare(params: RemoveGroupShareParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Stop sharing a resource
     *
     * Removes a resource from a group's shares.
     *
     * `DELETE /um/groups/{groupId}/shares/{resourceId}` (removeGroupShare)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    removeShare(params: RemoveGroupShareParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * List a group's members
     *
     * Lists the users that belong to a group.
     *
     * `GET /um/groups/{groupId}/users` (listGroupUsers)
     */
    listUsers<D extends Depth = 0>(params: ListGroupUsersParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Users<Next<D>> | undefined>;
    /**
     * List a group's members
     *
     * Lists the users that belong to a group.
     *
     * `GET /um/groups/{groupId}/users` (listGroupUsers)
     */
    listUsers<D extends Depth = 0>(params: ListGroupUsersParams<D>, options?: RequestOptions): ApiPromise<Users<Next<D>>>;
    /**
     * Add a user to a group
     *
     * Makes an existing user a member of a group.
     *
     * `POST /um/groups/{groupId}/users` (addGroupUser)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    addUser(params: AddGroupUserParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<User>;
    /**
     * Add a user to a group
     *
     * Makes an existing user a member of a group.
     *
     * `POST /um/groups/{groupId}/users` (addGroupUser)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    addUser(params: AddGroupUserParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<User, User>>;
    /**
     * Remove a user from a group
     *
     * Ends a user's membership of a group; the user stays.
     *
     * `DELETE /um/groups/{groupId}/users/{userId}` (removeGroupUser)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    removeUser(params: RemoveGroupUserParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Remove a user from a group
     *
     * Ends a user's membership of a group; the user stays.
     *
     * `DELETE /um/groups/{groupId}/users/{userId}` (removeGroupUser)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    removeUser(params: RemoveGroupUserParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
}
