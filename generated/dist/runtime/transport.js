import { ApiPromise, apiResult } from "./api-promise.js";
import { ConnectionError, cutShort, errorForStatus, InvalidRequestError } from "./errors.js";
import { checkHeader } from "./operation.js";
import { brokeOff, readBody, readWithin } from "./read-body.js";
import { buildRequest } from "./request.js";
import { isRetryableFailure, isRetryableStatus, retryDelay } from "./retry.js";
import { attemptSignal } from "./signals.js";
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
  /** Sends a call and resolves once its response has arrived, its body unread: what `request`, `paginate` and `accept` build on. */
  send(spec, params, options) {
    return this.#attempts(spec, params, options, 0);
  }
  /**
   * Attempts a call from attempt number `first` on, until a response is
   * final or the retries run out. The request is built once (in the async
   * function, so that a refusal rejects): every attempt sends the same, its
   * correlation id included.
   */
  async #attempts(spec, params, options, first, built = buildRequest(spec, params, options.headers, this.#config)) {
    const { site } = built;
    const maxRetries = options.maxRetries ?? this.#config.maxRetries ?? 2;
    const signals = [this.#config.signal, options.signal];
    const timeoutMs = options.timeoutMs ?? this.#config.timeoutMs ?? 6e4;
    const auth = spec.auth === false ? void 0 : this.#config.auth;
    let reauthorized = false;
    for (let attempt = first; ; attempt++) {
      const url = auth?.inQuery ? new URL(built.url) : void 0;
      const headers = new Map(built.headers);
      const sink = {
        set: (name, value) => void headers.set(name.toLowerCase(), checkedHeader(name, value, site))
      };
      const attemptAbort = attemptSignal(signals, timeoutMs);
      const within = (read, at) => readWithin(read, attemptAbort, timeoutMs, at);
      let response;
      try {
        const authorizing = auth?.authorize(sink, url, attemptAbort.signal);
        if (authorizing) await authorizing;
        const init = { method: spec.method, headers: [...headers], signal: attemptAbort.signal };
        if (built.body !== void 0) init.body = built.body;
        response = await this.#fetch(url ?? built.url, init);
      } catch (error) {
        const why = attemptAbort.reason();
        attemptAbort.dispose();
        const cut = cutShort(why, site, error);
        if (why === "caller") throw cut;
        if (!why && !(error instanceof TypeError || error?.name === "TypeError")) throw error;
        const failure = cut ?? new ConnectionError(`${site.method} ${site.path} could not connect: ${causeOf(error)}`, site, {
          cause: error
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
      if (response.ok || response.status === 304 && spec.responses?.["304"]) {
        const again = attempt < maxRetries && isRetryableFailure(spec.method) ? () => this.#pause(retryDelay(attempt) ?? 0, signals, site).then(
          () => this.#attempts(spec, params, options, attempt + 1, built)
        ) : void 0;
        return this.#sent(spec, response, site, within, again);
      }
      if (attempt < maxRetries && isRetryableStatus(spec.method, response.status)) {
        const delay = retryDelay(attempt, response.headers);
        if (delay !== void 0) {
          await response.body?.cancel();
          await this.#pause(delay, signals, site);
          continue;
        }
      }
      const body = await within(() => readBody(response, "json", site, { lenient: true }), site);
      throw errorForStatus(response.status, body, response.headers, withServerId(site, response));
    }
  }
  #sent(spec, response, site, within, again) {
    const kind = spec.responses?.[String(response.status)] ?? spec.responses?.[`${String(response.status)[0]}XX`];
    const finalSite = withServerId(site, response);
    return {
      response,
      site: finalSite,
      parse: () => within(() => readBody(response, kind, finalSite), finalSite).then(
        (data) => apiResult(data, response, finalSite.requestId),
        (error) => {
          if (!again || !brokeOff(error)) throw error;
          return again().then((sent) => sent.parse());
        }
      )
    };
  }
  /** Waits before a retry; the caller's signals end the wait, and the call, early. */
  async #pause(ms, signals, site) {
    const pause = attemptSignal(signals, Math.max(ms, 1));
    if (!pause.reason())
      await new Promise((resolve) => pause.signal.addEventListener("abort", resolve, { once: true }));
    pause.dispose();
    if (pause.reason() === "caller") throw cutShort("caller", site, pause.signal.reason);
  }
}
function checkedHeader(name, value, site) {
  const problem = checkHeader(name, value);
  if (problem) throw new InvalidRequestError(`${site.method} ${site.path} not sent: ${problem}`, site);
  return value;
}
function withServerId(site, response) {
  if (site.requestId) return site;
  const id = response.headers.get("x-request-id") ?? response.headers.get("request-id");
  return id ? { ...site, requestId: id } : site;
}
function causeOf(error) {
  const cause = error?.cause;
  return String(cause?.code ?? cause?.message ?? error?.message ?? error);
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
