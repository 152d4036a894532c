import { type ApiPromise, type PagePromise, type RequestOptions, type Transport, type WaitOptions } from '../runtime/index.js';
import type { CreateCustomImageParams, CreateCustomImageResponse, CustomImagesStatsResponse, DeleteImageParams, FindImageResponse, GetCustomImageStatsParams, GetImageParams, ListImageResponse, ListImageResponseData, ListImagesParams, UpdateCustomImageResponse, UpdateImageParams } from './types.js';
/**
 * Operations on Images.
 *
 * Standard images and your own custom images (downloaded from a URL).
 */
export declare class Images {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List images
     *
     * Returns one page of the standard images offered by Contabo together with your custom images. `standardImage` narrows to one kind; `search` matches image name and OS type.
     *
     * `GET /v1/compute/images` (listImages)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListImagesParams, options?: RequestOptions): PagePromise<ListImageResponse, ListImageResponseData>;
    /**
     * Upload a custom image
     *
     * Registers a custom image that Contabo downloads from `url`. Only `.iso` and `.qcow2` images are accepted, and the upload is refused when your custom-image storage is used up. The download runs in the background and may take a while: read the image to follow its status.
     *
     * `POST /v1/compute/images` (createCustomImage)
     */
    create(params: CreateCustomImageParams, options?: RequestOptions): ApiPromise<CreateCustomImageResponse>;
    /**
     * Get an image
     *
     * Returns one standard or custom image. For a custom image, `status` and `errorMessage` report the progress of its download.
     *
     * `GET /v1/compute/images/{imageId}` (getImage)
     */
    get(params: GetImageParams, options?: RequestOptions): ApiPromise<FindImageResponse>;
    /**
     * Reads /v1/compute/images/{imageId} until its status (/data/0/status) is one waited for: by default downloaded.
     *
     * Fails with WaitFailedError on error unless waited for; with WaitTimeoutError when `timeoutMs` passes.
     *
     * @returns the resource as last read.
     */
    waitForCustomImage(params: GetImageParams, options?: WaitOptions<string>): Promise<FindImageResponse>;
    /**
     * Delete a custom image
     *
     * Deletes one of your custom images.
     *
     * `DELETE /v1/compute/images/{imageId}` (deleteImage)
     */
    delete(params: DeleteImageParams, options?: RequestOptions): ApiPromise<undefined>;
    /**
     * Update a custom image
     *
     * Changes the name and/or description of a custom image.
     *
     * `PATCH /v1/compute/images/{imageId}` (updateImage)
     */
    update(params: UpdateImageParams, options?: RequestOptions): ApiPromise<UpdateCustomImageResponse>;
    /**
     * Get custom image storage statistics
     *
     * Returns the number of custom images and the used, free and total custom-image storage in MB.
     *
     * `GET /v1/compute/images/stats` (getCustomImageStats)
     */
    getStats(params?: GetCustomImageStatsParams, options?: RequestOptions): ApiPromise<CustomImagesStatsResponse>;
}
