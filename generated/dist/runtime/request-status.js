import { ApiError } from "./errors.js";
import { valueAt } from "./pointer.js";
import { poll } from "./wait.js";
class RequestFailedError extends ApiError {
  constructor(message, status, detail, location, site) {
    super(message, site);
    this.status = status;
    this.detail = detail;
    this.location = location;
  }
}
function pollStatusUrl(location, spec, follow, options, site) {
  const statusSite = {
    method: "GET",
    path: pathOf(location),
    requestId: site.requestId ?? requestIdOf(location, spec)
  };
  return poll(
    async (request) => {
      const body = await follow(location, request);
      const status = String(valueAt(body, spec.status) ?? "");
      if (spec.done.includes(status)) return { done: true, value: body };
      if (spec.failed.includes(status)) {
        const message = spec.message ? valueAt(body, spec.message) : void 0;
        const why = typeof message === "string" && message !== "" ? `: ${message}` : "";
        throw new RequestFailedError(
          `request ${statusSite.requestId ?? location} ended ${status}${why}`,
          status,
          body,
          location,
          statusSite
        );
      }
      return { done: false, status: status || void 0 };
    },
    options,
    statusSite
  );
}
function statusUrl(request, spec) {
  if (/^[a-z]+:\/\//i.test(request) || request.startsWith("/") || !spec.path) return request;
  return spec.path.replace(/\{[^}]+\}/, encodeURIComponent(request));
}
function requestIdOf(location, spec) {
  if (!spec.path) return void 0;
  const [before, after] = spec.path.split(/\{[^}]+\}/);
  const path = pathOf(location);
  const start = before ? path.lastIndexOf(before) : -1;
  if (start === -1) return void 0;
  const rest = path.slice(start + before.length);
  const end = after ? rest.indexOf(after) : rest.length;
  return end > 0 ? decodeURIComponent(rest.slice(0, end)) : void 0;
}
function pathOf(url) {
  try {
    return new URL(url, "http://relative.invalid").pathname;
  } catch {
    return url;
  }
}
export {
  RequestFailedError,
  pathOf,
  pollStatusUrl,
  requestIdOf,
  statusUrl
};
