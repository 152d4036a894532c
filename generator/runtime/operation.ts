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
export type PaginatedOperationSpec = OperationSpec & { readonly pagination: PaginationSpec };

/** A write the API accepts with 202 and finishes in the background. */
export type AsyncOperationSpec = OperationSpec & { readonly async: AsyncSpec };

/** Header values must not smuggle extra headers or split the request (RFC 9110, section 5.5). */
export function checkHeaderValue(name: string, value: string): string | undefined {
  return /[\r\n\0]/.test(value) ? `header "${name}" contains a line break or NUL and is not sent` : undefined;
}

/**
 * One path segment. Slashes, `?` and `#` are escaped, and a value that is a
 * dot-segment is refused, since URL parsing would resolve it (RFC 3986, 5.2.4)
 * and the call would reach another resource.
 */
export function encodePathValue(name: string, value: unknown): string | { error: string } {
  const text = String(value);
  if (/^(\.|%2e){1,2}$/i.test(text)) return { error: `path parameter "${name}" must not be "." or ".."` };
  if (text === '') return { error: `path parameter "${name}" must not be empty` };
  return encodeURIComponent(text);
}

/** Appends one query parameter as OpenAPI 3.0 serialises it. */
export function appendQuery(query: URLSearchParams, spec: ParameterSpec, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    if (spec.explode === false || spec.style === 'spaceDelimited' || spec.style === 'pipeDelimited') {
      const separator = spec.style === 'spaceDelimited' ? ' ' : spec.style === 'pipeDelimited' ? '|' : ',';
      query.append(spec.name, value.map(String).join(separator));
    } else {
      for (const item of value) query.append(spec.name, String(item));
    }
    return;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (spec.style === 'deepObject') {
      for (const [k, v] of entries) query.append(`${spec.name}[${k}]`, String(v));
    } else if (spec.explode === false) {
      query.append(spec.name, entries.flat().map(String).join(','));
    } else {
      for (const [k, v] of entries) query.append(k, String(v));
    }
    return;
  }
  query.append(spec.name, String(value));
}

/** A header value; arrays are comma-joined (OpenAPI 3.0 style `simple`). */
export function headerValue(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(',') : String(value);
}

/** Encodes a request body for its media type. */
export function encodeBody(mediaType: string, body: unknown): { body: BodyInit; contentType?: string } {
  if (mediaType === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        form.append(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
      }
    }
    return { body: form, contentType: mediaType };
  }
  if (mediaType === 'multipart/form-data') {
    const form = new FormData();
    for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
      if (value === undefined || value === null) continue;
      form.append(
        key,
        value instanceof Blob ? value : typeof value === 'object' ? JSON.stringify(value) : String(value),
      );
    }
    // fetch sets the multipart boundary itself.
    return { body: form };
  }
  if (/json/i.test(mediaType)) return { body: JSON.stringify(body), contentType: mediaType };
  if (typeof body === 'string' || body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    return { body: body as BodyInit, contentType: mediaType };
  }
  return { body: String(body), contentType: mediaType };
}
