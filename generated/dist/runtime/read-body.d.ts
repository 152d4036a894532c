import { type CallSite } from './errors.js';
import type { AttemptSignal } from './signals.js';
import type { BodyKind } from './operation.js';
/**
 * Reads a response body as the operation declares it. A declared JSON body
 * that is empty, truncated or not JSON is an InvalidResponseError.
 */
export declare function readBody(response: Response, declared: BodyKind | undefined, site: CallSite): Promise<unknown>;
/** What a body read leniently held: its JSON, or else its text when there was any. */
export interface LenientBody {
    readonly body?: unknown;
    readonly text?: string;
}
/**
 * Reads a body without failing on it, for error responses (and the token
 * endpoint's): the status is what the caller needs, so an empty, malformed
 * or broken-off body only leaves less to tell.
 */
export declare function readLenient(response: Response): Promise<LenientBody>;
/**
 * Whether reading a body failed on the way rather than on what arrived: the
 * connection broke off or the body stalled past the timeout. A safe call is
 * then repeated; a write was applied all the same.
 */
export declare function brokeOff(error: unknown): boolean;
/** Runs a body read under the call's signals and timeout, so that a stalled body cannot hang the call. */
export type BodyReader = <R>(read: () => Promise<R>, site: CallSite) => Promise<R>;
/**
 * Reads a body under the attempt's signal, rearmed with a timeout of its own
 * that starts when reading starts: a result awaited late still reads, a
 * stalled body ends in TimeoutError, the caller's abort in AbortError.
 */
export declare function readWithin<R>(read: () => Promise<R>, attempt: AttemptSignal, timeoutMs: number, site: CallSite): Promise<R>;
