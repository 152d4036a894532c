import type { ApiPromise, PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { CreateRoleParams, CreateRoleResponse, DeleteRoleParams, FindRoleResponse, GetRoleParams, ListApiPermissionResponse, ListApiPermissionsParams, ListRoleResponse, ListRolesParams, RoleResponse, UpdateRoleParams, UpdateRoleResponse } from './types.js';
/**
 * Operations on Roles.
 *
 * Roles that grant users permissions on API endpoints and tagged resources.
 */
export declare class Roles {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List roles
     *
     * Returns one page of the roles of the account. Filter by name, API endpoint, tag name and type.
     *
     * `GET /v1/roles` (listRoles)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListRolesParams, options?: RequestOptions): PagePromise<ListRoleResponse, RoleResponse>;
    /**
     * Create a role
     *
     * Creates a role. A role is either admin (everything), or grants actions on API endpoints (`apiName`, see `listApiPermissions`), optionally limited to the resources carrying the given tags.
     *
     * `POST /v1/roles` (createRole)
     */
    create(params: CreateRoleParams, options?: RequestOptions): ApiPromise<CreateRoleResponse>;
    /**
     * Get a role
     *
     * Returns one role with its permissions.
     *
     * `GET /v1/roles/{roleId}` (getRole)
     */
    get(params: GetRoleParams, options?: RequestOptions): ApiPromise<FindRoleResponse>;
    /**
     * Update a role
     *
     * Updates a role; `name`, `admin` and `accessAllResources` must always be sent.
     *
     * `PUT /v1/roles/{roleId}` (updateRole)
     */
    update(params: UpdateRoleParams, options?: RequestOptions): ApiPromise<UpdateRoleResponse>;
    /**
     * Delete a role
     *
     * Deletes a role. A role that is still assigned to a user cannot be deleted.
     *
     * `DELETE /v1/roles/{roleId}` (deleteRole)
     */
    delete(params: DeleteRoleParams, options?: RequestOptions): ApiPromise<undefined>;
    /**
     * List API permissions
     *
     * Lists the API endpoints a role can grant access to and the actions available on each.
     *
     * `GET /v1/roles/api-permissions` (listApiPermissions)
     */
    listApiPermissions(params?: ListApiPermissionsParams, options?: RequestOptions): ApiPromise<ListApiPermissionResponse>;
}
