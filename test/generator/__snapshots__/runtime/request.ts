import { InvalidRequestError, type CallSite } from './errors.js';
import { appendQuery, checkHeader, encodePathValue, headerValue, type OperationSpec } from './operation.js';

/** A request as every attempt sends it. */
export interface BuiltRequest {
  readonly url: string;
  /** By lower-case name (a Map, so that no name can reach a prototype): each attempt makes its own Headers from them, for auth to add to. */
  readonly headers: ReadonlyMap<string, string>;
  readonly body?: BodyInit;
  readonly site: CallSite;
}

/**
 * Headers given as a layer over the ones below it: a string sets a header
 * (names are case-insensitive), `null` removes it, `undefined` leaves it.
 */
export type HeaderLayer = Readonly<Record<string, string | null | undefined>>;

/** What building a request needs from the client's configuration. */
export interface RequestDefaults {
  readonly baseUrl: string;
  readonly headers?: HeaderLayer | undefined;
  /** Values of `x-client-option` parameters, by option name. */
  readonly defaults?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Everything that stays the same across attempts of a call, the correlation
 * id above all. Headers are layered, each layer over the one before: the
 * defaults (`Accept`, generated ids, client options), the client's
 * `headers`, what the call gives (its header parameters, the body's
 * content type), the call's `headers`. The auth sets its own last.
 */
export function buildRequest(
  spec: OperationSpec,
  params: object,
  extra: HeaderLayer | undefined,
  config: RequestDefaults,
): BuiltRequest {
  let path = spec.path;
  let query: URLSearchParams | undefined;
  const headers = new Map([['accept', 'application/json, */*;q=0.5']]);
  // Header parameters the call gives itself: they go over the client's headers.
  let given: [string, string][] | undefined;
  let correlation: string | undefined;
  let requestId: string | undefined;
  const problems: string[] = [];
  for (const [key, p] of Object.entries(spec.params ?? {})) {
    // Own keys only: a parameter named `constructor` must not pick up Object.prototype's.
    let value = Object.hasOwn(params, key) ? (params as Record<string, unknown>)[key] : undefined;
    const explicit = value !== undefined && value !== null;
    if (value === undefined && p.option) value = config.defaults?.[p.option];
    if (value === undefined && p.correlation) value = p.correlation();
    if (value === undefined || value === null) continue;
    if (p.correlation) requestId = String(value);
    if (p.in === 'path') {
      const encoded = encodePathValue(p.name, value);
      if (typeof encoded === 'string') path = path.replaceAll(`{${p.name}}`, encoded);
      else problems.push(encoded.error);
    } else if (p.in === 'query') {
      appendQuery((query ??= new URLSearchParams()), p, value);
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
  // The correlation id is the one sent, whichever layer set it.
  if (correlation) requestId = headers.get(correlation);
  const site: CallSite = { method: spec.method, path, requestId };
  if (problems.length > 0)
    throw new InvalidRequestError(`${spec.method} ${spec.path} not sent: ${problems.join('; ')}`, site);
  const search = query?.toString();
  const url = `${config.baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
  return body === undefined ? { url, headers, site } : { url, headers, body, site };
}

/** Sets and removes headers as a layer says; names and values that would break the request are problems. */
function layer(headers: Map<string, string>, given: HeaderLayer | undefined, problems: string[]): void {
  if (!given) return;
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined) continue;
    const problem = checkHeader(name, value ?? '');
    if (problem) problems.push(problem);
    else if (value === null) headers.delete(name.toLowerCase());
    else headers.set(name.toLowerCase(), value);
  }
}

/** The request body, encoded as its media type says; its content type goes into the headers. */
function encodeBody(spec: OperationSpec, params: object, headers: Map<string, string>): BodyInit | undefined {
  const body = Object.hasOwn(params, 'body') ? (params as { body?: unknown }).body : undefined;
  if (spec.body === undefined || body === undefined) return undefined;
  const encoded = spec.encode ? spec.encode(body, spec.body) : { body: JSON.stringify(body), contentType: spec.body };
  if (encoded.contentType) headers.set('content-type', encoded.contentType);
  return encoded.body;
}
