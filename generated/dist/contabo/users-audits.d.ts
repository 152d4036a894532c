import type { PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { ListUserAuditResponse, ListUserAuditsParams, UserAuditResponse } from './types.js';
/**
 * Operations on Users Audits.
 *
 * History of changes to users.
 */
export declare class UsersAudits {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List user change history
     *
     * Returns one page of audit entries for changes made to users. Filter by user, request id, changing user and date range.
     *
     * `GET /v1/users/audits` (listUserAudits)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListUserAuditsParams, options?: RequestOptions): PagePromise<ListUserAuditResponse, UserAuditResponse>;
}
