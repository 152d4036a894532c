import type { PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { ListSnapshotAuditsParams, ListSnapshotsAuditResponse, SnapshotsAuditResponse } from './types.js';
/**
 * Operations on Snapshots Audits.
 *
 * History of changes to snapshots.
 */
export declare class SnapshotsAudits {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List snapshot change history
     *
     * Returns one page of audit entries for changes made to snapshots. Filter by instance, snapshot, request id, user and date range.
     *
     * `GET /v1/compute/snapshots/audits` (listSnapshotAudits)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListSnapshotAuditsParams, options?: RequestOptions): PagePromise<ListSnapshotsAuditResponse, SnapshotsAuditResponse>;
}
