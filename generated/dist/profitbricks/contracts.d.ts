import type { ApiPromise, Depth, RequestOptions, Transport } from '../runtime/index.js';
import type { Contract, GetContractResourcesParams } from './types.js';
/**
 * Operations on Contracts.
 *
 * Resource limits and usage of the contract.
 */
export declare class Contracts {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * Get contract resource limits
     *
     * Reads the resource limits of the contract and, for the contract owner, how much of them is in use.
     *
     * `GET /contracts` (getContractResources)
     */
    get<D extends Depth = 0>(params: GetContractResourcesParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Contract | undefined>;
    /**
     * Get contract resource limits
     *
     * Reads the resource limits of the contract and, for the contract owner, how much of them is in use.
     *
     * `GET /contracts` (getContractResources)
     */
    get<D extends Depth = 0>(params?: GetContractResourcesParams<D>, options?: RequestOptions): ApiPromise<Contract>;
}
