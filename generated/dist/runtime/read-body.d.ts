import { type CallSite } from './errors.js';
import type { AttemptSignal } from './signals.js';
import type { BodyKind } from './operation.js';
/**
 * Reads a response body as the operation declares it. A declared JSON body
 * that is empty, truncated or not JSON is an InvalidResponseError, unless
 * `lenient` (error responses), where the text is kept as it came and a body
 * that breaks off is none: the status is what the caller needs.
 */
export declare function readBody(response: Response, declared: BodyKind | undefined, site: CallSite, options?: {
    lenient?: boolean;
}): Promise<unknown>;
/**
 * Whether reading a body failed on the way rather than on what arrived: the
 * connection broke off or the body stalled past the timeout. A safe call is
 * then repeated; a write was applied all the same.
 */
export declare function brokeOff(error: unknown): boolean;
/**
 * Reads a body under the attempt's signal, rearmed with a timeout of its own
 * that starts when reading starts: a result awaited late still reads, a
 * stalled body ends in TimeoutError, the caller's abort in AbortError.
 */
export declare function readWithin(response: Response, declared: BodyKind | undefined, site: CallSite, attempt: AttemptSignal, timeoutMs: number, options?: {
    lenient?: boolean;
}): Promise<unknown>;
