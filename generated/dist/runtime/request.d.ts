import { type CallSite } from './errors.js';
import { type OperationSpec } from './operation.js';
/** A request as every attempt sends it. */
export interface BuiltRequest {
    readonly url: string;
    /** By lower-case name (a Map, so that no name can reach a prototype): each attempt makes its own Headers from them, for auth to add to. */
    readonly headers: ReadonlyMap<string, string>;
    readonly body?: BodyInit;
    readonly site: CallSite;
}
/** What building a request needs from the client's configuration. */
export interface RequestDefaults {
    readonly baseUrl: string;
    readonly headers?: Readonly<Record<string, string>> | undefined;
    /** Values of `x-client-option` parameters, by option name. */
    readonly defaults?: Readonly<Record<string, unknown>> | undefined;
}
/** Everything that stays the same across attempts of a call, the correlation id above all. */
export declare function buildRequest(spec: OperationSpec, params: object, extra: Readonly<Record<string, string>> | undefined, config: RequestDefaults): BuiltRequest;
