import { parseRateLimit, type RateLimit } from './rate-limit.js';
import type { AbortReason } from './signals.js';

/** Where a failed call was going; never holds credentials, headers sent or the query string. */
export interface CallSite {
  readonly method: string;
  /** The request path with parameters filled in, without query string. */
  readonly path: string;
  /** The correlation id sent with the call, or the one the server answered with. */
  readonly requestId?: string | undefined;
}

/**
 * Base of every error the client throws. Its message, properties and JSON
 * form carry what helps to debug a call and nothing secret.
 */
export class ApiError extends Error {
  readonly method: string;
  readonly path: string;
  readonly requestId: string | undefined;

  constructor(message: string, site: CallSite, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.method = site.method;
    this.path = site.path;
    this.requestId = site.requestId;
  }

  /** Name, message and every field of the error but the response headers: what a log needs, nothing secret. */
  toJSON(): Record<string, unknown> {
    const { headers: _, ...fields } = this as unknown as Record<string, unknown>;
    return { name: this.name, message: this.message, ...fields };
  }
}

/** The server answered with a status that is not a success. */
export class StatusError extends ApiError {
  readonly status: number;
  /**
   * The parsed JSON body; undefined when the body was empty, not JSON or
   * broke off. An operation's `<Operation>Error` type says what it is for
   * each status the spec declares.
   */
  readonly body: unknown;
  /** The body as it came, when it was not JSON (an HTML page from a proxy, plain text). */
  readonly text: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  /** Rate-limit headers of the response, when it has them. */
  readonly rateLimit: RateLimit | undefined;

  /** `body` is the parsed body, or its text when it was not JSON. */
  constructor(status: number, body: unknown, headers: Headers, site: CallSite) {
    super(statusMessage(status, body, site), site);
    this.status = status;
    const text = typeof body === 'string';
    this.body = text ? undefined : body;
    this.text = text ? body : undefined;
    const kept: Record<string, string> = {};
    // Cookies may hold a session: keep them out of anything that gets logged.
    headers.forEach((value, name) => {
      if (name !== 'set-cookie') kept[name] = value;
    });
    this.headers = kept;
    this.rateLimit = parseRateLimit(headers);
  }
}

/**
 * A status error as an operation declares it: the class the runtime throws
 * for the status, the status, and the body the spec gives that response
 * (undefined when the server sent none, or no JSON). Each operation exports
 * the union of its own as `<Operation>Error`, to narrow by `instanceof` or
 * by `status`.
 */
export type DeclaredError<E extends StatusError, S extends number, B> = E & {
  readonly status: S;
  readonly body: B | undefined;
};

/** 4xx: the request was wrong or not allowed; repeating it unchanged will not help. */
export class ClientError extends StatusError {}
/** 400 */
export class BadRequestError extends ClientError {
  declare readonly status: 400;
}
/** 401: credentials missing, wrong or expired; also a sign-in the token endpoint refused (its 400, RFC 6749 section 5.2). */
export class AuthenticationError extends ClientError {}
/** 402: the call needs a paid service. */
export class PaymentRequiredError extends ClientError {
  declare readonly status: 402;
}
/** 403 */
export class PermissionDeniedError extends ClientError {
  declare readonly status: 403;
}
/** 404 */
export class NotFoundError extends ClientError {
  declare readonly status: 404;
}
/** 405: the method is not allowed on the resource (a read-only one, or no partial update). */
export class MethodNotAllowedError extends ClientError {
  declare readonly status: 405;
}
/** 409 */
export class ConflictError extends ClientError {
  declare readonly status: 409;
}
/** 412: an `If-Match` precondition failed; the resource changed since its ETag was read. */
export class PreconditionFailedError extends ClientError {
  declare readonly status: 412;
}
/** 415 */
export class UnsupportedMediaTypeError extends ClientError {
  declare readonly status: 415;
}
/** 422 */
export class UnprocessableEntityError extends ClientError {
  declare readonly status: 422;
}
/** 429: too many requests; retried automatically before this is thrown. */
export class RateLimitError extends ClientError {
  declare readonly status: 429;
}
/** 5xx: the server failed. */
export class ServerError extends StatusError {}
/** A status the API does not use for results (1xx, 3xx). */
export class UnexpectedStatusError extends StatusError {}

const BY_STATUS: Readonly<Record<number, typeof ClientError>> = {
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
  429: RateLimitError,
};

/** The error class for a status. */
export function errorForStatus(status: number, body: unknown, headers: Headers, site: CallSite): StatusError {
  const Class =
    BY_STATUS[status] ?? (status >= 500 ? ServerError : status >= 400 ? ClientError : UnexpectedStatusError);
  return new Class(status, body, headers, site);
}

/** No response arrived: DNS, refused connection, reset, TLS. */
export class ConnectionError extends ApiError {}
/** No response arrived within the timeout. */
export class TimeoutError extends ApiError {}
/** The caller's AbortSignal fired. */
export class AbortError extends ApiError {}
/** A success status, but the body is not what the API promises (not JSON, truncated, empty). */
export class InvalidResponseError extends ApiError {
  readonly status: number;
  constructor(message: string, status: number, site: CallSite, options?: { cause?: unknown }) {
    super(message, site, options);
    this.status = status;
  }
}
/** The error for an attempt cut short by its timeout or by the caller's signal; undefined when neither fired. */
export function cutShort(why: AbortReason | undefined, site: CallSite, cause: unknown): ApiError | undefined {
  const call = `${site.method} ${site.path}`;
  if (why === 'timeout') return new TimeoutError(`${call} timed out`, site);
  if (why === 'caller') return new AbortError(`${call} was aborted`, site, { cause });
  return undefined;
}

/** The call was refused before sending: a parameter cannot be sent safely. */
export class InvalidRequestError extends ApiError {}

/** A wait gave up: its time ran out before the awaited state was reached. */
export class WaitTimeoutError extends ApiError {
  /** The last state seen. */
  readonly lastStatus: string | undefined;
  constructor(message: string, lastStatus: string | undefined, site: CallSite) {
    super(message, site);
    this.lastStatus = lastStatus;
  }
}

/** A wait ended because the resource or request reached a failed state. */
export class WaitFailedError extends ApiError {
  readonly status: string;
  /** What the API said about the failure, when it said anything. */
  readonly detail: unknown;
  constructor(message: string, status: string, detail: unknown, site: CallSite) {
    super(message, site);
    this.status = status;
    this.detail = detail;
  }
}

function statusMessage(status: number, body: unknown, site: CallSite): string {
  const detail = bodyMessage(body);
  const id = site.requestId ? ` (request id ${site.requestId})` : '';
  return `${site.method} ${site.path} failed with ${status}${id}${detail ? `: ${detail}` : ''}`;
}

/** A human message from common error body shapes, or a hint at what the body is. */
function bodyMessage(body: unknown): string | undefined {
  if (typeof body === 'string') {
    const trimmed = body.trim();
    if (trimmed === '') return undefined;
    return /^<(!doctype|html)/i.test(trimmed) ? 'the server answered with an HTML page' : trimmed.slice(0, 200);
  }
  if (body === null || typeof body !== 'object') return undefined;
  const o = body as Record<string, unknown>;
  const messages = o['messages'];
  if (Array.isArray(messages)) {
    const texts = messages
      .map((m) => (m as Record<string, unknown> | null)?.['message'])
      .filter((m) => typeof m === 'string');
    if (texts.length > 0) return texts.join('; ');
  }
  for (const key of ['message', 'error_description', 'detail', 'title', 'error']) {
    const v = o[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}
