import type { ApiPromise, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { GetResourceParams, ListResourcesByTypeParams, ListResourcesParams, ManagedResource, ManagedResources } from './types.js';
/**
 * Operations on Resources.
 *
 * User management: shareable resources and the groups they are shared with.
 */
export declare class Resources {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List shareable resources
     *
     * Lists every shareable resource (data centers, private images, snapshots, IP blocks). Can be slow on large contracts; listByType is faster.
     *
     * `GET /um/resources` (listResources)
     */
    list<D extends Depth = 0>(params: ListResourcesParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<ManagedResources<Next<D>> | undefined>;
    /**
     * List shareable resources
     *
     * Lists every shareable resource (data centers, private images, snapshots, IP blocks). Can be slow on large contracts; listByType is faster.
     *
     * `GET /um/resources` (listResources)
     */
    list<D extends Depth = 0>(params?: ListResourcesParams<D>, options?: RequestOptions): ApiPromise<ManagedResources<Next<D>>>;
    /**
     * List shareable resources of one kind
     *
     * Lists the shareable resources of one kind.
     *
     * `GET /um/resources/{resourceType}` (listResourcesByType)
     */
    listByType<D extends Depth = 0>(params: ListResourcesByTypeParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<ManagedResources<Next<D>> | undefined>;
    /**
     * List shareable resources of one kind
     *
     * Lists the shareable resources of one kind.
     *
     * `GET /um/resources/{resourceType}` (listResourcesByType)
     */
    listByType<D extends Depth = 0>(params: ListResourcesByTypeParams<D>, options?: RequestOptions): ApiPromise<ManagedResources<Next<D>>>;
    /**
     * Get a shareable resource
     *
     * Reads one shareable resource with the groups it is shared with.
     *
     * `GET /um/resources/{resourceType}/{resourceId}` (getResource)
     */
    get<D extends Depth = 0>(params: GetResourceParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<ManagedResource<D> | undefined>;
    /**
     * Get a shareable resource
     *
     * Reads one shareable resource with the groups it is shared with.
     *
     * `GET /um/resources/{resourceType}/{resourceId}` (getResource)
     */
    get<D extends Depth = 0>(params: GetResourceParams<D>, options?: RequestOptions): ApiPromise<ManagedResource<D>>;
}
