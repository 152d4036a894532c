import { ApiPromise, type ApiResult, type Sent } from './api-promise.js';
import {
  acceptedFrom,
  statusUrl,
  waitForRequest,
  type Accepted,
  type AsyncCallOptions,
  type AsyncStatusSpec,
  type AsyncWaitOptions,
  type Follow,
} from './async-request.js';
import type { Auth } from './auth.js';
import {
  AbortError,
  ConnectionError,
  errorForStatus,
  InvalidRequestError,
  TimeoutError,
  type CallSite,
} from './errors.js';
import type { AsyncOperationSpec, OperationSpec, PaginatedOperationSpec, ParameterSpec } from './operation.js';
import { PagePromise } from './pagination.js';
import { parseRateLimit } from './rate-limit.js';
import { readBody, readWithin, type BodyReader } from './read-body.js';
import { buildRequest } from './request.js';
import { isRetryableFailure, isRetryableStatus, retryDelay } from './retry.js';
import { attemptSignal, sleep } from './signals.js';

/** Options every generated client accepts. */
export interface ClientOptions {
  /** Where the API lives; the spec's server by default. */
  readonly baseUrl?: string;
  /** A fetch implementation; the global one by default. */
  readonly fetch?: typeof fetch;
  /** Time for one attempt of a call until the response headers arrive, and again for reading the body, in milliseconds (default 60,000). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt for 429, 502, 503, 504 and network failures (default 2). */
  readonly maxRetries?: number;
  /** Aborts every call of this client. */
  readonly signal?: AbortSignal;
  /** Extra headers sent with every call. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Options of one call. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly maxRetries?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface TransportConfig extends ClientOptions {
  readonly baseUrl: string;
  readonly auth?: Auth | undefined;
  /** Values of `x-client-option` parameters, by option name. */
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** Header that carries each client option, for URLs the API hands out (`follow`), which no operation describes. */
  readonly optionHeaders?: Readonly<Record<string, string>>;
}

/** A generated params object: path, query and header parameters by key, and `body`. */
type Params = object;

/** Sends calls described by OperationSpecs: URL, headers, auth, retries, timeouts, errors. */
export class Transport {
  readonly #config: TransportConfig;
  readonly #fetch: typeof fetch;

  constructor(config: TransportConfig) {
    this.#config = config;
    // Bound so that a fetch that checks its receiver (browsers do) works when called as a method.
    this.#fetch = config.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** The fetch in use, for helpers that must reach other URLs (token endpoints, status links). */
  get fetch(): typeof fetch {
    return this.#fetch;
  }

  request<T>(spec: OperationSpec, params: Params = {}, options: RequestOptions = {}): ApiPromise<T> {
    return new ApiPromise<T>(this.send<T>(spec, params, options));
  }

  /** A paginated call: the first page as asked for, the next ones by counting up the page parameter. */
  paginate<Page, Item>(
    spec: PaginatedOperationSpec,
    params: Params = {},
    options: RequestOptions = {},
  ): PagePromise<Page, Item> {
    const { pagination } = spec;
    const start = Number((params as Record<string, unknown>)[pagination.page] ?? 1);
    const fetchPage = (page: number): ApiPromise<Page> =>
      this.request<Page>(spec, { ...params, [pagination.page]: page }, options);
    return new PagePromise<Page, Item>(this.send<Page>(spec, params, options), start, fetchPage, pagination);
  }

  /**
   * An asynchronous write. Resolves to the handle of the accepted request;
   * with `wait`, to what the finished write yields (the resource read back,
   * or nothing).
   */
  accept<T, R>(
    spec: AsyncOperationSpec,
    params: Params = {},
    options: AsyncCallOptions = {},
  ): ApiPromise<Accepted<T, R>> | Promise<R> {
    const { wait, ...requestOptions } = options;
    const site = { method: spec.method, path: spec.path };
    // Polls and the read-back belong to the same call: they carry its option-bound headers (its contract).
    const given = optionValues(spec, params);
    const follow: Follow = (url, o) => this.follow(url, o, given);
    const sent = this.send<T>(spec, params, requestOptions).then((s): Sent<Accepted<T, R>> => ({
      response: s.response,
      parse: async () => {
        const result = await s.parse();
        return { ...result, data: acceptedFrom<T, R>(result, spec.async, follow, site) };
      },
    }));
    const accepted = new ApiPromise<Accepted<T, R>>(sent);
    if (!wait) return accepted;
    const waitOptions = { ...(options.signal ? { signal: options.signal } : {}), ...(wait === true ? {} : wait) };
    const done: Promise<R> = accepted.withResponse().then(({ data }) => data.wait(waitOptions));
    return done;
  }

  /** Waits for an accepted request, given by id or status URL; resolves to its final status resource. */
  waitForRequest(spec: AsyncStatusSpec, request: string, options: AsyncWaitOptions = {}): Promise<unknown> {
    const follow: Follow = (url, o) => this.follow(url, o);
    return waitForRequest(statusUrl(request, spec), spec, follow, options, {
      method: 'GET',
      path: spec.path ?? request,
    });
  }

  /** Where a call would go, for messages: method and path with its parameters filled in. */
  siteOf(spec: OperationSpec, params: Params = {}): CallSite {
    try {
      const { site } = buildRequest(spec, params, undefined, this.#config);
      return { method: site.method, path: site.path };
    } catch {
      return { method: spec.method, path: spec.path };
    }
  }

  /** Reads an absolute or base-relative URL the API handed out (an `href`, a `Location`). */
  follow<T>(
    url: string,
    options: RequestOptions = {},
    optionValues: Readonly<Record<string, unknown>> = {},
  ): ApiPromise<T> {
    const base = new URL(this.#config.baseUrl);
    const target = new URL(url, base);
    if (target.origin !== base.origin) {
      const site = { method: 'GET', path: target.pathname };
      return new ApiPromise<T>(
        Promise.reject(new InvalidRequestError(`refusing to send credentials to ${target.origin}`, site)),
      );
    }
    const basePath = base.pathname.replace(/\/+$/, '');
    const path = target.pathname.startsWith(basePath) ? target.pathname.slice(basePath.length) : target.pathname;
    const query: Record<string, string> = {};
    target.searchParams.forEach((value, key) => {
      query[key] = value;
    });
    const params: Record<string, ParameterSpec> = {};
    for (const key of Object.keys(query)) params[key] = { in: 'query', name: key };
    // Option-bound headers (a contract number, a trace id) go along, as on every described call.
    const values: Record<string, unknown> = { ...query };
    for (const [option, header] of Object.entries(this.#config.optionHeaders ?? {})) {
      params[`\0${option}`] = { in: 'header', name: header, option };
      values[`\0${option}`] = optionValues[option];
    }
    return this.request<T>({ method: 'GET', path, params }, values, options);
  }

  async send<T>(spec: OperationSpec, params: Params, options: RequestOptions): Promise<Sent<T>> {
    const built = buildRequest(spec, params, options.headers, this.#config);
    const { site } = built;
    const maxRetries = options.maxRetries ?? this.#config.maxRetries ?? 2;
    const signals = [this.#config.signal, options.signal];
    const timeoutMs = options.timeoutMs ?? this.#config.timeoutMs ?? 60_000;
    let reauthorized = false;
    for (let attempt = 0; ; attempt++) {
      const url = new URL(built.url);
      const headers = new Headers(built.headers);
      const attemptAbort = attemptSignal(signals, timeoutMs);
      // The same signal guards the body, rearmed when it is read.
      const within: BodyReader = (read, at) => readWithin(read, attemptAbort, timeoutMs, at);
      let response: Response;
      try {
        if (spec.auth !== false) await this.#config.auth?.authorize(headers, url, attemptAbort.signal);
        const init: RequestInit = { method: spec.method, headers, signal: attemptAbort.signal };
        if (built.body !== undefined) init.body = built.body;
        response = await this.#fetch(url, init);
      } catch (error) {
        const why = attemptAbort.reason();
        attemptAbort.dispose();
        if (why === 'caller') throw new AbortError(`${site.method} ${site.path} was aborted`, site, { cause: error });
        if (!why && !(error instanceof TypeError || (error as Error)?.name === 'TypeError')) throw error;
        const failure =
          why === 'timeout'
            ? new TimeoutError(`${site.method} ${site.path} timed out`, site)
            : new ConnectionError(`${site.method} ${site.path} could not connect: ${causeOf(error)}`, site, {
                cause: error,
              });
        if (attempt >= maxRetries || !isRetryableFailure(spec.method)) throw failure;
        await this.#pause(retryDelay(attempt) ?? 0, signals, site);
        continue;
      }
      attemptAbort.dispose();
      if (response.status === 401 && !reauthorized && spec.auth !== false && this.#config.auth?.invalidate?.()) {
        reauthorized = true;
        await response.body?.cancel();
        attempt--;
        continue;
      }
      if (response.ok || (response.status === 304 && spec.responses?.['304']))
        return this.#sent<T>(spec, response, site, within);
      if (attempt < maxRetries && isRetryableStatus(spec.method, response.status)) {
        const delay = retryDelay(attempt, response.headers);
        if (delay !== undefined) {
          await response.body?.cancel();
          await this.#pause(delay, signals, site);
          continue;
        }
      }
      const body = await within(() => readBody(response, 'json', site, { lenient: true }), site);
      throw errorForStatus(response.status, body, response.headers, withServerId(site, response));
    }
  }

  #sent<T>(spec: OperationSpec, response: Response, site: CallSite, within: BodyReader): Sent<T> {
    const kind = spec.responses?.[String(response.status)] ?? spec.responses?.[`${String(response.status)[0]}XX`];
    const finalSite = withServerId(site, response);
    return {
      response,
      parse: async (): Promise<ApiResult<T>> => ({
        data: (await within(() => readBody(response, kind, finalSite), finalSite)) as T,
        response,
        status: response.status,
        requestId: finalSite.requestId,
        etag: response.headers.get('etag') ?? undefined,
        rateLimit: parseRateLimit(response.headers),
      }),
    };
  }

  async #pause(ms: number, signals: readonly (AbortSignal | undefined)[], site: CallSite): Promise<void> {
    const abort = attemptSignal(signals, undefined);
    try {
      await sleep(ms, abort.signal);
    } catch (error) {
      throw new AbortError(`${site.method} ${site.path} was aborted`, site, { cause: error });
    } finally {
      abort.dispose();
    }
  }
}

/** The values a call gave for option-bound parameters, by option name. */
function optionValues(spec: OperationSpec, params: Params): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(spec.params ?? {})) {
    const value = Object.hasOwn(params, key) ? (params as Record<string, unknown>)[key] : undefined;
    if (p.option && value !== undefined) out[p.option] = value;
  }
  return out;
}

/** Adds the server's request id when the call had none of its own. */
function withServerId(site: CallSite, response: Response): CallSite {
  if (site.requestId) return site;
  const id = response.headers.get('x-request-id') ?? response.headers.get('request-id');
  return id ? { ...site, requestId: id } : site;
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}
