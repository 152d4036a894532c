import type { PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { ListSecretAuditResponse, ListSecretAuditsParams, SecretAuditResponse } from './types.js';
/**
 * Operations on Secrets Audits.
 *
 * History of changes to secrets.
 */
export declare class SecretsAudits {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List secret change history
     *
     * Returns one page of audit entries for changes made to secrets. Filter by secret, request id, user and date range.
     *
     * `GET /v1/secrets/audits` (listSecretAudits)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListSecretAuditsParams, options?: RequestOptions): PagePromise<ListSecretAuditResponse, SecretAuditResponse>;
}
