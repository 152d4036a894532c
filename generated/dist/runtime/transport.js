import { ApiPromise } from "./api-promise.js";
import {
  acceptedFrom,
  statusUrl,
  waitForRequest
} from "./async-request.js";
import {
  AbortError,
  ConnectionError,
  errorForStatus,
  InvalidRequestError,
  TimeoutError
} from "./errors.js";
import { PagePromise } from "./pagination.js";
import { parseRateLimit } from "./rate-limit.js";
import { readBody, readWithin } from "./read-body.js";
import { buildRequest } from "./request.js";
import { isRetryableFailure, isRetryableStatus, retryDelay } from "./retry.js";
import { attemptSignal, sleep } from "./signals.js";
class Transport {
  #config;
  #fetch;
  constructor(config) {
    this.#config = config;
    this.#fetch = config.fetch ?? globalThis.fetch.bind(globalThis);
  }
  /** The fetch in use, for helpers that must reach other URLs (token endpoints, status links). */
  get fetch() {
    return this.#fetch;
  }
  request(spec, params = {}, options = {}) {
    return new ApiPromise(this.send(spec, params, options));
  }
  /** A paginated call: the first page as asked for, the next ones by counting up the page parameter. */
  paginate(spec, params = {}, options = {}) {
    const { pagination } = spec;
    const start = Number(params[pagination.page] ?? 1);
    const fetchPage = (page) => this.request(spec, { ...params, [pagination.page]: page }, options);
    return new PagePromise(this.send(spec, params, options), start, fetchPage, pagination);
  }
  /**
   * An asynchronous write. Resolves to the handle of the accepted request;
   * with `wait`, to what the finished write yields (the resource read back,
   * or nothing).
   */
  accept(spec, params = {}, options = {}) {
    const { wait, ...requestOptions } = options;
    const site = { method: spec.method, path: spec.path };
    const given = optionValues(spec, params);
    const follow = (url, o) => this.follow(url, o, given);
    const sent = this.send(spec, params, requestOptions).then((s) => ({
      response: s.response,
      parse: async () => {
        const result = await s.parse();
        return { ...result, data: acceptedFrom(result, spec.async, follow, site) };
      }
    }));
    const accepted = new ApiPromise(sent);
    if (!wait) return accepted;
    const waitOptions = { ...options.signal ? { signal: options.signal } : {}, ...wait === true ? {} : wait };
    const done = accepted.withResponse().then(({ data }) => data.wait(waitOptions));
    return done;
  }
  /** Waits for an accepted request, given by id or status URL; resolves to its final status resource. */
  waitForRequest(spec, request, options = {}) {
    const follow = (url, o) => this.follow(url, o);
    return waitForRequest(statusUrl(request, spec), spec, follow, options, {
      method: "GET",
      path: spec.path ?? request
    });
  }
  /** Where a call would go, for messages: method and path with its parameters filled in. */
  siteOf(spec, params = {}) {
    try {
      const { site } = buildRequest(spec, params, void 0, this.#config);
      return { method: site.method, path: site.path };
    } catch {
      return { method: spec.method, path: spec.path };
    }
  }
  /** Reads an absolute or base-relative URL the API handed out (an `href`, a `Location`). */
  follow(url, options = {}, optionValues2 = {}) {
    const base = new URL(this.#config.baseUrl);
    const target = new URL(url, base);
    if (target.origin !== base.origin) {
      const site = { method: "GET", path: target.pathname };
      return new ApiPromise(
        Promise.reject(new InvalidRequestError(`refusing to send credentials to ${target.origin}`, site))
      );
    }
    const basePath = base.pathname.replace(/\/+$/, "");
    const path = target.pathname.startsWith(basePath) ? target.pathname.slice(basePath.length) : target.pathname;
    const query = {};
    target.searchParams.forEach((value, key) => {
      query[key] = value;
    });
    const params = {};
    for (const key of Object.keys(query)) params[key] = { in: "query", name: key };
    const values = { ...query };
    for (const [option, header] of Object.entries(this.#config.optionHeaders ?? {})) {
      params[`\0${option}`] = { in: "header", name: header, option };
      values[`\0${option}`] = optionValues2[option];
    }
    return this.request({ method: "GET", path, params }, values, options);
  }
  async send(spec, params, options) {
    const built = buildRequest(spec, params, options.headers, this.#config);
    const { site } = built;
    const maxRetries = options.maxRetries ?? this.#config.maxRetries ?? 2;
    const signals = [this.#config.signal, options.signal];
    const timeoutMs = options.timeoutMs ?? this.#config.timeoutMs ?? 6e4;
    let reauthorized = false;
    for (let attempt = 0; ; attempt++) {
      const url = new URL(built.url);
      const headers = new Headers(built.headers);
      const attemptAbort = attemptSignal(signals, timeoutMs);
      const within = (read, at) => readWithin(read, attemptAbort, timeoutMs, at);
      let response;
      try {
        if (spec.auth !== false) await this.#config.auth?.authorize(headers, url, attemptAbort.signal);
        const init = { method: spec.method, headers, signal: attemptAbort.signal };
        if (built.body !== void 0) init.body = built.body;
        response = await this.#fetch(url, init);
      } catch (error) {
        const why = attemptAbort.reason();
        attemptAbort.dispose();
        if (why === "caller") throw new AbortError(`${site.method} ${site.path} was aborted`, site, { cause: error });
        if (!why && !(error instanceof TypeError || error?.name === "TypeError")) throw error;
        const failure = why === "timeout" ? new TimeoutError(`${site.method} ${site.path} timed out`, site) : new ConnectionError(`${site.method} ${site.path} could not connect: ${causeOf(error)}`, site, {
          cause: error
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
      if (response.ok || response.status === 304 && spec.responses?.["304"])
        return this.#sent(spec, response, site, within);
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
  #sent(spec, response, site, within) {
    const kind = spec.responses?.[String(response.status)] ?? spec.responses?.[`${String(response.status)[0]}XX`];
    const finalSite = withServerId(site, response);
    return {
      response,
      parse: async () => ({
        data: await within(() => readBody(response, kind, finalSite), finalSite),
        response,
        status: response.status,
        requestId: finalSite.requestId,
        etag: response.headers.get("etag") ?? void 0,
        rateLimit: parseRateLimit(response.headers)
      })
    };
  }
  async #pause(ms, signals, site) {
    const abort = attemptSignal(signals, void 0);
    try {
      await sleep(ms, abort.signal);
    } catch (error) {
      throw new AbortError(`${site.method} ${site.path} was aborted`, site, { cause: error });
    } finally {
      abort.dispose();
    }
  }
}
function optionValues(spec, params) {
  const out = {};
  for (const [key, p] of Object.entries(spec.params ?? {})) {
    const value = Object.hasOwn(params, key) ? params[key] : void 0;
    if (p.option && value !== void 0) out[p.option] = value;
  }
  return out;
}
function withServerId(site, response) {
  if (site.requestId) return site;
  const id = response.headers.get("x-request-id") ?? response.headers.get("request-id");
  return id ? { ...site, requestId: id } : site;
}
function causeOf(error) {
  const cause = error?.cause;
  if (typeof cause?.code === "string") return cause.code;
  if (typeof cause?.message === "string") return cause.message;
  return error instanceof Error ? error.message : String(error);
}
export {
  Transport
};
