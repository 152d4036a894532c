import type { Accepted, ApiPromise, AsyncCallOptions, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { AttachBalancedNicParams, CreateDatacenterLoadBalancerParams, DeleteDatacenterLoadBalancerParams, DetachBalancedNicParams, GetBalancedNicParams, GetDatacenterLoadBalancerParams, ListBalancedNicsParams, ListDatacenterLoadBalancersParams, LoadBalancer, LoadBalancers, Nic, Nics, ReplaceDatacenterLoadBalancerParams, UpdateDatacenterLoadBalancerParams } from './types.js';
/**
 * Operations on LoadBalancers.
 *
 * Load balancers of a data center and the NICs they balance.
 */
export declare class LoadBalancers2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List load balancers
     *
     * Lists the load balancers of a data center.
     *
     * `GET /datacenters/{dataCenterId}/loadbalancers` (listDatacenterLoadBalancers)
     */
    list<D extends Depth = 0>(params: ListDatacenterLoadBalancersParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<LoadBalancers<Next<D>> | undefined>;
    /**
     * List load balancers
     *
     * Lists the load balancers of a data center.
     *
     * `GET /datacenters/{dataCenterId}/loadbalancers` (listDatacenterLoadBalancers)
     */
    list<D extends Depth = 0>(params: ListDatacenterLoadBalancersParams<D>, options?: RequestOptions): ApiPromise<LoadBalancers<Next<D>>>;
    /**
     * Create a load balancer
     *
     * Creates a load balancer for public or private traffic, optionally balancing existing NICs.
     *
     * `POST /datacenters/{dataCenterId}/loadbalancers` (createDatacenterLoadBalancer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateDatacenterLoadBalancerParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<LoadBalancer>;
    /**
     * Create a load balancer
     *
     * Creates a load balancer for public or private traffic, optionally balancing existing NICs.
     *
     * `POST /datacenters/{dataCenterId}/loadbalancers` (createDatacenterLoadBalancer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateDatacenterLoadBalancerParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<LoadBalancer, LoadBalancer>>;
    /**
     * Get a load balancer
     *
     * Reads one load balancer; depth expands its balanced NICs.
     *
     * `GET /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}` (getDatacenterLoadBalancer)
     */
    get<D extends Depth = 0>(params: GetDatacenterLoadBalancerParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<LoadBalancer<D> | undefined>;
    /**
     * Get a load balancer
     *
     * Reads one load balancer; depth expands its balanced NICs.
     *
     * `GET /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}` (getDatacenterLoadBalancer)
     */
    get<D extends Depth = 0>(params: GetDatacenterLoadBalancerParams<D>, options?: RequestOptions): ApiPromise<LoadBalancer<D>>;
    /**
     * Replace a load balancer's properties
     *
     * Sets the writable properties of a load balancer. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}` (replaceDatacenterLoadBalancer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceDatacenterLoadBalancerParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<LoadBalancer>;
    /**
     * Replace a load balancer's properties
     *
     * Sets the writable properties of a load balancer. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}` (replaceDatacenterLoadBalancer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceDatacenterLoadBalancerParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<LoadBalancer, LoadBalancer>>;
    /**
     * Delete a load balancer
     *
     * Deletes a load balancer.
     *
     * `DELETE /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}` (deleteDatacenterLoadBalancer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteDatacenterLoadBalancerParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Delete a load balancer
     *
     * Deletes a load balancer.
     *
     * `DELETE /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}` (deleteDatacenterLoadBalancer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteDatacenterLoadBalancerParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * Update a load balancer
     *
     * Changes some properties of a load balancer. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}` (updateDatacenterLoadBalancer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateDatacenterLoadBalancerParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<LoadBalancer>;
    /**
     * Update a load balancer
     *
     * Changes some properties of a load balancer. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}` (updateDatacenterLoadBalancer)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateDatacenterLoadBalancerParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<LoadBalancer, LoadBalancer>>;
    /**
     * List balanced NICs
     *
     * Lists the NICs a load balancer spreads traffic over.
     *
     * `GET /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics` (listBalancedNics)
     */
    listBalancedNics<D extends Depth = 0>(params: ListBalancedNicsParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Nics<Next<D>> | undefined>;
    /**
     * List balanced NICs
     *
     * Lists the NICs a load balancer spreads traffic over.
     *
     * `GET /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics` (listBalancedNics)
     */
    listBalancedNics<D extends Depth = 0>(params: ListBalancedNicsParams<D>, options?: RequestOptions): ApiPromise<Nics<Next<D>>>;
    /**
     * Balance a NIC
     *
     * Adds an existing NIC to a load balancer; the NIC takes the load balancer's IP.
     *
     * `POST /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics` (attachBalancedNic)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    attachBalancedNic(params: AttachBalancedNicParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<Nic>;
    /**
     * Balance a NIC
     *
     * Adds an existing NIC to a load balancer; the NIC takes the load balancer's IP.
     *
     * `POST /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics` (attachBalancedNic)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    attachBalancedNic(params: AttachBalancedNicParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<Nic, Nic>>;
    /**
     * Get a balanced NIC
     *
     * Reads one NIC of a load balancer.
     *
     * `GET /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics/{nicId}` (getBalancedNic)
     */
    getBalancedNic<D extends Depth = 0>(params: GetBalancedNicParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Nic<D> | undefined>;
    /**
     * Get a balanced NIC
     *
     * Reads one NIC of a load balancer.
     *
     * `GET /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics/{nicId}` (getBalancedNic)
     */
    getBalancedNic<D extends Depth = 0>(params: GetBalancedNicParams<D>, options?: RequestOptions): ApiPromise<Nic<D>>;
    /**
     * Stop balancing a NIC
     *
     * Removes a NIC from a load balancer without deleting it.
     *
     * `DELETE /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics/{nicId}` (detachBalancedNic)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    detachBalancedNic(params: DetachBalancedNicParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Stop balancing a NIC
     *
     * Removes a NIC from a load balancer without deleting it.
     *
     * `DELETE /datacenters/{dataCenterId}/loadbalancers/{loadBalancerId}/balancednics/{nicId}` (detachBalancedNic)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    detachBalancedNic(params: DetachBalancedNicParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
}
