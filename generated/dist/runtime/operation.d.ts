import type { AsyncSpec } from './async-request.js';
import type { PaginationSpec } from './pagination.js';
/**
 * Generated code describes each operation with an OperationSpec; the
 * transport turns a spec and the caller's parameters into a request.
 */
export type ParameterLocation = 'path' | 'query' | 'header';
export interface ParameterSpec {
    readonly in: ParameterLocation;
    /** The name on the wire (`x-request-id`), when it differs from the key in the params object. */
    readonly name: string;
    /** Query serialisation (OpenAPI 3.0 styles); `form` when absent. */
    readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
    /** `false` sends arrays as one comma-separated value. */
    readonly explode?: boolean;
    /** The value defaults to this client option (x-client-option). */
    readonly option?: string;
    /** A per-call correlation id the client generates (x-correlation-id). */
    readonly correlation?: boolean;
}
/** How a success response's body is read. `304` answers a conditional read and has none. */
export type BodyKind = 'json' | 'text' | 'binary' | 'none';
export interface OperationSpec {
    readonly method: string;
    /** Path template, `{name}` for path parameters. */
    readonly path: string;
    readonly params?: Readonly<Record<string, ParameterSpec>>;
    /** Media type of the request body, read from `params.body`. */
    readonly body?: string;
    /** Success statuses and how their bodies are read; others are read by content type. */
    readonly responses?: Readonly<Record<string, BodyKind>>;
    /** `false` when the operation needs no authentication. */
    readonly auth?: false;
    /** How to walk pages, for paginated operations (x-pagination). */
    readonly pagination?: PaginationSpec;
    /** How to follow an accepted write to its end, for asynchronous operations (x-async). */
    readonly async?: AsyncSpec;
}
/** An operation that returns one page of a listing. */
export type PaginatedOperationSpec = OperationSpec & {
    readonly pagination: PaginationSpec;
};
/** A write the API accepts with 202 and finishes in the background. */
export type AsyncOperationSpec = OperationSpec & {
    readonly async: AsyncSpec;
};
/** Header values must not smuggle extra headers or split the request (RFC 9110, section 5.5). */
export declare function checkHeaderValue(name: string, value: string): string | undefined;
/**
 * One path segment. Slashes, `?` and `#` are escaped, and a value that is a
 * dot-segment is refused, since URL parsing would resolve it (RFC 3986, 5.2.4)
 * and the call would reach another resource.
 */
export declare function encodePathValue(name: string, value: unknown): string | {
    error: string;
};
/** Appends one query parameter as OpenAPI 3.0 serialises it. */
export declare function appendQuery(query: URLSearchParams, spec: ParameterSpec, value: unknown): void;
/** A header value; arrays are comma-joined (OpenAPI 3.0 style `simple`). */
export declare function headerValue(value: unknown): string;
/** Encodes a request body for its media type. */
export declare function encodeBody(mediaType: string, body: unknown): {
    body: BodyInit;
    contentType?: string;
};
