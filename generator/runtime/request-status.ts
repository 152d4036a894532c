/**
 * The status of an accepted request: where it is, what its id is, and
 * polling it until it is done.
 */
import { ApiError, type CallSite } from './errors.js';
import { valueAt } from './pointer.js';
import type { AsyncStatusSpec, AsyncWaitOptions, Follow } from './async-request.js';
import { poll } from './wait.js';

/** An accepted write ended in a failed state; `detail` holds the status resource as last read. */
export class RequestFailedError extends ApiError {
  readonly status: string;
  readonly detail: unknown;
  readonly location: string;
  constructor(message: string, status: string, detail: unknown, location: string, site: CallSite) {
    super(message, site);
    this.status = status;
    this.detail = detail;
    this.location = location;
  }
}

/**
 * Polls a request's status URL until it is done (resolving to the status
 * resource) or failed (throwing RequestFailedError with the API's message).
 */
export function pollStatusUrl(
  location: string,
  spec: AsyncStatusSpec,
  follow: Follow,
  options: AsyncWaitOptions,
  site: CallSite,
): Promise<unknown> {
  const statusSite = {
    method: 'GET',
    path: pathOf(location),
    requestId: site.requestId ?? requestIdOf(location, spec),
  };
  return poll<unknown>(
    async (request) => {
      const body = await follow(location, request);
      const status = String(valueAt(body, spec.status) ?? '');
      if (spec.done.includes(status)) return { done: true, value: body };
      if (spec.failed.includes(status)) {
        const message = spec.message ? valueAt(body, spec.message) : undefined;
        const why = typeof message === 'string' && message !== '' ? `: ${message}` : '';
        throw new RequestFailedError(
          `request ${statusSite.requestId ?? location} ended ${status}${why}`,
          status,
          body,
          location,
          statusSite,
        );
      }
      return { done: false, status: status || undefined };
    },
    options,
    statusSite,
  );
}

/** The status URL of a request given by id or by URL. */
export function statusUrl(request: string, spec: AsyncStatusSpec): string {
  if (/^[a-z]+:\/\//i.test(request) || request.startsWith('/') || !spec.path) return request;
  return spec.path.replace(/\{[^}]+\}/, encodeURIComponent(request));
}

/** The request id in a status URL, where the status path template says it is. */
export function requestIdOf(location: string, spec: AsyncStatusSpec): string | undefined {
  if (!spec.path) return undefined;
  const [before, after] = spec.path.split(/\{[^}]+\}/);
  const path = pathOf(location);
  const start = before ? path.lastIndexOf(before) : -1;
  if (start === -1) return undefined;
  const rest = path.slice(start + before!.length);
  const end = after ? rest.indexOf(after) : rest.length;
  return end > 0 ? decodeURIComponent(rest.slice(0, end)) : undefined;
}

/** The path of an absolute or relative URL. */
export function pathOf(url: string): string {
  try {
    return new URL(url, 'http://relative.invalid').pathname;
  } catch {
    return url;
  }
}
