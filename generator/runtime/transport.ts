import { ApiPromise, type Sent } from './api-promise.js';
import type { Auth } from './auth.js';
import { cutShort, errorForStatus, InvalidRequestError, type CallSite } from './errors.js';
import { mergedFetchOptions } from './fetch-options.js';
import { HookError, runHooks, type HookContext, type Hooks } from './hooks.js';
import type { CallLog } from './log.js';
import { checkHeader, type OperationSpec } from './operation.js';
import { noResponse, withServerId } from './outcome.js';
import type { RequestOptions, TransportConfig } from './options.js';
import { brokeOff, readWithin } from './read-body.js';
import { buildRequest, type BuiltRequest, type RequestDefaults } from './request.js';
import { isRetryableFailure, isRetryableStatus, retryDelay } from './retry.js';
import { retriesOf, type Retries } from './retry-policy.js';
import { attemptSignal, sleep, type AttemptSignal } from './signals.js';

/** A generated params object: path, query and header parameters by key, and `body`. */
type Params = object;

/** One call as its attempts share it. */
interface Call {
  readonly spec: OperationSpec;
  readonly built: BuiltRequest;
  readonly options: RequestOptions;
  readonly hooks: readonly Hooks[] | undefined;
  readonly log: CallLog | undefined;
  readonly startedAt: number;
  /** fetch's own options, client's and call's merged; undefined when neither gave any. */
  readonly fetchOptions: RequestInit | undefined;
  /** The auth, unless the operation needs none. */
  readonly auth: Auth | undefined;
  /** The client's signal and the call's: either ends the call. */
  readonly signals: readonly (AbortSignal | undefined)[];
  readonly timeoutMs: number;
  readonly retries: Retries;
  readonly maxRetries: number;
  /** Whether an attempt that got no response, or whose body broke off, may be repeated. */
  readonly repeatable: boolean;
  /** Requests sent so far, retries and token renewals included. */
  sent: number;
  /** The error the hooks were told the call ends with: a body retried after it broke off ends once. */
  ended?: unknown;
}

/**
 * Sends calls described by OperationSpecs: URL, headers, auth, retries,
 * timeouts, errors. Pagination and asynchronous writes are functions over a
 * Transport (`paginate`, `asyncWrite`), so an app that calls neither leaves them
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
  get settings(): RequestDefaults & {
    readonly optionHeaders?: Readonly<Record<string, string>> | undefined;
  } {
    const { baseUrl, headers, defaults, optionHeaders } = this.#config;
    return { baseUrl, headers, defaults, optionHeaders };
  }

  request<T>(spec: OperationSpec, params: Params = {}, options: RequestOptions = {}): ApiPromise<T> {
    return new ApiPromise<T>(this.send<T>(spec, params, options));
  }

  /** Sends a call and resolves once its response has arrived, its body unread: what `request`, `paginate` and `asyncWrite` build on. */
  send<T>(spec: OperationSpec, params: Params, options: RequestOptions): Promise<Sent<T>> {
    let call: Call;
    try {
      call = this.#call(spec, params, options);
    } catch (error) {
      return Promise.reject(error);
    }
    const sent = this.#attempts<T>(call, 0);
    if (!call.hooks && !call.log) return sent;
    return sent.then(
      (done) => {
        call.log?.ended(done.site, done.response.status, Date.now() - call.startedAt);
        return done;
      },
      (error: unknown) => this.#failed(call, error),
    );
  }

  /** What every attempt of a call shares, worked out once from the client's options and the call's. */
  #call(spec: OperationSpec, params: Params, options: RequestOptions): Call {
    const config = this.#config;
    // Built once: every attempt sends the same request, correlation id included.
    const built = buildRequest(spec, params, options.headers, config);
    const { hooks: clientHooks, log } = config;
    const callHooks = options.hooks;
    // The client's hooks run before the call's.
    const one = clientHooks ?? callHooks;
    const retries = retriesOf(config.retry, options.retry);
    return {
      spec,
      built,
      options,
      hooks: clientHooks && callHooks ? [clientHooks, callHooks] : one && [one],
      log,
      fetchOptions: mergedFetchOptions(config.fetchOptions, options.fetchOptions),
      auth: spec.auth === false ? undefined : config.auth,
      signals: [config.signal, options.signal],
      timeoutMs: options.timeoutMs ?? config.timeoutMs ?? 60_000,
      retries,
      maxRetries: options.maxRetries ?? config.maxRetries ?? 2,
      repeatable: isRetryableFailure(retries, spec.method, options.idempotent === true),
      startedAt: log ? Date.now() : 0,
      sent: 0,
    };
  }

  /** Logs the error a call ends with and tells the hooks, then throws it (or what a hook threw). */
  async #failed(call: Call, error: unknown): Promise<never> {
    if (call.ended !== error) {
      call.ended = error;
      call.log?.ended(call.built.site, error, Date.now() - call.startedAt);
      // An error a hook raised has been through the hooks once already.
      if (call.hooks && !(error instanceof HookError)) await runHooks(call.hooks, 'onError', error, contextOf(call));
    }
    throw error;
  }

  /** Waits before retry number `attempt + 1`, saying why to the log and, for a failure, to the hooks. */
  async #retry(call: Call, attempt: number, delay: number, why: number | unknown): Promise<void> {
    call.log?.retry(call.built.site, delay, why, attempt + 1, call.maxRetries);
    if (call.hooks && typeof why !== 'number') await runHooks(call.hooks, 'onError', why, contextOf(call));
    await this.#pause(delay, call.signals, call.built.site);
  }

  /** Sends one attempt, through the hooks when there are any. */
  #exchange(call: Call, url: string | URL, init: RequestInit): Promise<Response> {
    call.sent++;
    call.log?.attempt(call.built.site, call.built.url, call.sent, call.options.poll);
    // Not an async function: without hooks, fetch's own promise is all a call waits for.
    return call.hooks ? this.#hooked(call, call.hooks, new Request(url, init)) : this.#fetch(url, init);
  }

  async #hooked(call: Call, hooks: readonly Hooks[], request: Request): Promise<Response> {
    const context = contextOf(call);
    const sent = (await runHooks(hooks, 'onRequest', request, context)) as Request | Response;
    // A Request does not keep every option (an undici dispatcher): they go along again.
    const response = sent instanceof Response ? sent : await this.#fetch(sent, call.fetchOptions);
    return runHooks(hooks, 'onResponse', response, context) as Promise<Response>;
  }

  /** Attempts a built request from attempt number `first` on, until a response is final or the retries run out. */
  async #attempts<T>(call: Call, first: number): Promise<Sent<T>> {
    const { spec, built, auth, retries, maxRetries, repeatable, timeoutMs } = call;
    const { site } = built;
    let reauthorized = false;
    for (let attempt = first; ; attempt++) {
      // Parsed only for an auth that edits it: fetch parses the URL again in any case.
      const url = auth?.inQuery ? new URL(built.url) : undefined;
      // A record, as fetch takes it (a Headers would be copied again, in sorted order).
      const headers = { ...built.headers };
      const sink = {
        set: (name: string, value: string) => {
          headers[name.toLowerCase()] = checkedHeader(name, value, site);
        },
      };
      // The same signal guards the body, rearmed when it is read.
      const attemptAbort = attemptSignal(call.signals, timeoutMs);
      let response: Response;
      try {
        const authorizing = auth?.authorize(sink, url, attemptAbort.signal);
        if (authorizing) await authorizing;
        const { signal } = attemptAbort;
        const init: RequestInit = call.fetchOptions
          ? { ...call.fetchOptions, method: spec.method, headers, signal }
          : { method: spec.method, headers, signal };
        if (built.body !== undefined) init.body = built.body;
        response = await this.#exchange(call, url ?? built.url, init);
      } catch (error) {
        const why = attemptAbort.reason();
        attemptAbort.dispose();
        const failure = noResponse(error, why, site);
        if (attempt >= maxRetries || !repeatable) throw failure;
        await this.#retry(call, attempt, retryDelay(retries, attempt) ?? 0, failure);
        continue;
      }
      // Until the body is read: released if the attempt is repeated.
      attemptAbort.rest();
      if (response.status === 401 && !reauthorized && auth?.invalidate?.(new Map(Object.entries(headers)))) {
        attemptAbort.dispose();
        reauthorized = true;
        call.log?.renewed(site);
        await response.body?.cancel();
        attempt--;
        continue;
      }
      if (response.ok || (response.status === 304 && spec.responses?.['304']))
        return this.#sent<T>(call, response, attemptAbort, attempt);
      if (
        attempt < maxRetries &&
        isRetryableStatus(retries, spec.method, response.status, call.options.idempotent === true)
      ) {
        const delay = retryDelay(retries, attempt, response.headers);
        if (delay !== undefined) {
          attemptAbort.dispose();
          await response.body?.cancel();
          await this.#retry(call, attempt, delay, response.status);
          continue;
        }
        call.log?.refusedWait(site, response.status);
      }
      const body = await readWithin(response, 'json', site, attemptAbort, timeoutMs, { lenient: true });
      throw errorForStatus(response.status, body, response.headers, withServerId(site, response));
    }
  }

  /** A response to read: its body is read under the attempt's signal, rearmed, when the caller asks for it. */
  #sent<T>(call: Call, response: Response, attemptAbort: AttemptSignal, attempt: number): Sent<T> {
    const { responses } = call.spec;
    const status = String(response.status);
    const kind = responses?.[status] ?? responses?.[`${status[0]}XX`];
    const site = withServerId(call.built.site, response);
    return {
      response,
      site,
      parse: () =>
        readWithin(response, kind, site, attemptAbort, call.timeoutMs).catch((error: unknown) =>
          this.#unread<T>(call, attempt, error),
        ) as Promise<T>,
    };
  }

  /**
   * A body that could not be read ends the call, but a safe call whose body
   * broke off is repeated like one that got no response, with the retries left.
   */
  #unread<T>(call: Call, attempt: number, error: unknown): Promise<T> {
    if (attempt >= call.maxRetries || !call.repeatable || !brokeOff(error)) return this.#failed(call, error);
    return this.#retry(call, attempt, retryDelay(call.retries, attempt) ?? 0, error)
      .then(() => this.#attempts<T>(call, attempt + 1))
      .then(
        (sent) => sent.parse(),
        (failure: unknown) => this.#failed(call, failure),
      );
  }

  /** Waits before a retry; the caller's signals end the wait, and the call, early. */
  #pause(ms: number, signals: readonly (AbortSignal | undefined)[], site: CallSite): Promise<void> {
    return sleep(ms, signals).catch((error: unknown) => {
      throw cutShort('caller', site, error);
    });
  }
}

function contextOf(call: Call): HookContext {
  const { site } = call.built;
  return {
    operationId: call.spec.id,
    method: site.method,
    path: site.path,
    attempt: call.sent,
    poll: call.options.poll?.number,
    requestId: site.requestId,
  };
}

/** A header value an auth gives, refused (without showing it: it is a credential) if it would break the request. */
function checkedHeader(name: string, value: string, site: CallSite): string {
  const problem = checkHeader(name, value);
  if (problem) throw new InvalidRequestError(`${site.method} ${site.path} not sent: ${problem}`, site);
  return value;
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
