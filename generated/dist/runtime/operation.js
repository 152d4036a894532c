function checkHeader(name, value) {
  if (!goodNames.has(name)) {
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) return `"${name}" is not a header name`;
    if (name.toLowerCase() === "__proto__") return `"${name}" cannot be sent as a header`;
    if (goodNames.size < 1e3) goodNames.add(name);
  }
  return value.includes("\r") || value.includes("\n") || value.includes("\0") ? `header "${name}" contains a line break or NUL and is not sent` : void 0;
}
const goodNames = /* @__PURE__ */ new Set();
function encodePathValue(name, value) {
  const text = String(value);
  if ((text[0] === "." || text[0] === "%") && /^(\.|%2e){1,2}$/i.test(text))
    return { error: `path parameter "${name}" must not be "." or ".."` };
  if (text === "") return { error: `path parameter "${name}" must not be empty` };
  return encodeURIComponent(text);
}
function appendQuery(query, spec, value) {
  if (spec.serialize) return spec.serialize(query, spec, value);
  for (const item of Array.isArray(value) ? value : [value]) query.append(spec.name, String(item));
}
const styledQuery = (query, spec, value) => {
  const { name, style, explode } = spec;
  if (typeof value !== "object" || value === null) return query.append(name, String(value));
  const list = Array.isArray(value);
  const pairs = list ? value.map((v) => [name, v]) : Object.entries(value).filter(([, v]) => v !== void 0);
  if (style === "deepObject" && !list) {
    for (const [k, v] of pairs) query.append(`${name}[${k}]`, String(v));
  } else if (explode === false || list && (style === "spaceDelimited" || style === "pipeDelimited")) {
    const separator = style === "spaceDelimited" ? " " : style === "pipeDelimited" ? "|" : ",";
    query.append(name, (list ? value : pairs.flat()).map(String).join(separator));
  } else {
    for (const [k, v] of pairs) query.append(String(k), String(v));
  }
};
function headerValue(value) {
  return Array.isArray(value) ? value.map(String).join(",") : String(value);
}
const formBody = (body, mediaType) => {
  const form = new URLSearchParams();
  for (const [key, value] of fields(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      form.append(key, typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
  return { body: form, contentType: mediaType };
};
const multipartBody = (body) => {
  const form = new FormData();
  for (const [key, value] of fields(body)) {
    form.append(key, value instanceof Blob ? value : typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  return { body: form };
};
const rawBody = (body, mediaType) => ({
  body: typeof body === "string" || body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body) ? body : String(body),
  contentType: mediaType
});
function fields(body) {
  return Object.entries(body ?? {}).filter(
    ([, value]) => value !== void 0 && value !== null
  );
}
export {
  appendQuery,
  checkHeader,
  encodePathValue,
  formBody,
  headerValue,
  multipartBody,
  rawBody,
  styledQuery
};
