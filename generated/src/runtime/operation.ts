import type { AsyncSpec } from './async-request.js';
import type { PaginationSpec } from './page-walk.js';

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
  /**
   * Writes a query value that is not a scalar or a repeated-key list: another
   * style, `explode: false`, an object. Set only on the parameters that need
   * it, so a bundle carries the serializer only when it calls one of them.
   */
  readonly serialize?: QuerySerializer;
  /** The value defaults to this client option (x-client-option). */
  readonly option?: string;
  /** Makes the per-call correlation id sent when the caller gives none (x-correlation-id). */
  readonly correlation?: () => string;
}

/** How a success response's body is read. `304` answers a conditional read and has none. */
export type BodyKind = 'json' | 'text' | 'binary' | 'none';

export interface OperationSpec {
  /** The operation's id in the spec, for hooks and logs. */
  readonly id?: string;
  readonly method: string;
  /** Path template, `{name}` for path parameters. */
  readonly path: string;
  readonly params?: Readonly<Record<string, ParameterSpec>>;
  /** Media type of the request body, read from `params.body`. */
  readonly body?: string;
  /** How the body is encoded, when its media type is not JSON. */
  readonly encode?: BodyEncoder;
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
export type AsyncOperationSpec = OperationSpec & { readonly async: AsyncSpec };

/**
 * What is wrong with a header, if anything: a name that is not a token, or a
 * value that would smuggle extra headers or split the request (RFC 9110,
 * sections 5.1 and 5.5). Values are never quoted: they may be credentials.
 */
export function checkHeader(name: string, value: string): string | undefined {
  if (!goodNames.has(name)) {
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) return `"${name}" is not a header name`;
    // Headers go to fetch as a plain object, where this one name would set the prototype rather than a header.
    if (name.toLowerCase() === '__proto__') return `"${name}" cannot be sent as a header`;
    if (goodNames.size < 1000) goodNames.add(name);
  }
  return value.includes('\r') || value.includes('\n') || value.includes('\0')
    ? `header "${name}" contains a line break or NUL and is not sent`
    : undefined;
}

/** Names found good: a client sends the same few on every call, and a lookup costs less than the pattern. */
const goodNames = new Set<string>();

/**
 * One path segment. Slashes, `?` and `#` are escaped, and a value that is a
 * dot-segment is refused, since URL parsing would resolve it (RFC 3986, 5.2.4)
 * and the call would reach another resource.
 */
export function encodePathValue(name: string, value: unknown): string | { error: string } {
  const text = String(value);
  // Every dot-segment starts with `.` or `%`: other values skip the pattern.
  if ((text[0] === '.' || text[0] === '%') && /^(\.|%2e){1,2}$/i.test(text))
    return { error: `path parameter "${name}" must not be "." or ".."` };
  if (text === '') return { error: `path parameter "${name}" must not be empty` };
  return encodeURIComponent(text);
}

/** Appends one query parameter: scalars as they are, arrays as repeated keys (style `form`, exploded). */
export function appendQuery(query: URLSearchParams, spec: ParameterSpec, value: unknown): void {
  if (spec.serialize) return spec.serialize(query, spec, value);
  for (const item of Array.isArray(value) ? value : [value]) query.append(spec.name, String(item));
}

export type QuerySerializer = (query: URLSearchParams, spec: ParameterSpec, value: unknown) => void;

/** Every OpenAPI 3.0 query style, exploded or not, for arrays and objects alike. */
export const styledQuery: QuerySerializer = (query, spec, value) => {
  const { name, style, explode } = spec;
  if (typeof value !== 'object' || value === null) return query.append(name, String(value));
  const list = Array.isArray(value);
  const pairs = list ? value.map((v) => [name, v]) : Object.entries(value).filter(([, v]) => v !== undefined);
  if (style === 'deepObject' && !list) {
    for (const [k, v] of pairs) query.append(`${name}[${k}]`, String(v));
  } else if (explode === false || (list && (style === 'spaceDelimited' || style === 'pipeDelimited'))) {
    const separator = style === 'spaceDelimited' ? ' ' : style === 'pipeDelimited' ? '|' : ',';
    query.append(name, (list ? value : pairs.flat()).map(String).join(separator));
  } else {
    for (const [k, v] of pairs) query.append(String(k), String(v));
  }
};

/** A header value; arrays are comma-joined (OpenAPI 3.0 style `simple`). */
export function headerValue(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(',') : String(value);
}

/** A request body as fetch sends it, with the content type to declare (multipart leaves it to fetch). */
export interface EncodedBody {
  readonly body: BodyInit;
  readonly contentType?: string;
}

/**
 * Encodes the body of an operation whose media type is not JSON. Each media
 * type has its own encoder, named by the spec, so a bundle carries only the
 * encoders of the operations it calls; JSON is the transport's own.
 */
export type BodyEncoder = (body: unknown, mediaType: string) => EncodedBody;

/** `application/x-www-form-urlencoded`: arrays repeat their key, objects go as JSON. */
export const formBody: BodyEncoder = (body, mediaType) => {
  const form = new URLSearchParams();
  for (const [key, value] of fields(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      form.append(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
  }
  return { body: form, contentType: mediaType };
};

/** `multipart/form-data`: Blobs go as files, objects as JSON; fetch sets the boundary itself. */
export const multipartBody: BodyEncoder = (body) => {
  const form = new FormData();
  for (const [key, value] of fields(body)) {
    form.append(key, value instanceof Blob ? value : typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return { body: form };
};

/** Any other media type: strings, Blobs and byte buffers as they are, anything else as text. */
export const rawBody: BodyEncoder = (body, mediaType) => ({
  body:
    typeof body === 'string' || body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body)
      ? (body as BodyInit)
      : String(body),
  contentType: mediaType,
});

/** The fields of a form body that have a value. */
function fields(body: unknown): [string, unknown][] {
  return Object.entries((body ?? {}) as Record<string, unknown>).filter(
    ([, value]) => value !== undefined && value !== null,
  );
}
