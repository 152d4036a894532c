import type { PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { ListTagAuditsParams, ListTagAuditsResponse, TagAuditResponse } from './types.js';
/**
 * Operations on Tags Audits.
 *
 * History of changes to tags.
 */
export declare class TagsAudits {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List tag change history
     *
     * Returns one page of audit entries for changes made to tags. Filter by tag, request id, user and date range.
     *
     * `GET /v1/tags/audits` (listTagAudits)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListTagAuditsParams, options?: RequestOptions): PagePromise<ListTagAuditsResponse, TagAuditResponse>;
}
