import type { Accepted, ApiPromise, AsyncCallOptions, AsyncWaitOptions, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { CreateNicFirewallRuleParams, DeleteNicFirewallRuleParams, FirewallRule, FirewallRules, GetNicFirewallRuleParams, ListNicFirewallRulesParams, ReplaceNicFirewallRuleParams, UpdateNicFirewallRuleParams } from './types.js';
/**
 * Operations on FirewallRules.
 *
 * Firewall rules of a NIC.
 */
export declare class FirewallRules2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List firewall rules
     *
     * Lists the firewall rules of a NIC.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules` (listNicFirewallRules)
     */
    list<D extends Depth = 0>(params: ListNicFirewallRulesParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<FirewallRules<Next<D>> | undefined>;
    /**
     * List firewall rules
     *
     * Lists the firewall rules of a NIC.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules` (listNicFirewallRules)
     */
    list<D extends Depth = 0>(params: ListNicFirewallRulesParams<D>, options?: RequestOptions): ApiPromise<FirewallRules<Next<D>>>;
    /**
     * Create a firewall rule
     *
     * Adds a firewall rule to a NIC.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules` (createNicFirewallRule)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateNicFirewallRuleParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<FirewallRule>;
    /**
     * Create a firewall rule
     *
     * Adds a firewall rule to a NIC.
     *
     * `POST /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules` (createNicFirewallRule)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    create(params: CreateNicFirewallRuleParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<FirewallRule, FirewallRule>>;
    /**
     * Get a firewall rule
     *
     * Reads one firewall rule.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}` (getNicFirewallRule)
     */
    get<D extends Depth = 0>(params: GetNicFirewallRuleParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<FirewallRule | undefined>;
    /**
     * Get a firewall rule
     *
     * Reads one firewall rule.
     *
     * `GET /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}` (getNicFirewallRule)
     */
    get<D extends Depth = 0>(params: GetNicFirewallRuleParams<D>, options?: RequestOptions): ApiPromise<FirewallRule>;
    /**
     * Replace a firewall rule's properties
     *
     * Sets the filters of a firewall rule; the protocol cannot change. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}` (replaceNicFirewallRule)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceNicFirewallRuleParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<FirewallRule>;
    /**
     * Replace a firewall rule's properties
     *
     * Sets the filters of a firewall rule; the protocol cannot change. Every writable property is sent inside "properties"; the result is the resource as it will be.
     *
     * `PUT /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}` (replaceNicFirewallRule)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    replace(params: ReplaceNicFirewallRuleParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<FirewallRule, FirewallRule>>;
    /**
     * Delete a firewall rule
     *
     * Removes a firewall rule from its NIC.
     *
     * `DELETE /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}` (deleteNicFirewallRule)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteNicFirewallRuleParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<undefined>;
    /**
     * Delete a firewall rule
     *
     * Removes a firewall rule from its NIC.
     *
     * `DELETE /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}` (deleteNicFirewallRule)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    delete(params: DeleteNicFirewallRuleParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<undefined, undefined>>;
    /**
     * Update a firewall rule
     *
     * Changes some filters of a firewall rule; the protocol cannot change. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}` (updateNicFirewallRule)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateNicFirewallRuleParams, options: AsyncCallOptions & {
        wait: true | AsyncWaitOptions;
    }): Promise<FirewallRule>;
    /**
     * Update a firewall rule
     *
     * Changes some filters of a firewall rule; the protocol cannot change. Only the properties sent change; the body holds the properties themselves, without a "properties" wrapper.
     *
     * `PATCH /datacenters/{dataCenterId}/servers/{serverId}/nics/{nicId}/firewallrules/{firewallRuleId}` (updateNicFirewallRule)
     *
     * Resolves when the API has accepted the write; `wait()` on the result, or the `wait` option, waits until it is done.
     */
    update(params: UpdateNicFirewallRuleParams, options?: AsyncCallOptions & {
        wait?: false | undefined;
    }): ApiPromise<Accepted<FirewallRule, FirewallRule>>;
}
