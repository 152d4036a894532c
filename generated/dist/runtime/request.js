import { InvalidRequestError } from "./errors.js";
import { appendQuery, checkHeader, encodePathValue, headerValue } from "./operation.js";
function buildRequest(spec, params, extra, config) {
  let path = spec.path;
  let query;
  const headers = { accept: "application/json, */*;q=0.5" };
  let given;
  let correlation;
  const problems = [];
  const specParams = spec.params ?? {};
  for (const key of Object.keys(specParams)) {
    const p = specParams[key];
    let value = Object.hasOwn(params, key) ? params[key] : void 0;
    const filled = value === void 0 || value === null;
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
      if (filled) layer(headers, p.name, headerValue(value), problems);
      else (given ??= []).push([p.name, headerValue(value)]);
    }
  }
  const body = Object.hasOwn(params, "body") ? params.body : void 0;
  const encoded = spec.body === void 0 || body === void 0 ? void 0 : spec.encode ? spec.encode(body, spec.body) : { body: JSON.stringify(body), contentType: spec.body };
  if (encoded?.contentType) (given ??= []).push(["content-type", encoded.contentType]);
  layerAll(headers, config.headers, problems);
  if (given) for (const [name, value] of given) layer(headers, name, value, problems);
  layerAll(headers, extra, problems);
  const site = {
    method: spec.method,
    path,
    requestId: correlation && headerOf(headers, correlation)
  };
  if (problems.length > 0)
    throw new InvalidRequestError(`${spec.method} ${spec.path} not sent: ${problems.join("; ")}`, site);
  const search = query?.toString();
  const base = config.baseUrl.endsWith("/") ? config.baseUrl.replace(/\/+$/, "") : config.baseUrl;
  const url = search ? `${base}${path}?${search}` : base + path;
  return encoded ? { url, headers, body: encoded.body, site } : { url, headers, site };
}
function layer(headers, name, value, problems) {
  if (value === void 0) return;
  const problem = checkHeader(name, value ?? "");
  if (problem) problems.push(problem);
  else if (value === null) delete headers[name.toLowerCase()];
  else headers[name.toLowerCase()] = value;
}
function layerAll(headers, given, problems) {
  if (given) for (const name of Object.keys(given)) layer(headers, name, given[name], problems);
}
function headerOf(headers, name) {
  return Object.hasOwn(headers, name) ? headers[name] : void 0;
}
export {
  buildRequest
};
