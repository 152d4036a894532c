import { ApiPromise, apiResult } from "./api-promise.js";
import { InvalidRequestError, InvalidResponseError } from "./errors.js";
import { valueAt } from "./pointer.js";
import { brokeOff } from "./read-body.js";
import { pathOf, pollStatusUrl, requestIdOf, statusUrl } from "./request-status.js";
function acceptedFrom(result, spec, follow, site) {
  const location = result.response.headers.get(spec.status.header) ?? void 0;
  const asyncRequestId = location ? requestIdOf(location, spec.status) : void 0;
  return {
    resource: result.data,
    asyncRequestId,
    requestId: asyncRequestId,
    location,
    etag: result.etag,
    rateLimit: result.rateLimit,
    wait: async (options = {}) => {
      const status = location ? await pollStatusUrl(location, spec.status, follow, options, {
        ...site,
        requestId: asyncRequestId
      }) : void 0;
      if (spec.result === "none") return void 0;
      const href = result.data === void 0 ? writtenResource(status, site) : valueAt(result.data, "/href");
      if (typeof href !== "string") return result.data;
      return await follow(href, options.signal ? { signal: options.signal } : {});
    }
  };
}
function writtenResource(status, site) {
  if (site.method !== "POST") return site.path;
  const found = hrefs(status).find((href) => {
    const path = pathOf(href);
    const parent = path.lastIndexOf("/");
    return parent > 0 && parent < path.length - 1 && path.slice(0, parent).endsWith(site.path);
  });
  if (found) return found;
  throw new InvalidResponseError(
    `${site.method} ${site.path}: the write is done, but its response broke off before naming the resource, and the request status names none`,
    202,
    site
  );
}
function hrefs(value) {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => key === "href" && typeof v === "string" ? [v] : hrefs(v));
}
function asyncWrite(transport, spec, params = {}, options = {}) {
  const { wait, ...requestOptions } = options;
  const given = optionValues(spec, params);
  const { hooks, fetchOptions } = requestOptions;
  const followUp = (url, o) => followUrl(
    transport,
    url,
    {
      ...o,
      hooks: o.hooks ?? hooks,
      fetchOptions: o.fetchOptions ?? fetchOptions
    },
    given
  );
  const sent = transport.send(spec, params, requestOptions).then((s) => ({
    response: s.response,
    site: s.site,
    parse: async () => {
      const data = await s.parse().catch((error) => {
        if (!brokeOff(error)) throw error;
        return void 0;
      });
      return acceptedFrom(apiResult(data, s.response, s.site.requestId), spec.async, followUp, s.site);
    }
  }));
  const accepted = new ApiPromise(sent);
  if (!wait) return accepted;
  const waitOptions = {
    ...options.signal ? { signal: options.signal } : {},
    ...wait === true ? {} : wait
  };
  const done = accepted.withResponse().then(({ data }) => data.wait(waitOptions));
  return done;
}
function pollRequest(transport, spec, request, options = {}) {
  return pollStatusUrl(statusUrl(request, spec), spec, (url, o) => followUrl(transport, url, o), options, {
    method: "GET",
    path: spec.path ?? request
  });
}
function followUrl(transport, url, options, given = {}) {
  const { baseUrl, optionHeaders = {} } = transport.settings;
  const base = new URL(baseUrl);
  const target = new URL(url, base);
  if (target.origin !== base.origin) {
    const site = { method: "GET", path: target.pathname };
    return new ApiPromise(
      Promise.reject(new InvalidRequestError(`refusing to send credentials to ${target.origin}`, site))
    );
  }
  const basePath = base.pathname.replace(/\/+$/, "");
  const path = target.pathname.startsWith(basePath) ? target.pathname.slice(basePath.length) : target.pathname;
  const params = {};
  const values = {};
  target.searchParams.forEach((value, key) => {
    params[key] = { in: "query", name: key };
    values[key] = value;
  });
  for (const [option, header] of Object.entries(optionHeaders)) {
    params[`\0${option}`] = { in: "header", name: header, option };
    values[`\0${option}`] = given[option];
  }
  return transport.request({ method: "GET", path, params }, values, options);
}
function optionValues(spec, params) {
  const out = {};
  for (const [key, p] of Object.entries(spec.params ?? {})) {
    const value = Object.hasOwn(params, key) ? params[key] : void 0;
    if (p.option && value !== void 0) out[p.option] = value;
  }
  return out;
}
const accept = asyncWrite;
const awaitRequest = pollRequest;
export {
  accept,
  acceptedFrom,
  asyncWrite,
  awaitRequest,
  pollRequest
};
