import type { PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { InstancesAuditResponse, ListInstanceAuditsParams, ListInstancesAuditResponse } from './types.js';
/**
 * Operations on Instances Audits.
 *
 * History of changes to instances.
 */
export declare class InstancesAudits {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List instance change history
     *
     * Returns one page of audit entries for changes made to instances: what changed, when, by whom and through which request. Filter by instance, request id, user and date range.
     *
     * `GET /v1/compute/instances/audits` (listInstanceAudits)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListInstanceAuditsParams, options?: RequestOptions): PagePromise<ListInstancesAuditResponse, InstancesAuditResponse>;
}
