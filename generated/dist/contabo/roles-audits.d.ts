import type { ApiPromise, RequestOptions, Transport } from '../runtime/index.js';
import type { ListRoleAuditResponse, ListRoleAuditsParams } from './types.js';
/**
 * Operations on Roles Audits.
 *
 * History of changes to roles.
 */
export declare class RolesAudits {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List role change history
     *
     * Returns audit entries for changes made to roles. Filter by role, request id, user and date range. The response carries no `_pagination` block.
     *
     * `GET /v1/roles/audits` (listRoleAudits)
     */
    list(params?: ListRoleAuditsParams, options?: RequestOptions): ApiPromise<ListRoleAuditResponse>;
}
