import type { ApiPromise, Depth, Next, RequestOptions, Transport } from '../runtime/index.js';
import type { GetLocationParams, ListLocationsParams, ListRegionLocationsParams, Location, Locations } from './types.js';
/**
 * Operations on Locations.
 *
 * Regions and locations where resources can be provisioned.
 */
export declare class Locations2 {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List locations
     *
     * Lists every location resources can be provisioned in; depth 1 adds each location's features and image aliases.
     *
     * `GET /locations` (listLocations)
     */
    list<D extends Depth = 0>(params: ListLocationsParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Locations<Next<D>> | undefined>;
    /**
     * List locations
     *
     * Lists every location resources can be provisioned in; depth 1 adds each location's features and image aliases.
     *
     * `GET /locations` (listLocations)
     */
    list<D extends Depth = 0>(params?: ListLocationsParams<D>, options?: RequestOptions): ApiPromise<Locations<Next<D>>>;
    /**
     * List the locations of a region
     *
     * Lists the locations within one region (country).
     *
     * `GET /locations/{regionId}` (listRegionLocations)
     */
    listByRegion<D extends Depth = 0>(params: ListRegionLocationsParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Locations<Next<D>> | undefined>;
    /**
     * List the locations of a region
     *
     * Lists the locations within one region (country).
     *
     * `GET /locations/{regionId}` (listRegionLocations)
     */
    listByRegion<D extends Depth = 0>(params: ListRegionLocationsParams<D>, options?: RequestOptions): ApiPromise<Locations<Next<D>>>;
    /**
     * Get a location
     *
     * Reads one location with its features and image aliases.
     *
     * `GET /locations/{regionId}/{locationId}` (getLocation)
     */
    get<D extends Depth = 0>(params: GetLocationParams<D> & {
        ifNoneMatch: string;
    }, options?: RequestOptions): ApiPromise<Location | undefined>;
    /**
     * Get a location
     *
     * Reads one location with its features and image aliases.
     *
     * `GET /locations/{regionId}/{locationId}` (getLocation)
     */
    get<D extends Depth = 0>(params: GetLocationParams<D>, options?: RequestOptions): ApiPromise<Location>;
}
