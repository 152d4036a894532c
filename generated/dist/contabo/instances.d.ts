import { type ApiPromise, type PagePromise, type RequestOptions, type Transport, type WaitOptions } from '../runtime/index.js';
import type { CancelInstanceParams, CancelInstanceResponse, CreateInstanceParams, CreateInstanceResponse, FindInstanceResponse, GetInstanceParams, InstanceResponse, InstanceStatus, ListInstancesParams, ListInstancesResponse, PatchInstanceResponse, ReinstallInstanceParams, ReinstallInstanceResponse, UpdateInstanceParams, UpgradeInstanceParams } from './types.js';
/**
 * Operations on Instances.
 *
 * VPS and VDS instances: order, read, rename, reinstall, cancel and add add-ons.
 */
export declare class Instances {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List instances
     *
     * Returns one page of the VPS/VDS instances in the account. Filters combine; `instanceIds`, `productIds`, `addOnIds` and `productTypes` take comma-separated lists, and `search` matches name, display name and IP address.
     *
     * `GET /v1/compute/instances` (listInstances)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListInstancesParams, options?: RequestOptions): PagePromise<ListInstancesResponse, InstanceResponse>;
    /**
     * Create an instance
     *
     * Orders a new VPS or VDS and starts provisioning it. `period` (months) is required; the other fields have defaults (image Ubuntu 22.04, product V92, region EU, user `admin`). `sshKeys` and `rootPassword` are secret ids from the Secrets API; `userData` is a cloud-init config. The order is billed. Provisioning continues in the background: read the instance until its status is `running`.
     *
     * `POST /v1/compute/instances` (createInstance)
     */
    create(params: CreateInstanceParams, options?: RequestOptions): ApiPromise<CreateInstanceResponse>;
    /**
     * Get an instance
     *
     * Returns one instance with its network configuration, add-ons and current status. `data` holds exactly one item.
     *
     * `GET /v1/compute/instances/{instanceId}` (getInstance)
     */
    get(params: GetInstanceParams, options?: RequestOptions): ApiPromise<FindInstanceResponse>;
    /**
     * Reads /v1/compute/instances/{instanceId} until its status (/data/0/status) is one waited for: by default running.
     *
     * Fails with WaitFailedError on error, product_not_available, verification_required unless waited for; with WaitTimeoutError when `timeoutMs` passes.
     *
     * @returns the resource as last read.
     */
    waitForInstance(params: GetInstanceParams, options?: WaitOptions<InstanceStatus>): Promise<FindInstanceResponse>;
    /**
     * Reinstall an instance
     *
     * Erases the instance's disk and installs the given image, with fresh SSH keys, root password (secret ids) and cloud-init `userData` if given. All data on the instance is lost. The installation runs in the background.
     *
     * `PUT /v1/compute/instances/{instanceId}` (reinstallInstance)
     */
    reinstall(params: ReinstallInstanceParams, options?: RequestOptions): ApiPromise<ReinstallInstanceResponse>;
    /**
     * Rename an instance
     *
     * Changes the instance's display name, the only attribute that can be patched.
     *
     * `PATCH /v1/compute/instances/{instanceId}` (updateInstance)
     */
    update(params: UpdateInstanceParams, options?: RequestOptions): ApiPromise<PatchInstanceResponse>;
    /**
     * Cancel an instance
     *
     * Cancels the contract of an instance, optionally at a given `cancelDate`. The response carries the date the cancellation takes effect.
     *
     * `POST /v1/compute/instances/{instanceId}/cancel` (cancelInstance)
     */
    cancel(params: CancelInstanceParams, options?: RequestOptions): ApiPromise<CancelInstanceResponse>;
    /**
     * Add add-ons to an instance
     *
     * Purchases add-ons for an existing instance; currently private networking and automated backup. Send an empty object for each add-on wanted. The add-ons are billed.
     *
     * `POST /v1/compute/instances/{instanceId}/upgrade` (upgradeInstance)
     */
    upgrade(params: UpgradeInstanceParams, options?: RequestOptions): ApiPromise<PatchInstanceResponse>;
}
