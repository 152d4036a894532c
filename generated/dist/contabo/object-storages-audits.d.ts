import type { PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { ListObjectStorageAuditResponse, ListObjectStorageAuditsParams, ObjectStorageAuditResponse } from './types.js';
/**
 * Operations on Object Storages Audits.
 *
 * History of changes to object storages.
 */
export declare class ObjectStoragesAudits {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List object storage change history
     *
     * Returns one page of audit entries for changes made to object storages. Filter by object storage, request id, user and date range.
     *
     * `GET /v1/object-storages/audits` (listObjectStorageAudits)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListObjectStorageAuditsParams, options?: RequestOptions): PagePromise<ListObjectStorageAuditResponse, ObjectStorageAuditResponse>;
}
