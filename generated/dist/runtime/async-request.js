import { ApiError } from './errors.js';
import { valueAt } from './pointer.js';
import { poll } from './wait.js';
/** An accepted write ended in a failed state; `detail` holds the status resource as last read. */
export class RequestFailedError extends ApiError {
    status;
    detail;
    location;
    constructor(message, status, detail, location, site) {
        super(message, site);
        this.status = status;
        this.detail = detail;
        this.location = location;
    }
    toJSON() {
        return { ...super.toJSON(), status: this.status, detail: this.detail, location: this.location };
    }
}
/** Turns the result of an accepted write into its handle. */
export function acceptedFrom(result, spec, follow, site) {
    const location = result.response.headers.get(spec.status.header) ?? undefined;
    const requestId = location ? requestIdOf(location, spec.status) : undefined;
    const readBack = spec.result === 'resource' ? valueAt(result.data, '/href') : undefined;
    return {
        resource: result.data,
        requestId,
        location,
        etag: result.etag,
        rateLimit: result.rateLimit,
        wait: async (options = {}) => {
            // Without a status URL the write completed at once: nothing to poll.
            if (location)
                await waitForRequest(location, spec.status, follow, options, { ...site, requestId });
            if (spec.result === 'none')
                return undefined;
            return (typeof readBack === 'string'
                ? await follow(readBack, options.signal ? { signal: options.signal } : {})
                : result.data);
        },
    };
}
/**
 * Polls a request's status URL until it is done (resolving to the status
 * resource) or failed (throwing RequestFailedError with the API's message).
 */
export function waitForRequest(location, spec, follow, options, site) {
    const statusSite = {
        method: 'GET',
        path: pathOf(location),
        requestId: site.requestId ?? requestIdOf(location, spec),
    };
    return poll(async (request) => {
        const body = await follow(location, request);
        const status = String(valueAt(body, spec.status) ?? '');
        if (spec.done.includes(status))
            return { done: true, value: body };
        if (spec.failed.includes(status)) {
            const message = spec.message ? valueAt(body, spec.message) : undefined;
            const why = typeof message === 'string' && message !== '' ? `: ${message}` : '';
            throw new RequestFailedError(`request ${statusSite.requestId ?? location} ended ${status}${why}`, status, body, location, statusSite);
        }
        return { done: false, status: status || undefined };
    }, options, statusSite);
}
/** The status URL of a request given by id or by URL. */
export function statusUrl(request, spec) {
    if (/^[a-z]+:\/\//i.test(request) || request.startsWith('/') || !spec.path)
        return request;
    return spec.path.replace(/\{[^}]+\}/, encodeURIComponent(request));
}
function requestIdOf(location, spec) {
    if (!spec.path)
        return undefined;
    const [before, after] = spec.path.split(/\{[^}]+\}/);
    const path = pathOf(location);
    const start = before ? path.lastIndexOf(before) : -1;
    if (start === -1)
        return undefined;
    const rest = path.slice(start + before.length);
    const end = after ? rest.indexOf(after) : rest.length;
    return end > 0 ? decodeURIComponent(rest.slice(0, end)) : undefined;
}
function pathOf(url) {
    try {
        return new URL(url, 'http://relative.invalid').pathname;
    }
    catch {
        return url;
    }
}
