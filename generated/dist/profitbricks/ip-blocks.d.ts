import type { Accepted, ApiPromise, AsyncCallOptions, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { CreateIpBlockParams, DeleteIpBlockParams, GetIpBlockParams, IpBlock, IpBlocks, ListIpBlocksParams } from './types.js';
/**
 * Operations on IpBlocks.
 *
 * Reserved public IP blocks.
 */
export declare class IpBlocks2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List IP blocks
     *
     * Lists the reserved IP blocks.
     *
     * `GET /ipblocks` (listIpBlocks)
     */
    list<D extends Depth = 0>(params: ListIpBlocksParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<IpBlocks<Next<D>> | undefined>;
    /**
     * List IP blocks
     *
     * Lists the reserved IP blocks.
     *
     * `GET /ipblocks` (listIpBlocks)
     */
    list<D extends Depth = 0>(params?: ListIpBlocksParams<D>, options?: RequestOptions): ApiPromise<IpBlocks<Next<D>>>;
    /**
     * Reserve an IP block
     *
     * Reserves a block of public IPs at one location, usable by every data center there.
     *
     * `POST /ipblocks` (createIpBlock)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateIpBlockParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<IpBlock>;
    /**
     * Reserve an IP block
     *
     * Reserves a block of public IPs at one location, usable by every data center there.
     *
     * `POST /ipblocks` (createIpBlock)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateIpBlockParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<IpBlock, IpBlock>>;
    /**
     * Get an IP block
     *
     * Reads one IP block with its addresses.
     *
     * `GET /ipblocks/{ipBlockId}` (getIpBlock)
     */
    get<D extends Depth = 0>(params: GetIpBlockParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<IpBlock | undefined>;
    /**
     * Get an IP block
     *
     * Reads one IP block with its addresses.
     *
     * `GET /ipblocks/{ipBlockId}` (getIpBlock)
     */
    get<D extends Depth = 0>(params: GetIpBlockParams<D>, options?: RequestOptions): ApiPromise<IpBlock>;
    /**
     * Release an IP block
     *
     * Releases a reserved IP block.
     *
     * `DELETE /ipblocks/{ipBlockId}` (deleteIpBlock)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteIpBlockParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Release an IP block
     *
     * Releases a reserved IP block.
     *
     * `DELETE /ipblocks/{ipBlockId}` (deleteIpBlock)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteIpBlockParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
}
