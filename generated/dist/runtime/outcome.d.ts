/**
 * How an attempt ends, as a call reports it: the error of one that got no
 * response, and the site with the server's request id.
 */
import { type ApiError, type CallSite } from './errors.js';
import type { AbortReason } from './signals.js';
/** Adds the server's request id when the call had none of its own. */
export declare function withServerId(site: CallSite, response: Response): CallSite;
/**
 * The error an attempt that got no response ends with: a network failure or
 * a timeout, which may be retried; anything else (the caller aborted, a hook
 * threw, a credential was refused) is thrown at once.
 */
export declare function noResponse(error: unknown, why: AbortReason | undefined, site: CallSite): ApiError;
