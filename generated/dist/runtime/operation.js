function checkHeaderValue(name, value) {
  return /[\r\n\0]/.test(value) ? `header "${name}" contains a line break or NUL and is not sent` : void 0;
}
function encodePathValue(name, value) {
  const text = String(value);
  if (/^(\.|%2e){1,2}$/i.test(text)) return { error: `path parameter "${name}" must not be "." or ".."` };
  if (text === "") return { error: `path parameter "${name}" must not be empty` };
  return encodeURIComponent(text);
}
function appendQuery(query, spec, value) {
  if (value === void 0 || value === null) return;
  if (Array.isArray(value)) {
    if (spec.explode === false || spec.style === "spaceDelimited" || spec.style === "pipeDelimited") {
      const separator = spec.style === "spaceDelimited" ? " " : spec.style === "pipeDelimited" ? "|" : ",";
      query.append(spec.name, value.map(String).join(separator));
    } else {
      for (const item of value) query.append(spec.name, String(item));
    }
    return;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0);
    if (spec.style === "deepObject") {
      for (const [k, v] of entries) query.append(`${spec.name}[${k}]`, String(v));
    } else if (spec.explode === false) {
      query.append(spec.name, entries.flat().map(String).join(","));
    } else {
      for (const [k, v] of entries) query.append(k, String(v));
    }
    return;
  }
  query.append(spec.name, String(value));
}
function headerValue(value) {
  return Array.isArray(value) ? value.map(String).join(",") : String(value);
}
function encodeBody(mediaType, body) {
  if (mediaType === "application/x-www-form-urlencoded") {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(body ?? {})) {
      if (value === void 0 || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        form.append(key, typeof item === "object" ? JSON.stringify(item) : String(item));
      }
    }
    return { body: form, contentType: mediaType };
  }
  if (mediaType === "multipart/form-data") {
    const form = new FormData();
    for (const [key, value] of Object.entries(body ?? {})) {
      if (value === void 0 || value === null) continue;
      form.append(
        key,
        value instanceof Blob ? value : typeof value === "object" ? JSON.stringify(value) : String(value)
      );
    }
    return { body: form };
  }
  if (/json/i.test(mediaType)) return { body: JSON.stringify(body), contentType: mediaType };
  if (typeof body === "string" || body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    return { body, contentType: mediaType };
  }
  return { body: String(body), contentType: mediaType };
}
export {
  appendQuery,
  checkHeaderValue,
  encodeBody,
  encodePathValue,
  headerValue
};
