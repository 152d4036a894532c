import { type RateLimit } from './rate-limit.js';
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
export declare class ApiError extends Error {
    readonly method: string;
    readonly path: string;
    readonly requestId: string | undefined;
    constructor(message: string, site: CallSite, options?: {
        cause?: unknown;
    });
    /** Name, message and every field of the error but the response headers: what a log needs, nothing secret. */
    toJSON(): Record<string, unknown>;
}
/** The server answered with a status that is not a success. */
export declare class StatusError extends ApiError {
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
    constructor(status: number, body: unknown, headers: Headers, site: CallSite);
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
export declare class ClientError extends StatusError {
}
/** 400 */
export declare class BadRequestError extends ClientError {
    readonly status: 400;
}
/** 401: credentials missing, wrong or expired; also a sign-in the token endpoint refused (its 400, RFC 6749 section 5.2). */
export declare class AuthenticationError extends ClientError {
}
/** 402: the call needs a paid service. */
export declare class PaymentRequiredError extends ClientError {
    readonly status: 402;
}
/** 403 */
export declare class PermissionDeniedError extends ClientError {
    readonly status: 403;
}
/** 404 */
export declare class NotFoundError extends ClientError {
    readonly status: 404;
}
/** 405: the method is not allowed on the resource (a read-only one, or no partial update). */
export declare class MethodNotAllowedError extends ClientError {
    readonly status: 405;
}
/** 409 */
export declare class ConflictError extends ClientError {
    readonly status: 409;
}
/** 412: an `If-Match` precondition failed; the resource changed since its ETag was read. */
export declare class PreconditionFailedError extends ClientError {
    readonly status: 412;
}
/** 415 */
export declare class UnsupportedMediaTypeError extends ClientError {
    readonly status: 415;
}
/** 422 */
export declare class UnprocessableEntityError extends ClientError {
    readonly status: 422;
}
/** 429: too many requests; retried automatically before this is thrown. */
export declare class RateLimitError extends ClientError {
    readonly status: 429;
}
/** 5xx: the server failed. */
export declare class ServerError extends StatusError {
}
/** A status the API does not use for results (1xx, 3xx). */
export declare class UnexpectedStatusError extends StatusError {
}
/** The error class for a status. */
export declare function errorForStatus(status: number, body: unknown, headers: Headers, site: CallSite): StatusError;
/** No response arrived: DNS, refused connection, reset, TLS. */
export declare class ConnectionError extends ApiError {
}
/** No response arrived within the timeout. */
export declare class TimeoutError extends ApiError {
}
/** The caller's AbortSignal fired. */
export declare class AbortError extends ApiError {
}
/** A success status, but the body is not what the API promises (not JSON, truncated, empty). */
export declare class InvalidResponseError extends ApiError {
    readonly status: number;
    constructor(message: string, status: number, site: CallSite, options?: {
        cause?: unknown;
    });
}
/** The error for an attempt cut short by its timeout or by the caller's signal; undefined when neither fired. */
export declare function cutShort(why: AbortReason | undefined, site: CallSite, cause: unknown): ApiError | undefined;
/** The call was refused before sending: a parameter cannot be sent safely. */
export declare class InvalidRequestError extends ApiError {
}
/** A wait gave up: its time ran out before the awaited state was reached. */
export declare class WaitTimeoutError extends ApiError {
    /** The last state seen. */
    readonly lastStatus: string | undefined;
    constructor(message: string, lastStatus: string | undefined, site: CallSite);
}
/** A wait ended because the resource or request reached a failed state. */
export declare class WaitFailedError extends ApiError {
    readonly status: string;
    /** What the API said about the failure, when it said anything. */
    readonly detail: unknown;
    constructor(message: string, status: string, detail: unknown, site: CallSite);
}
