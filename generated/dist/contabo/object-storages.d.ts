import { type ApiPromise, type PagePromise, type RequestOptions, type Transport, type WaitOptions } from '../runtime/index.js';
import type { CancelObjectStorageParams, CancelObjectStorageResponse, CreateObjectStorageParams, CreateObjectStorageResponse, DataCenterResponse, FindObjectStorageResponse, GetObjectStorageParams, GetObjectStorageStatsParams, ListDataCenterResponse, ListDataCentersParams, ListObjectStorageResponse, ListObjectStoragesParams, ObjectStorageResponse, ObjectStoragesStatsResponse, ResizeObjectStorageParams, UpdateObjectStorageParams, UpgradeObjectStorageResponse } from './types.js';
/**
 * Operations on Object Storages.
 *
 * S3-compatible object storage as a product (order, resize, cancel, usage), and the data centers that offer it.
 */
export declare class ObjectStorages {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List object storages
     *
     * Returns one page of your S3-compatible object storages. This API manages the product; the S3 API itself is served at each storage's `s3Url`, with the credentials from the Users API.
     *
     * `GET /v1/object-storages` (listObjectStorages)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListObjectStoragesParams, options?: RequestOptions): PagePromise<ListObjectStorageResponse, ObjectStorageResponse>;
    /**
     * Order an object storage
     *
     * Purchases object storage in a region with the given size in TB and optional autoscaling. An account can have one object storage per region; to get more space later, resize it. The order is billed and provisioned in the background.
     *
     * `POST /v1/object-storages` (createObjectStorage)
     */
    create(params: CreateObjectStorageParams, options?: RequestOptions): ApiPromise<CreateObjectStorageResponse>;
    /**
     * List data centers
     *
     * Returns one page of data centers with their region, their capabilities (VPS, VDS, object storage, private networking) and the S3 URL of their object storage.
     *
     * `GET /v1/data-centers` (listDataCenters)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    listDataCenters(params?: ListDataCentersParams, options?: RequestOptions): PagePromise<ListDataCenterResponse, DataCenterResponse>;
    /**
     * Get an object storage
     *
     * Returns one object storage with its size, autoscaling settings, S3 URL and status.
     *
     * `GET /v1/object-storages/{objectStorageId}` (getObjectStorage)
     */
    get(params: GetObjectStorageParams, options?: RequestOptions): ApiPromise<FindObjectStorageResponse>;
    /**
     * Reads /v1/object-storages/{objectStorageId} until its status (/data/0/status) is one waited for: by default READY.
     *
     * Fails with WaitFailedError on ERROR, CANCELLED, DISABLED, PRODUCT_NOT_AVAILABLE, LIMIT_EXCEEDED, VERIFICATION_REQUIRED unless waited for; with WaitTimeoutError when `timeoutMs` passes.
     *
     * @returns the resource as last read.
     */
    waitForObjectStorage(params: GetObjectStorageParams, options?: WaitOptions<'READY' | 'PROVISIONING' | 'UPGRADING' | 'CANCELLED' | 'ERROR' | 'DISABLED' | 'MANUAL_PROVISIONING' | 'PRODUCT_NOT_AVAILABLE' | 'LIMIT_EXCEEDED' | 'VERIFICATION_REQUIRED' | 'ORDER_PROCESSING' | 'PENDING_PAYMENT' | 'UNKNOWN'>): Promise<FindObjectStorageResponse>;
    /**
     * Rename an object storage
     *
     * Changes the display name of an object storage; it must be unique in the account.
     *
     * `PATCH /v1/object-storages/{objectStorageId}` (updateObjectStorage)
     */
    update(params: UpdateObjectStorageParams, options?: RequestOptions): ApiPromise<CancelObjectStorageResponse>;
    /**
     * Resize an object storage
     *
     * Raises the purchased size of an object storage and/or changes its autoscaling, which buys more space each month up to `sizeLimitTB`. Added space is billed; the size cannot be lowered.
     *
     * `POST /v1/object-storages/{objectStorageId}/resize` (resizeObjectStorage)
     */
    resize(params: ResizeObjectStorageParams, options?: RequestOptions): ApiPromise<UpgradeObjectStorageResponse>;
    /**
     * Get object storage usage
     *
     * Returns the used space (TB and percent) and the number of objects. The figures are refreshed periodically, not live.
     *
     * `GET /v1/object-storages/{objectStorageId}/stats` (getObjectStorageStats)
     */
    getStats(params: GetObjectStorageStatsParams, options?: RequestOptions): ApiPromise<ObjectStoragesStatsResponse>;
    /**
     * Cancel an object storage
     *
     * Cancels an object storage at the next date its contract period allows, or at `cancelDate`.
     *
     * `PATCH /v1/object-storages/{objectStorageId}/cancel` (cancelObjectStorage)
     */
    cancel(params: CancelObjectStorageParams, options?: RequestOptions): ApiPromise<CancelObjectStorageResponse>;
}
