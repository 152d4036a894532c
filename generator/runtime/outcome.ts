/**
 * How an attempt ends, as a call reports it: the error of one that got no
 * response, and the site with the server's request id.
 */
import { ConnectionError, cutShort, type ApiError, type CallSite } from './errors.js';
import { HookError } from './hooks.js';
import type { AbortReason } from './signals.js';

/** Adds the server's request id when the call had none of its own. */
export function withServerId(site: CallSite, response: Response): CallSite {
  if (site.requestId) return site;
  const id = response.headers.get('x-request-id') ?? response.headers.get('request-id');
  return id ? { ...site, requestId: id } : site;
}

/**
 * The error an attempt that got no response ends with: a network failure or
 * a timeout, which may be retried; anything else (the caller aborted, a hook
 * threw, a credential was refused) is thrown at once.
 */
export function noResponse(error: unknown, why: AbortReason | undefined, site: CallSite): ApiError {
  if (error instanceof HookError) throw error;
  const cut = cutShort(why, site, error);
  if (why === 'caller') throw cut;
  // fetch rejects with a TypeError when no response arrived; anything else is not a network failure.
  if (!why && !(error instanceof TypeError || (error as Error)?.name === 'TypeError')) throw error;
  return (
    cut ??
    new ConnectionError(`${site.method} ${site.path} could not connect: ${causeOf(error)}`, site, { cause: error })
  );
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  return String(cause?.code ?? cause?.message ?? (error as Error)?.message ?? error);
}
