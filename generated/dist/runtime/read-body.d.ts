import { type CallSite } from './errors.js';
import type { BodyKind } from './operation.js';
/**
 * Reads a response body as the operation declares it. A declared JSON body
 * that is empty, truncated or not JSON is an InvalidResponseError, unless
 * `lenient` (error responses), where the text is kept as it came.
 */
export declare function readBody(response: Response, declared: BodyKind | undefined, site: CallSite, { lenient }?: {
    lenient?: boolean;
}): Promise<unknown>;
