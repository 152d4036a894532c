import type { PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { AssignmentAuditResponse, ListAssignmentAuditsResponse, ListTagAssignmentAuditsParams } from './types.js';
/**
 * Operations on Tag Assignments Audits.
 *
 * History of tags being assigned to and removed from resources.
 */
export declare class TagAssignmentsAudits {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List tag assignment history
     *
     * Returns one page of audit entries for tags being assigned to and removed from resources. Filter by tag, resource, request id, user and date range.
     *
     * `GET /v1/tags/assignments/audits` (listTagAssignmentAudits)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListTagAssignmentAuditsParams, options?: RequestOptions): PagePromise<ListAssignmentAuditsResponse, AssignmentAuditResponse>;
}
