import type { ApiPromise, PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { AssignInstancePrivateNetworkResponse, AssignInstanceToPrivateNetworkParams, CreatePrivateNetworkParams, CreatePrivateNetworkResponse, DeletePrivateNetworkParams, FindPrivateNetworkResponse, GetPrivateNetworkParams, ListPrivateNetworkResponse, ListPrivateNetworksParams, PatchPrivateNetworkResponse, PrivateNetworkResponse, UnassignInstanceFromPrivateNetworkParams, UnassignInstancePrivateNetworkResponse, UpdatePrivateNetworkParams } from './types.js';
/**
 * Operations on Private Networks.
 *
 * Private networks (VPCs) that connect instances in a data center.
 */
export declare class PrivateNetworks {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List private networks
     *
     * Returns one page of private networks (VPCs) with their member instances. Filter by name, region, data center or member instances (comma-separated ids).
     *
     * `GET /v1/private-networks` (listPrivateNetworks)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListPrivateNetworksParams, options?: RequestOptions): PagePromise<ListPrivateNetworkResponse, PrivateNetworkResponse>;
    /**
     * Create a private network
     *
     * Creates a private network in a region (EU unless given). The name may hold letters, numbers, colons, dashes and underscores.
     *
     * `POST /v1/private-networks` (createPrivateNetwork)
     */
    create(params: CreatePrivateNetworkParams, options?: RequestOptions): ApiPromise<CreatePrivateNetworkResponse>;
    /**
     * Get a private network
     *
     * Returns one private network with its CIDR, free addresses and member instances.
     *
     * `GET /v1/private-networks/{privateNetworkId}` (getPrivateNetwork)
     */
    get(params: GetPrivateNetworkParams, options?: RequestOptions): ApiPromise<FindPrivateNetworkResponse>;
    /**
     * Delete a private network
     *
     * Deletes a private network; its instances are removed from it first, automatically.
     *
     * `DELETE /v1/private-networks/{privateNetworkId}` (deletePrivateNetwork)
     */
    delete(params: DeletePrivateNetworkParams, options?: RequestOptions): ApiPromise<undefined>;
    /**
     * Update a private network
     *
     * Changes the name and/or description of a private network.
     *
     * `PATCH /v1/private-networks/{privateNetworkId}` (updatePrivateNetwork)
     */
    update(params: UpdatePrivateNetworkParams, options?: RequestOptions): ApiPromise<PatchPrivateNetworkResponse>;
    /**
     * Add an instance to a private network
     *
     * Adds an instance to a private network. The instance needs the private networking add-on. It must be reinstalled when it joins its first private network and restarted when it joins a further one, to get the new network interface.
     *
     * `POST /v1/private-networks/{privateNetworkId}/instances/{instanceId}` (assignInstanceToPrivateNetwork)
     */
    assignInstance(params: AssignInstanceToPrivateNetworkParams, options?: RequestOptions): ApiPromise<AssignInstancePrivateNetworkResponse>;
    /**
     * Remove an instance from a private network
     *
     * Removes an instance from a private network.
     *
     * `DELETE /v1/private-networks/{privateNetworkId}/instances/{instanceId}` (unassignInstanceFromPrivateNetwork)
     */
    unassignInstance(params: UnassignInstanceFromPrivateNetworkParams, options?: RequestOptions): ApiPromise<UnassignInstancePrivateNetworkResponse>;
}
