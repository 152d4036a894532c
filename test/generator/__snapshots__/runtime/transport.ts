import { ApiPromise, apiResult, type ApiResult, type Sent } from './api-promise.js';
import type { Auth } from './auth.js';
import { ConnectionError, cutShort, errorForStatus, InvalidRequestError, type CallSite } from './errors.js';
import { checkHeader, type OperationSpec } from './operation.js';
import { brokeOff, readBody, readWithin, type BodyReader } from './read-body.js';
import { buildRequest, type BuiltRequest, type HeaderLayer, type RequestDefaults } from './request.js';
import { isRetryableFailure, isRetryableStatus, retryDelay } from './retry.js';
import { attemptSignal } from './signals.js';

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
  /** Headers of every call, over the defaults (`Accept` among them); `null` removes one. */
  readonly headers?: HeaderLayer | undefined;
}

/** Options of one call. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly maxRetries?: number;
  /** Headers of this call, over the client's and over what the call sends itself; `null` removes one. The auth's credentials are set after them. */
  readonly headers?: HeaderLayer | undefined;
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

/**
 * Sends calls described by OperationSpecs: URL, headers, auth, retries,
 * timeouts, errors. Pagination and asynchronous writes are functions over a
 * Transport (`paginate`, `accept`), so an app that calls neither leaves them
 * out of its bundle.
 */
export class Transport {
  readonly #config: TransportConfig;
  readonly #fetch: typeof fetch;

  constructor(config: TransportConfig) {
    this.#config = config;
    // Bound so that a fetch that checks its receiver (browsers do) works when called as a method.
    this.#fetch = config.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** Where calls go and what they carry besides their parameters and the auth: for helpers that reach URLs the API hands out. */
  get settings(): RequestDefaults & { readonly optionHeaders?: Readonly<Record<string, string>> | undefined } {
    const { baseUrl, headers, defaults, optionHeaders } = this.#config;
    return { baseUrl, headers, defaults, optionHeaders };
  }

  request<T>(spec: OperationSpec, params: Params = {}, options: RequestOptions = {}): ApiPromise<T> {
    return new ApiPromise<T>(this.send<T>(spec, params, options));
  }

  /** Sends a call and resolves once its response has arrived, its body unread: what `request`, `paginate` and `accept` build on. */
  send<T>(spec: OperationSpec, params: Params, options: RequestOptions): Promise<Sent<T>> {
    return this.#attempts<T>(spec, params, options, 0);
  }

  /**
   * Attempts a call from attempt number `first` on, until a response is
   * final or the retries run out. The request is built once (in the async
   * function, so that a refusal rejects): every attempt sends the same, its
   * correlation id included.
   */
  async #attempts<T>(
    spec: OperationSpec,
    params: Params,
    options: RequestOptions,
    first: number,
    built: BuiltRequest = buildRequest(spec, params, options.headers, this.#config),
  ): Promise<Sent<T>> {
    const { site } = built;
    const maxRetries = options.maxRetries ?? this.#config.maxRetries ?? 2;
    const signals = [this.#config.signal, options.signal];
    const timeoutMs = options.timeoutMs ?? this.#config.timeoutMs ?? 60_000;
    const auth = spec.auth === false ? undefined : this.#config.auth;
    let reauthorized = false;
    for (let attempt = first; ; attempt++) {
      // Parsed only for an auth that edits it: fetch parses the URL again in any case.
      const url = auth?.inQuery ? new URL(built.url) : undefined;
      // A Map rather than a Headers: fetch takes its entries as they are, where it would copy a Headers in sorted order.
      const headers = new Map(built.headers);
      const sink = {
        set: (name: string, value: string) => void headers.set(name.toLowerCase(), checkedHeader(name, value, site)),
      };
      const attemptAbort = attemptSignal(signals, timeoutMs);
      // The same signal guards the body, rearmed when it is read.
      const within: BodyReader = (read, at) => readWithin(read, attemptAbort, timeoutMs, at);
      let response: Response;
      try {
        const authorizing = auth?.authorize(sink, url, attemptAbort.signal);
        if (authorizing) await authorizing;
        const init: RequestInit = { method: spec.method, headers: [...headers], signal: attemptAbort.signal };
        if (built.body !== undefined) init.body = built.body;
        response = await this.#fetch(url ?? built.url, init);
      } catch (error) {
        const why = attemptAbort.reason();
        attemptAbort.dispose();
        const cut = cutShort(why, site, error);
        if (why === 'caller') throw cut;
        // fetch rejects with a TypeError when no response arrived; anything else is not a network failure.
        if (!why && !(error instanceof TypeError || (error as Error)?.name === 'TypeError')) throw error;
        const failure =
          cut ??
          new ConnectionError(`${site.method} ${site.path} could not connect: ${causeOf(error)}`, site, {
            cause: error,
          });
        if (attempt >= maxRetries || !isRetryableFailure(spec.method)) throw failure;
        await this.#pause(retryDelay(attempt) ?? 0, signals, site);
        continue;
      }
      attemptAbort.dispose();
      if (response.status === 401 && !reauthorized && auth?.invalidate?.(headers)) {
        reauthorized = true;
        await response.body?.cancel();
        attempt--;
        continue;
      }
      if (response.ok || (response.status === 304 && spec.responses?.['304'])) {
        // A safe call whose body breaks off is repeated like one that got no response, with the retries left.
        const again =
          attempt < maxRetries && isRetryableFailure(spec.method)
            ? () =>
                this.#pause(retryDelay(attempt) ?? 0, signals, site).then(() =>
                  this.#attempts<T>(spec, params, options, attempt + 1, built),
                )
            : undefined;
        return this.#sent<T>(spec, response, site, within, again);
      }
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

  #sent<T>(
    spec: OperationSpec,
    response: Response,
    site: CallSite,
    within: BodyReader,
    again: (() => Promise<Sent<T>>) | undefined,
  ): Sent<T> {
    const kind = spec.responses?.[String(response.status)] ?? spec.responses?.[`${String(response.status)[0]}XX`];
    const finalSite = withServerId(site, response);
    return {
      response,
      site: finalSite,
      parse: (): Promise<ApiResult<T>> =>
        within(() => readBody(response, kind, finalSite), finalSite).then(
          (data) => apiResult(data as T, response, finalSite.requestId),
          (error: unknown) => {
            if (!again || !brokeOff(error)) throw error;
            return again().then((sent) => sent.parse());
          },
        ),
    };
  }

  /** Waits before a retry; the caller's signals end the wait, and the call, early. */
  async #pause(ms: number, signals: readonly (AbortSignal | undefined)[], site: CallSite): Promise<void> {
    // The pause is an attempt signal that times out when the wait is over (at least a millisecond: 0 means none).
    const pause = attemptSignal(signals, Math.max(ms, 1));
    if (!pause.reason())
      await new Promise((resolve) => pause.signal.addEventListener('abort', resolve, { once: true }));
    pause.dispose();
    if (pause.reason() === 'caller') throw cutShort('caller', site, pause.signal.reason);
  }
}

/** A header value an auth gives, refused (without showing it: it is a credential) if it would break the request. */
function checkedHeader(name: string, value: string, site: CallSite): string {
  const problem = checkHeader(name, value);
  if (problem) throw new InvalidRequestError(`${site.method} ${site.path} not sent: ${problem}`, site);
  return value;
}

/** Adds the server's request id when the call had none of its own. */
function withServerId(site: CallSite, response: Response): CallSite {
  if (site.requestId) return site;
  const id = response.headers.get('x-request-id') ?? response.headers.get('request-id');
  return id ? { ...site, requestId: id } : site;
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  return String(cause?.code ?? cause?.message ?? (error as Error)?.message ?? error);
}

/** Where a call would go, for messages: method and path with its parameters filled in. */
export function siteOf(transport: Transport, spec: OperationSpec, params: Params = {}): CallSite {
  try {
    const { site } = buildRequest(spec, params, undefined, transport.settings);
    return { method: site.method, path: site.path };
  } catch {
    return { method: spec.method, path: spec.path };
  }
}
