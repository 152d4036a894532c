import type { PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { InstancesActionsAuditResponse, ListInstanceActionAuditsParams, ListInstancesActionsAuditResponse } from './types.js';
/**
 * Operations on Instance Actions Audits.
 *
 * History of actions triggered on instances.
 */
export declare class InstanceActionsAudits {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List instance action history
     *
     * Returns one page of audit entries for the power and rescue actions triggered on instances through the API. Filter by instance, request id, user and date range.
     *
     * `GET /v1/compute/instances/actions/audits` (listInstanceActionAudits)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListInstanceActionAuditsParams, options?: RequestOptions): PagePromise<ListInstancesActionsAuditResponse, InstancesActionsAuditResponse>;
}
