import type { PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { ListPrivateNetworkAuditResponse, ListPrivateNetworkAuditsParams, PrivateNetworkAuditResponse } from './types.js';
/**
 * Operations on Private Networks Audits.
 *
 * History of changes to private networks.
 */
export declare class PrivateNetworksAudits {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List private network change history
     *
     * Returns one page of audit entries for changes made to private networks. Filter by private network, request id, user and date range.
     *
     * `GET /v1/private-networks/audits` (listPrivateNetworkAudits)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListPrivateNetworkAuditsParams, options?: RequestOptions): PagePromise<ListPrivateNetworkAuditResponse, PrivateNetworkAuditResponse>;
}
