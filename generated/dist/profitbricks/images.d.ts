import type { Accepted, ApiPromise, AsyncCallOptions, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { DeleteImageParams, GetImageParams, Image, Images, ListImagesParams, ReplaceImageParams, UpdateImageParams } from './types.js';
/**
 * Operations on Images.
 *
 * Public and private HDD and CD-ROM images.
 */
export declare class Images2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List images
     *
     * Lists the public images and the private images the user may see.
     *
     * `GET /images` (listImages)
     */
    list<D extends Depth = 0>(params: ListImagesParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Images<Next<D>> | undefined>;
    /**
     * List images
     *
     * Lists the public images and the private images the user may see.
     *
     * `GET /images` (listImages)
     */
    list<D extends Depth = 0>(params?: ListImagesParams<D>, options?: RequestOptions): ApiPromise<Images<Next<D>>>;
    /**
     * Get an image
     *
     * Reads one image.
     *
     * `GET /images/{imageId}` (getImage)
     */
    get<D extends Depth = 0>(params: GetImageParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Image | undefined>;
    /**
     * Get an image
     *
     * Reads one image.
     *
     * `GET /images/{imageId}` (getImage)
     */
    get<D extends Depth = 0>(params: GetImageParams<D>, options?: RequestOptions): ApiPromise<Image>;
    /**
     * Replace a private image's properties
     *
     * Sets all writable properties of a private image. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /images/{imageId}` (replaceImage)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceImageParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Image>;
    /**
     * Replace a private image's properties
     *
     * Sets all writable properties of a private image. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /images/{imageId}` (replaceImage)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceImageParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Image, Image>>;
    /**
     * Delete a private image
     *
     * Deletes a private image the user uploaded. Public images cannot be deleted (403).
     *
     * `DELETE /images/{imageId}` (deleteImage)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteImageParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Delete a private image
     *
     * Deletes a private image the user uploaded. Public images cannot be deleted (403).
     *
     * `DELETE /images/{imageId}` (deleteImage)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteImageParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * Update a private image
     *
     * Changes some properties of a private image. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /images/{imageId}` (updateImage)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateImageParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Image>;
    /**
     * Update a private image
     *
     * Changes some properties of a private image. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /images/{imageId}` (updateImage)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateImageParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Image, Image>>;
}
