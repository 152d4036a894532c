import { ApiError, type CallSite } from './errors.js';
/** What a hook is told about the attempt it sees. */
export interface HookContext {
    /** The operation's id in the spec (`retrieveInstance`); undefined for URLs the API hands out. */
    readonly operationId: string | undefined;
    readonly method: string;
    /** The request path with parameters filled in, without query string. */
    readonly path: string;
    /** Attempts of this request so far, starting at 1: retries count, and so do token renewals. */
    readonly attempt: number;
    /** The poll of a wait this request is, starting at 1; undefined outside a wait. */
    readonly poll: number | undefined;
    /** The correlation id sent with the call, where the API has one. */
    readonly requestId: string | undefined;
}
/**
 * Hooks see every attempt of every call, retries and the polls of a wait
 * included. The client's run first, then the call's. A hook that throws ends
 * the call with a HookError, which is never retried.
 */
export interface Hooks {
    /**
     * Before an attempt is sent, with its credentials set. Return a Request to
     * send that instead, a Response to answer without the network (a cache, a
     * test), or nothing to send it as it is.
     */
    readonly onRequest?: (request: Request, context: HookContext) => HookResult<Request | Response>;
    /** When a response arrives, before it is read or retried; return a Response to use that instead. */
    readonly onResponse?: (response: Response, context: HookContext) => HookResult<Response>;
    /** When an attempt fails with no response, or the call ends in an error: to observe it. */
    readonly onError?: (error: unknown, context: HookContext) => void | Promise<void>;
}
type HookResult<T> = T | undefined | void | Promise<T | undefined | void>;
/** A hook threw: `cause` is what it threw, `hook` which one it was. */
export declare class HookError extends ApiError {
    readonly hook: keyof Hooks;
    constructor(hook: keyof Hooks, site: CallSite, cause: unknown);
}
/**
 * Runs one hook of each Hooks in the chain, in order, each over what the
 * one before gave: a Response from onRequest answers the request, so later
 * onRequest hooks do not see it. What onError returns is not used.
 */
export declare function runHooks(chain: readonly Hooks[], hook: keyof Hooks, value: unknown, context: HookContext): Promise<unknown>;
export {};
