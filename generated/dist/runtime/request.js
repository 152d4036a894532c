import { InvalidRequestError } from "./errors.js";
import { appendQuery, checkHeader, encodePathValue, headerValue } from "./operation.js";
function buildRequest(spec, params, extra, config) {
  let path = spec.path;
  let query;
  const headers = /* @__PURE__ */ new Map([["accept", "application/json, */*;q=0.5"]]);
  let requestId;
  const problems = [];
  for (const [key, p] of Object.entries(spec.params ?? {})) {
    let value = Object.hasOwn(params, key) ? params[key] : void 0;
    if (value === void 0 && p.option) value = config.defaults?.[p.option];
    if (value === void 0 && p.correlation) value = p.correlation();
    if (p.correlation && value !== void 0) requestId = String(value);
    if (value === void 0 || value === null) continue;
    if (p.in === "path") {
      const encoded2 = encodePathValue(p.name, value);
      if (typeof encoded2 === "string") path = path.replaceAll(`{${p.name}}`, encoded2);
      else problems.push(encoded2.error);
    } else if (p.in === "query") {
      appendQuery(query ??= new URLSearchParams(), p, value);
    } else {
      const text = headerValue(value);
      const problem = checkHeader(p.name, text);
      if (problem) problems.push(problem);
      else headers.set(p.name.toLowerCase(), text);
    }
  }
  for (const given of [extra, config.headers]) {
    for (const [name, value] of Object.entries(given ?? {})) {
      const problem = checkHeader(name, value);
      if (problem) problems.push(problem);
      else if (!headers.has(name.toLowerCase())) headers.set(name.toLowerCase(), value);
    }
  }
  const site = { method: spec.method, path, requestId };
  if (problems.length > 0)
    throw new InvalidRequestError(`${spec.method} ${spec.path} not sent: ${problems.join("; ")}`, site);
  const search = query?.toString();
  const url = `${config.baseUrl.replace(/\/+$/, "")}${path}${search ? `?${search}` : ""}`;
  const body = Object.hasOwn(params, "body") ? params.body : void 0;
  if (spec.body === void 0 || body === void 0) return { url, headers, site };
  const encoded = spec.encode ? spec.encode(body, spec.body) : { body: JSON.stringify(body), contentType: spec.body };
  if (encoded.contentType) headers.set("content-type", encoded.contentType);
  return { url, headers, body: encoded.body, site };
}
export {
  buildRequest
};
