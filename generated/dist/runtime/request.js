import { InvalidRequestError } from "./errors.js";
import { appendQuery, checkHeader, encodePathValue, headerValue } from "./operation.js";
function buildRequest(spec, params, extra, config) {
  let path = spec.path;
  let query;
  const filled = [["accept", "application/json, */*;q=0.5"]];
  const given = [];
  let correlation;
  const problems = [];
  const specParams = spec.params ?? {};
  for (const key of Object.keys(specParams)) {
    const p = specParams[key];
    let value = Object.hasOwn(params, key) ? params[key] : void 0;
    const layer = value === void 0 || value === null ? filled : given;
    if (value === void 0 && p.option) value = config.defaults?.[p.option];
    if (value === void 0 && p.correlation) value = p.correlation();
    if (value === void 0 || value === null) continue;
    if (p.in === "path") {
      const encoded2 = encodePathValue(p.name, value);
      if (typeof encoded2 === "string") path = path.replaceAll(`{${p.name}}`, encoded2);
      else problems.push(encoded2.error);
    } else if (p.in === "query") {
      appendQuery(query ??= new URLSearchParams(), p, value);
    } else {
      if (p.correlation) correlation = p.name.toLowerCase();
      layer.push([p.name, headerValue(value)]);
    }
  }
  const body = Object.hasOwn(params, "body") ? params.body : void 0;
  const encoded = spec.body === void 0 || body === void 0 ? void 0 : spec.encode ? spec.encode(body, spec.body) : { body: JSON.stringify(body), contentType: spec.body };
  if (encoded?.contentType) given.push(["content-type", encoded.contentType]);
  const headers = /* @__PURE__ */ new Map();
  for (const entries of [filled, Object.entries(config.headers ?? {}), given, Object.entries(extra ?? {})]) {
    for (const [name, value] of entries) {
      if (value === void 0) continue;
      const problem = checkHeader(name, value ?? "");
      if (problem) problems.push(problem);
      else if (value === null) headers.delete(name.toLowerCase());
      else headers.set(name.toLowerCase(), value);
    }
  }
  const site = {
    method: spec.method,
    path,
    requestId: correlation && headers.get(correlation)
  };
  if (problems.length > 0)
    throw new InvalidRequestError(`${spec.method} ${spec.path} not sent: ${problems.join("; ")}`, site);
  const search = query?.toString();
  const url = `${config.baseUrl.replace(/\/+$/, "")}${path}${search ? `?${search}` : ""}`;
  return encoded ? { url, headers, body: encoded.body, site } : { url, headers, site };
}
export {
  buildRequest
};
