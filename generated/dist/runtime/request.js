import { InvalidRequestError } from "./errors.js";
import { appendQuery, checkHeader, encodePathValue, headerValue } from "./operation.js";
function buildRequest(spec, params, extra, config) {
  let path = spec.path;
  let query;
  const headers = /* @__PURE__ */ new Map([["accept", "application/json, */*;q=0.5"]]);
  let given;
  let correlation;
  let requestId;
  const problems = [];
  for (const [key, p] of Object.entries(spec.params ?? {})) {
    let value = Object.hasOwn(params, key) ? params[key] : void 0;
    const explicit = value !== void 0 && value !== null;
    if (value === void 0 && p.option) value = config.defaults?.[p.option];
    if (value === void 0 && p.correlation) value = p.correlation();
    if (value === void 0 || value === null) continue;
    if (p.correlation) requestId = String(value);
    if (p.in === "path") {
      const encoded = encodePathValue(p.name, value);
      if (typeof encoded === "string") path = path.replaceAll(`{${p.name}}`, encoded);
      else problems.push(encoded.error);
    } else if (p.in === "query") {
      appendQuery(query ??= new URLSearchParams(), p, value);
    } else {
      const name = p.name.toLowerCase();
      if (p.correlation) correlation = name;
      const text = headerValue(value);
      const problem = checkHeader(p.name, text);
      if (problem) problems.push(problem);
      else if (explicit) (given ??= []).push([name, text]);
      else headers.set(name, text);
    }
  }
  layer(headers, config.headers, problems);
  if (given) for (const [name, text] of given) headers.set(name, text);
  const body = encodeBody(spec, params, headers);
  layer(headers, extra, problems);
  if (correlation) requestId = headers.get(correlation);
  const site = { method: spec.method, path, requestId };
  if (problems.length > 0)
    throw new InvalidRequestError(`${spec.method} ${spec.path} not sent: ${problems.join("; ")}`, site);
  const search = query?.toString();
  const url = `${config.baseUrl.replace(/\/+$/, "")}${path}${search ? `?${search}` : ""}`;
  return body === void 0 ? { url, headers, site } : { url, headers, body, site };
}
function layer(headers, given, problems) {
  if (!given) return;
  for (const [name, value] of Object.entries(given)) {
    if (value === void 0) continue;
    const problem = checkHeader(name, value ?? "");
    if (problem) problems.push(problem);
    else if (value === null) headers.delete(name.toLowerCase());
    else headers.set(name.toLowerCase(), value);
  }
}
function encodeBody(spec, params, headers) {
  const body = Object.hasOwn(params, "body") ? params.body : void 0;
  if (spec.body === void 0 || body === void 0) return void 0;
  const encoded = spec.encode ? spec.encode(body, spec.body) : { body: JSON.stringify(body), contentType: spec.body };
  if (encoded.contentType) headers.set("content-type", encoded.contentType);
  return encoded.body;
}
export {
  buildRequest
};
