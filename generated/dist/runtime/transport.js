import { ApiPromise } from "./api-promise.js";
import { cutShort, errorForStatus, InvalidRequestError } from "./errors.js";
import { mergedFetchOptions } from "./fetch-options.js";
import { HookError, runHooks } from "./hooks.js";
import { checkHeader } from "./operation.js";
import { noResponse, withServerId } from "./outcome.js";
import { brokeOff, readWithin } from "./read-body.js";
import { buildRequest } from "./request.js";
import { isRetryableFailure, isRetryableStatus, retryDelay } from "./retry.js";
import { retriesOf } from "./retry-policy.js";
import { attemptSignal, sleep } from "./signals.js";
class Transport {
  #config;
  #fetch;
  constructor(config) {
    this.#config = config;
    this.#fetch = config.fetch ?? globalThis.fetch.bind(globalThis);
  }
  /** Where calls go and what they carry besides their parameters and the auth: for helpers that reach URLs the API hands out. */
  get settings() {
    const { baseUrl, headers, defaults, optionHeaders } = this.#config;
    return { baseUrl, headers, defaults, optionHeaders };
  }
  request(spec, params = {}, options = {}) {
    return new ApiPromise(this.send(spec, params, options));
  }
  /** Sends a call and resolves once its response has arrived, its body unread: what `request`, `paginate` and `asyncWrite` build on. */
  send(spec, params, options) {
    let call;
    try {
      call = this.#call(spec, params, options);
    } catch (error) {
      return Promise.reject(error);
    }
    const sent = this.#attempts(call, 0);
    if (!call.hooks && !call.log) return sent;
    return sent.then(
      (done) => {
        call.log?.ended(done.site, done.response.status, Date.now() - call.startedAt);
        return done;
      },
      (error) => this.#failed(call, error)
    );
  }
  /** What every attempt of a call shares, worked out once from the client's options and the call's. */
  #call(spec, params, options) {
    const config = this.#config;
    const built = buildRequest(spec, params, options.headers, config);
    const { hooks: clientHooks, log } = config;
    const callHooks = options.hooks;
    const one = clientHooks ?? callHooks;
    const retries = retriesOf(config.retry, options.retry);
    return {
      spec,
      built,
      options,
      hooks: clientHooks && callHooks ? [clientHooks, callHooks] : one && [one],
      log,
      fetchOptions: mergedFetchOptions(config.fetchOptions, options.fetchOptions),
      auth: spec.auth === false ? void 0 : config.auth,
      signals: [config.signal, options.signal],
      timeoutMs: options.timeoutMs ?? config.timeoutMs ?? 6e4,
      retries,
      maxRetries: options.maxRetries ?? config.maxRetries ?? 2,
      repeatable: isRetryableFailure(retries, spec.method, options.idempotent === true),
      startedAt: log ? Date.now() : 0,
      sent: 0
    };
  }
  /** Logs the error a call ends with and tells the hooks, then throws it (or what a hook threw). */
  async #failed(call, error) {
    if (call.ended !== error) {
      call.ended = error;
      call.log?.ended(call.built.site, error, Date.now() - call.startedAt);
      if (call.hooks && !(error instanceof HookError)) await runHooks(call.hooks, "onError", error, contextOf(call));
    }
    throw error;
  }
  /** Waits before retry number `attempt + 1`, saying why to the log and, for a failure, to the hooks. */
  async #retry(call, attempt, delay, why) {
    call.log?.retry(call.built.site, delay, why, attempt + 1, call.maxRetries);
    if (call.hooks && typeof why !== "number") await runHooks(call.hooks, "onError", why, contextOf(call));
    await this.#pause(delay, call.signals, call.built.site);
  }
  /** Sends one attempt, through the hooks when there are any. */
  #exchange(call, url, init) {
    call.sent++;
    call.log?.attempt(call.built.site, call.built.url, call.sent, call.options.poll);
    return call.hooks ? this.#hooked(call, call.hooks, new Request(url, init)) : this.#fetch(url, init);
  }
  async #hooked(call, hooks, request) {
    const context = contextOf(call);
    const sent = await runHooks(hooks, "onRequest", request, context);
    const response = sent instanceof Response ? sent : await this.#fetch(sent, call.fetchOptions);
    return runHooks(hooks, "onResponse", response, context);
  }
  /** Attempts a built request from attempt number `first` on, until a response is final or the retries run out. */
  async #attempts(call, first) {
    const { spec, built, auth, retries, maxRetries, repeatable, timeoutMs } = call;
    const { site } = built;
    let reauthorized = false;
    for (let attempt = first; ; attempt++) {
      const url = auth?.inQuery ? new URL(built.url) : void 0;
      const headers = { ...built.headers };
      const sink = {
        set: (name, value) => {
          headers[name.toLowerCase()] = checkedHeader(name, value, site);
        }
      };
      const attemptAbort = attemptSignal(call.signals, timeoutMs);
      let response;
      try {
        const authorizing = auth?.authorize(sink, url, attemptAbort.signal);
        if (authorizing) await authorizing;
        const { signal } = attemptAbort;
        const init = call.fetchOptions ? { ...call.fetchOptions, method: spec.method, headers, signal } : { method: spec.method, headers, signal };
        if (built.body !== void 0) init.body = built.body;
        response = await this.#exchange(call, url ?? built.url, init);
      } catch (error) {
        const why = attemptAbort.reason();
        attemptAbort.dispose();
        const failure = noResponse(error, why, site);
        if (attempt >= maxRetries || !repeatable) throw failure;
        await this.#retry(call, attempt, retryDelay(retries, attempt) ?? 0, failure);
        continue;
      }
      attemptAbort.rest();
      if (response.status === 401 && !reauthorized && auth?.invalidate?.(new Map(Object.entries(headers)))) {
        attemptAbort.dispose();
        reauthorized = true;
        call.log?.renewed(site);
        await response.body?.cancel();
        attempt--;
        continue;
      }
      if (response.ok || response.status === 304 && spec.responses?.["304"])
        return this.#sent(call, response, attemptAbort, attempt);
      if (attempt < maxRetries && isRetryableStatus(retries, spec.method, response.status, call.options.idempotent === true)) {
        const delay = retryDelay(retries, attempt, response.headers);
        if (delay !== void 0) {
          attemptAbort.dispose();
          await response.body?.cancel();
          await this.#retry(call, attempt, delay, response.status);
          continue;
        }
        call.log?.refusedWait(site, response.status);
      }
      const body = await readWithin(response, "json", site, attemptAbort, timeoutMs, { lenient: true });
      throw errorForStatus(response.status, body, response.headers, withServerId(site, response));
    }
  }
  /** A response to read: its body is read under the attempt's signal, rearmed, when the caller asks for it. */
  #sent(call, response, attemptAbort, attempt) {
    const { responses } = call.spec;
    const status = String(response.status);
    const kind = responses?.[status] ?? responses?.[`${status[0]}XX`];
    const site = withServerId(call.built.site, response);
    return {
      response,
      site,
      parse: () => readWithin(response, kind, site, attemptAbort, call.timeoutMs).catch(
        (error) => this.#unread(call, attempt, error)
      )
    };
  }
  /**
   * A body that could not be read ends the call, but a safe call whose body
   * broke off is repeated like one that got no response, with the retries left.
   */
  #unread(call, attempt, error) {
    if (attempt >= call.maxRetries || !call.repeatable || !brokeOff(error)) return this.#failed(call, error);
    return this.#retry(call, attempt, retryDelay(call.retries, attempt) ?? 0, error).then(() => this.#attempts(call, attempt + 1)).then(
      (sent) => sent.parse(),
      (failure) => this.#failed(call, failure)
    );
  }
  /** Waits before a retry; the caller's signals end the wait, and the call, early. */
  #pause(ms, signals, site) {
    return sleep(ms, signals).catch((error) => {
      throw cutShort("caller", site, error);
    });
  }
}
function contextOf(call) {
  const { site } = call.built;
  return {
    operationId: call.spec.id,
    method: site.method,
    path: site.path,
    attempt: call.sent,
    poll: call.options.poll?.number,
    requestId: site.requestId
  };
}
function checkedHeader(name, value, site) {
  const problem = checkHeader(name, value);
  if (problem) throw new InvalidRequestError(`${site.method} ${site.path} not sent: ${problem}`, site);
  return value;
}
function siteOf(transport, spec, params = {}) {
  try {
    const { site } = buildRequest(spec, params, void 0, transport.settings);
    return { method: site.method, path: site.path };
  } catch {
    return { method: spec.method, path: spec.path };
  }
}
export {
  Transport,
  siteOf
};
