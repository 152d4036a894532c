import { cutShort, InvalidResponseError, TimeoutError } from "./errors.js";
async function readBody(response, declared, site, options) {
  const lenient = options?.lenient === true;
  if (declared === "none" || response.status === 204 || response.status === 205 || response.status === 304) {
    await response.body?.cancel();
    return void 0;
  }
  let text;
  try {
    if (declared === "binary") return await response.blob();
    text = await response.text();
  } catch (error) {
    if (lenient && error?.name !== "AbortError") return void 0;
    throw new InvalidResponseError(`${site.method} ${site.path}: the response body broke off`, response.status, site, {
      cause: error
    });
  }
  const kind = declared ?? (/json/i.test(contentTypeOf(response)) ? "json" : text === "" ? "none" : "text");
  if (kind === "text") return text;
  if (kind === "none") return void 0;
  if (text.trim() === "") {
    if (lenient) return void 0;
    throw invalid("an empty body", response, site);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    if (lenient) return text;
    const contentType = contentTypeOf(response);
    const what = /html/i.test(contentType) ? "an HTML page" : /json/i.test(contentType) ? "truncated or malformed JSON" : `"${contentType || "no content type"}"`;
    throw invalid(what, response, site, error);
  }
}
function contentTypeOf(response) {
  return response.headers.get("content-type") ?? "";
}
function brokeOff(error) {
  if (error instanceof TimeoutError) return true;
  return error instanceof InvalidResponseError && error.cause?.name === "TypeError";
}
function invalid(what, response, site, cause) {
  const message = `${site.method} ${site.path}: expected JSON, got ${what} (status ${response.status})`;
  return new InvalidResponseError(message, response.status, site, { cause });
}
async function readWithin(response, declared, site, attempt, timeoutMs, options) {
  attempt.rearm(timeoutMs);
  try {
    return await readBody(response, declared, site, options);
  } catch (error) {
    throw cutShort(attempt.reason(), site, error) ?? error;
  } finally {
    attempt.dispose();
  }
}
export {
  brokeOff,
  readBody,
  readWithin
};
