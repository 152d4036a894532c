import { parseRateLimit } from "./rate-limit.js";
class ApiError extends Error {
  constructor(message, site, options) {
    super(message, options);
    this.name = new.target.name;
    this.method = site.method;
    this.path = site.path;
    this.requestId = site.requestId;
  }
  /** Name, message and every field of the error but the response headers: what a log needs, nothing secret. */
  toJSON() {
    const { headers: _, ...fields } = this;
    return { name: this.name, message: this.message, ...fields };
  }
}
class StatusError extends ApiError {
  /** `body` is the parsed body, or its text when it was not JSON. */
  constructor(status, body, headers, site) {
    super(statusMessage(status, body, site), site);
    this.status = status;
    const text = typeof body === "string";
    this.body = text ? void 0 : body;
    this.text = text ? body : void 0;
    const kept = {};
    headers.forEach((value, name) => {
      if (name !== "set-cookie") kept[name] = value;
    });
    this.headers = kept;
    this.rateLimit = parseRateLimit(headers);
  }
}
class ClientError extends StatusError {
}
class BadRequestError extends ClientError {
}
class AuthenticationError extends ClientError {
}
class PaymentRequiredError extends ClientError {
}
class PermissionDeniedError extends ClientError {
}
class NotFoundError extends ClientError {
}
class MethodNotAllowedError extends ClientError {
}
class ConflictError extends ClientError {
}
class PreconditionFailedError extends ClientError {
}
class UnsupportedMediaTypeError extends ClientError {
}
class UnprocessableEntityError extends ClientError {
}
class RateLimitError extends ClientError {
}
class ServerError extends StatusError {
}
class UnexpectedStatusError extends StatusError {
}
const BY_STATUS = {
  400: BadRequestError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  405: MethodNotAllowedError,
  409: ConflictError,
  412: PreconditionFailedError,
  415: UnsupportedMediaTypeError,
  422: UnprocessableEntityError,
  429: RateLimitError
};
function errorForStatus(status, body, headers, site) {
  const Class = BY_STATUS[status] ?? (status >= 500 ? ServerError : status >= 400 ? ClientError : UnexpectedStatusError);
  return new Class(status, body, headers, site);
}
class ConnectionError extends ApiError {
}
class TimeoutError extends ApiError {
}
class AbortError extends ApiError {
}
class InvalidResponseError extends ApiError {
  constructor(message, status, site, options) {
    super(message, site, options);
    this.status = status;
  }
}
function cutShort(why, site, cause) {
  const call = `${site.method} ${site.path}`;
  if (why === "timeout") return new TimeoutError(`${call} timed out`, site);
  if (why === "caller") return new AbortError(`${call} was aborted`, site, { cause });
  return void 0;
}
class InvalidRequestError extends ApiError {
}
class WaitTimeoutError extends ApiError {
  constructor(message, lastStatus, site) {
    super(message, site);
    this.lastStatus = lastStatus;
  }
}
class WaitFailedError extends ApiError {
  constructor(message, status, detail, site) {
    super(message, site);
    this.status = status;
    this.detail = detail;
  }
}
function statusMessage(status, body, site) {
  const detail = bodyMessage(body);
  const id = site.requestId ? ` (request id ${site.requestId})` : "";
  return `${site.method} ${site.path} failed with ${status}${id}${detail ? `: ${detail}` : ""}`;
}
function bodyMessage(body) {
  if (typeof body === "string") {
    const trimmed = body.trim();
    if (trimmed === "") return void 0;
    return /^<(!doctype|html)/i.test(trimmed) ? "the server answered with an HTML page" : trimmed.slice(0, 200);
  }
  if (body === null || typeof body !== "object") return void 0;
  const o = body;
  const messages = o["messages"];
  if (Array.isArray(messages)) {
    const texts = messages.map((m) => m?.["message"]).filter((m) => typeof m === "string");
    if (texts.length > 0) return texts.join("; ");
  }
  for (const key of ["message", "error_description", "detail", "title", "error"]) {
    const v = o[key];
    if (typeof v === "string" && v !== "") return v;
  }
  return void 0;
}
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ClientError,
  ConflictError,
  ConnectionError,
  InvalidRequestError,
  InvalidResponseError,
  MethodNotAllowedError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  StatusError,
  TimeoutError,
  UnexpectedStatusError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
  WaitFailedError,
  WaitTimeoutError,
  cutShort,
  errorForStatus
};
