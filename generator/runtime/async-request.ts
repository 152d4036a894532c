import { ApiPromise, apiResult, type ApiResult, type Sent } from './api-promise.js';
import { InvalidRequestError, InvalidResponseError, type CallSite } from './errors.js';
import type { AsyncOperationSpec, OperationSpec, ParameterSpec } from './operation.js';
import { valueAt } from './pointer.js';
import type { RateLimit } from './rate-limit.js';
import { brokeOff } from './read-body.js';
import { pathOf, pollStatusUrl, requestIdOf, statusUrl } from './request-status.js';
import type { RequestOptions } from './options.js';
import type { Transport } from './transport.js';
import type { PollOptions, WaitProgress } from './wait.js';

/** How the API reports the progress of an accepted write (x-async-status). */
export interface AsyncStatusSpec {
  /** Response header holding the status URL. */
  readonly header: string;
  /** JSON pointers into the status resource. */
  readonly status: string;
  readonly message?: string;
  readonly pending: readonly string[];
  readonly done: readonly string[];
  readonly failed: readonly string[];
  /** Path template of the status resource (`/requests/{requestId}/status`): request ids are read from it and put into it. */
  readonly path?: string;
}

/** What an accepted write resolves to once done (x-async). */
export interface AsyncSpec {
  readonly result: 'resource' | 'none';
  readonly status: AsyncStatusSpec;
}

export interface AsyncWaitOptions extends PollOptions {
  /** Called after every poll that found the request still pending. */
  readonly onProgress?: (progress: WaitProgress) => void;
}

/** Options of an asynchronous write: `wait` makes the call resolve once the write is done. */
export interface AsyncCallOptions extends RequestOptions {
  readonly wait?: boolean | AsyncWaitOptions | undefined;
}

/**
 * An accepted write (202): usable at once, and awaitable to completion.
 * `T` is the accepted resource as the response carried it; `R` is what
 * `wait()` resolves to: the resource read back once done, or nothing.
 */
export interface Accepted<T, R> {
  /**
   * The resource as accepted: its id is known, its state is usually BUSY.
   * Undefined when the response's body broke off: the write was applied
   * all the same, and `wait()` still waits for it and reads it back.
   */
  readonly resource: T | undefined;
  /** The id under which the API tracks the write, from its status URL (`/requests/{id}/status`). */
  readonly asyncRequestId: string | undefined;
  /** @deprecated The same as `asyncRequestId`, which does not read as the correlation id every result has; kept for one release. */
  readonly requestId: string | undefined;
  /** The status URL to poll. */
  readonly location: string | undefined;
  readonly etag: string | undefined;
  readonly rateLimit: RateLimit | undefined;
  /** Polls the request's status until it is done, then resolves; throws RequestFailedError if it failed. */
  wait(options?: AsyncWaitOptions): Promise<R>;
}

/** Reads a URL the API handed out, with the client's credentials and retries. */
export type Follow = (url: string, options: RequestOptions) => PromiseLike<unknown>;

/** Turns the result of an accepted write, sent to `site`, into its handle; `data` is undefined when the body broke off. */
export function acceptedFrom<T, R>(
  result: ApiResult<T | undefined>,
  spec: AsyncSpec,
  follow: Follow,
  site: CallSite,
): Accepted<T, R> {
  const location = result.response.headers.get(spec.status.header) ?? undefined;
  const asyncRequestId = location ? requestIdOf(location, spec.status) : undefined;
  return {
    resource: result.data,
    asyncRequestId,
    requestId: asyncRequestId,
    location,
    etag: result.etag,
    rateLimit: result.rateLimit,
    wait: async (options = {}) => {
      // Without a status URL the write completed at once: nothing to poll.
      const status = location
        ? await pollStatusUrl(location, spec.status, follow, options, {
            ...site,
            requestId: asyncRequestId,
          })
        : undefined;
      if (spec.result === 'none') return undefined as R;
      const href = result.data === undefined ? writtenResource(status, site) : valueAt(result.data, '/href');
      if (typeof href !== 'string') return result.data as R;
      return (await follow(href, options.signal ? { signal: options.signal } : {})) as R;
    },
  };
}

/**
 * Where the resource of a write whose body broke off is: the resource
 * written to, or for a POST to a collection, the one right below it that
 * the request status names among its targets.
 */
function writtenResource(status: unknown, site: CallSite): string {
  if (site.method !== 'POST') return site.path;
  const found = hrefs(status).find((href) => {
    const path = pathOf(href);
    const parent = path.lastIndexOf('/');
    return parent > 0 && parent < path.length - 1 && path.slice(0, parent).endsWith(site.path);
  });
  if (found) return found;
  throw new InvalidResponseError(
    `${site.method} ${site.path}: the write is done, but its response broke off before naming the resource, and the request status names none`,
    202,
    site,
  );
}

/** Every `href` in a status resource. */
function hrefs(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'href' && typeof v === 'string' ? [v] : hrefs(v)));
}

/**
 * An asynchronous write. Resolves to the handle of the accepted request;
 * with `wait`, to what the finished write yields (the resource read back,
 * or nothing).
 */
export function asyncWrite<T, R>(
  transport: Transport,
  spec: AsyncOperationSpec,
  params: object = {},
  options: AsyncCallOptions = {},
): ApiPromise<Accepted<T, R>> | Promise<R> {
  const { wait, ...requestOptions } = options;
  // Polls and the read-back belong to the same call: they carry its option-bound headers (its contract).
  const given = optionValues(spec, params);
  // Polls and the read-back are seen by the call's hooks and sent with its fetch options, too.
  const { hooks, fetchOptions } = requestOptions;
  const followUp: Follow = (url, o) =>
    followUrl(
      transport,
      url,
      {
        ...o,
        hooks: o.hooks ?? hooks,
        fetchOptions: o.fetchOptions ?? fetchOptions,
      },
      given,
    );
  const sent = transport.send<T>(spec, params, requestOptions).then((s): Sent<Accepted<T, R>> => ({
    response: s.response,
    site: s.site,
    parse: async () => {
      // The write was applied once it was accepted: a body that breaks off still leaves its handle.
      const data = await s.parse().catch((error: unknown) => {
        if (!brokeOff(error)) throw error;
        return undefined;
      });
      return acceptedFrom<T, R>(apiResult(data, s.response, s.site.requestId), spec.async, followUp, s.site);
    },
  }));
  const accepted = new ApiPromise<Accepted<T, R>>(sent);
  if (!wait) return accepted;
  const waitOptions = {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(wait === true ? {} : wait),
  };
  const done: Promise<R> = accepted.withResponse().then(({ data }) => data.wait(waitOptions));
  return done;
}

/** Waits for an accepted request, given by id or status URL; resolves to its final status resource. */
export function pollRequest(
  transport: Transport,
  spec: AsyncStatusSpec,
  request: string,
  options: AsyncWaitOptions = {},
): Promise<unknown> {
  return pollStatusUrl(statusUrl(request, spec), spec, (url, o) => followUrl(transport, url, o), options, {
    method: 'GET',
    path: spec.path ?? request,
  });
}

/** Reads an absolute or base-relative URL the API handed out (an `href`, a `Location`). */
function followUrl<T>(
  transport: Transport,
  url: string,
  options: RequestOptions,
  given: Readonly<Record<string, unknown>> = {},
): ApiPromise<T> {
  const { baseUrl, optionHeaders = {} } = transport.settings;
  const base = new URL(baseUrl);
  const target = new URL(url, base);
  if (target.origin !== base.origin) {
    const site = { method: 'GET', path: target.pathname };
    return new ApiPromise<T>(
      Promise.reject(new InvalidRequestError(`refusing to send credentials to ${target.origin}`, site)),
    );
  }
  const basePath = base.pathname.replace(/\/+$/, '');
  const path = target.pathname.startsWith(basePath) ? target.pathname.slice(basePath.length) : target.pathname;
  const params: Record<string, ParameterSpec> = {};
  const values: Record<string, unknown> = {};
  target.searchParams.forEach((value, key) => {
    params[key] = { in: 'query', name: key };
    values[key] = value;
  });
  // Option-bound headers (a contract number, a trace id) go along, as on every described call.
  for (const [option, header] of Object.entries(optionHeaders)) {
    params[`\0${option}`] = { in: 'header', name: header, option };
    values[`\0${option}`] = given[option];
  }
  return transport.request<T>({ method: 'GET', path, params }, values, options);
}

/** The values a call gave for option-bound parameters, by option name. */
function optionValues(spec: OperationSpec, params: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(spec.params ?? {})) {
    const value = Object.hasOwn(params, key) ? (params as Record<string, unknown>)[key] : undefined;
    if (p.option && value !== undefined) out[p.option] = value;
  }
  return out;
}

/** @deprecated Renamed `asyncWrite`: `accept` read like the Accept header. Kept for one release. */
export const accept: typeof asyncWrite = asyncWrite;

/** @deprecated Renamed `pollRequest`. Kept for one release. */
export const awaitRequest: typeof pollRequest = pollRequest;
