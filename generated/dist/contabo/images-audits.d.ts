import type { PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { ImageAuditResponse, ImageAuditResponseData, ListImageAuditsParams } from './types.js';
/**
 * Operations on Images Audits.
 *
 * History of changes to custom images.
 */
export declare class ImagesAudits {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List custom image change history
     *
     * Returns one page of audit entries for changes made to custom images. Filter by image, request id, user and date range.
     *
     * `GET /v1/compute/images/audits` (listImageAudits)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListImageAuditsParams, options?: RequestOptions): PagePromise<ImageAuditResponse, ImageAuditResponseData>;
}
