import { type CallSite } from './errors.js';
import { type OperationSpec } from './operation.js';
/**
 * Header values by lower-case name, as fetch takes them. A plain object
 * rather than a Map or pairs, which fetch converts at a cost on every call.
 * Read through headerOf, own properties only, so that no name reads
 * Object.prototype's; `__proto__`, which would set it, is refused as a name
 * (checkHeader).
 */
type HeaderRecord = Record<string, string>;
/** A request as every attempt sends it. */
export interface BuiltRequest {
    readonly url: string;
    /** Each attempt sends a copy, which the auth adds to. */
    readonly headers: Readonly<HeaderRecord>;
    readonly body?: BodyInit;
    readonly site: CallSite;
}
/**
 * Headers given as a layer over the ones below it: a string sets a header
 * (names are case-insensitive), `null` removes it, `undefined` leaves it.
 */
export type HeaderLayer = Readonly<Record<string, string | null | undefined>>;
/** What building a request needs from the client's configuration. */
export interface RequestDefaults {
    readonly baseUrl: string;
    readonly headers?: HeaderLayer | undefined;
    /** Values of `x-client-option` parameters, by option name. */
    readonly defaults?: Readonly<Record<string, unknown>> | undefined;
}
/**
 * Everything that stays the same across attempts of a call, the correlation
 * id above all. Headers are layered, each layer over the one before: the
 * defaults (`Accept`, generated ids, client options), the client's
 * `headers`, what the call gives (its header parameters, the body's
 * content type), the call's `headers`. The auth sets its own last, on
 * every attempt.
 */
export declare function buildRequest(spec: OperationSpec, params: object, extra: HeaderLayer | undefined, config: RequestDefaults): BuiltRequest;
export {};
