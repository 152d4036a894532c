import { cutShort, InvalidResponseError, TimeoutError, type CallSite } from './errors.js';
import type { AttemptSignal } from './signals.js';
import type { BodyKind } from './operation.js';

/**
 * Reads a response body as the operation declares it. A declared JSON body
 * that is empty, truncated or not JSON is an InvalidResponseError, unless
 * `lenient` (error responses), where the text is kept as it came and a body
 * that breaks off is none: the status is what the caller needs.
 */
export async function readBody(
  response: Response,
  declared: BodyKind | undefined,
  site: CallSite,
  options?: { lenient?: boolean },
): Promise<unknown> {
  const lenient = options?.lenient === true;
  if (declared === 'none' || response.status === 204 || response.status === 205 || response.status === 304) {
    await response.body?.cancel();
    return undefined;
  }
  let text: string;
  try {
    if (declared === 'binary') return await response.blob();
    text = await response.text();
  } catch (error) {
    // An abort is the attempt's timeout or the caller's signal, which readWithin reports.
    if (lenient && (error as Error | undefined)?.name !== 'AbortError') return undefined;
    throw new InvalidResponseError(`${site.method} ${site.path}: the response body broke off`, response.status, site, {
      cause: error,
    });
  }
  // The content type is looked up only where the operation does not say what the body is, or it is not that.
  const kind = declared ?? (/json/i.test(contentTypeOf(response)) ? 'json' : text === '' ? 'none' : 'text');
  if (kind === 'text') return text;
  if (kind === 'none') return undefined;
  if (text.trim() === '') {
    if (lenient) return undefined;
    throw invalid('an empty body', response, site);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (lenient) return text;
    const contentType = contentTypeOf(response);
    const what = /html/i.test(contentType)
      ? 'an HTML page'
      : /json/i.test(contentType)
        ? 'truncated or malformed JSON'
        : `"${contentType || 'no content type'}"`;
    throw invalid(what, response, site, error);
  }
}

function contentTypeOf(response: Response): string {
  return response.headers.get('content-type') ?? '';
}

/**
 * Whether reading a body failed on the way rather than on what arrived: the
 * connection broke off or the body stalled past the timeout. A safe call is
 * then repeated; a write was applied all the same.
 */
export function brokeOff(error: unknown): boolean {
  if (error instanceof TimeoutError) return true;
  return error instanceof InvalidResponseError && (error.cause as Error | undefined)?.name === 'TypeError';
}

/** A JSON body that is not: said the same way whatever arrived instead. */
function invalid(what: string, response: Response, site: CallSite, cause?: unknown): InvalidResponseError {
  const message = `${site.method} ${site.path}: expected JSON, got ${what} (status ${response.status})`;
  return new InvalidResponseError(message, response.status, site, { cause });
}

/**
 * Reads a body under the attempt's signal, rearmed with a timeout of its own
 * that starts when reading starts: a result awaited late still reads, a
 * stalled body ends in TimeoutError, the caller's abort in AbortError.
 */
export async function readWithin(
  response: Response,
  declared: BodyKind | undefined,
  site: CallSite,
  attempt: AttemptSignal,
  timeoutMs: number,
  options?: { lenient?: boolean },
): Promise<unknown> {
  attempt.rearm(timeoutMs);
  try {
    return await readBody(response, declared, site, options);
  } catch (error) {
    throw cutShort(attempt.reason(), site, error) ?? error;
  } finally {
    attempt.dispose();
  }
}
