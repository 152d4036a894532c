import { InvalidRequestError, type CallSite } from './errors.js';
import { appendQuery, checkHeader, encodePathValue, headerValue, type OperationSpec } from './operation.js';

/**
 * Header values by lower-case name, as fetch takes them. A plain object
 * rather than a Map or pairs, which fetch converts at a cost on every call.
 * Read through headerOf, own properties only, so that no name reads
 * Object.prototype's; `__proto__`, which would set it, is refused as a name
 * (checkHeader).
 */
type HeaderRecord = Record<string, string>;

/** A request as every attempt sends it. */
export interface BuiltRequest {
  readonly url: string;
  /** Each attempt sends a copy, which the auth adds to. */
  readonly headers: Readonly<HeaderRecord>;
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
 * content type), the call's `headers`. The auth sets its own last, on
 * every attempt.
 */
export function buildRequest(
  spec: OperationSpec,
  params: object,
  extra: HeaderLayer | undefined,
  config: RequestDefaults,
): BuiltRequest {
  let path = spec.path;
  let query: URLSearchParams | undefined;
  // The defaults first, then the header parameters filled in for the call (generated ids, client options);
  // those the call gives wait for the client's headers to be layered.
  const headers: HeaderRecord = { accept: 'application/json, */*;q=0.5' };
  let given: [string, string][] | undefined;
  let correlation: string | undefined;
  const problems: string[] = [];
  const specParams = spec.params ?? {};
  // Keys rather than entries: no pair made per parameter on every call.
  for (const key of Object.keys(specParams)) {
    const p = specParams[key]!;
    // Own keys only: a parameter named `constructor` must not pick up Object.prototype's.
    let value = Object.hasOwn(params, key) ? (params as Record<string, unknown>)[key] : undefined;
    const filled = value === undefined || value === null;
    if (value === undefined && p.option) value = config.defaults?.[p.option];
    if (value === undefined && p.correlation) value = p.correlation();
    if (value === undefined || value === null) continue;
    if (p.in === 'path') {
      const encoded = encodePathValue(p.name, value);
      if (typeof encoded === 'string') path = path.replaceAll(`{${p.name}}`, encoded);
      else problems.push(encoded.error);
    } else if (p.in === 'query') {
      appendQuery((query ??= new URLSearchParams()), p, value);
    } else {
      if (p.correlation) correlation = p.name.toLowerCase();
      if (filled) layer(headers, p.name, headerValue(value), problems);
      else (given ??= []).push([p.name, headerValue(value)]);
    }
  }
  const body = Object.hasOwn(params, 'body') ? (params as { body?: unknown }).body : undefined;
  const encoded =
    spec.body === undefined || body === undefined
      ? undefined
      : spec.encode
        ? spec.encode(body, spec.body)
        : { body: JSON.stringify(body), contentType: spec.body };
  if (encoded?.contentType) (given ??= []).push(['content-type', encoded.contentType]);
  layerAll(headers, config.headers, problems);
  if (given) for (const [name, value] of given) layer(headers, name, value, problems);
  layerAll(headers, extra, problems);
  // The correlation id is the one sent, whichever layer set it.
  const site: CallSite = {
    method: spec.method,
    path,
    requestId: correlation && headerOf(headers, correlation),
  };
  if (problems.length > 0)
    throw new InvalidRequestError(`${spec.method} ${spec.path} not sent: ${problems.join('; ')}`, site);
  const search = query?.toString();
  const base = config.baseUrl.endsWith('/') ? config.baseUrl.replace(/\/+$/, '') : config.baseUrl;
  const url = search ? `${base}${path}?${search}` : base + path;
  return encoded ? { url, headers, body: encoded.body, site } : { url, headers, site };
}

/** Lays one header over those below it: a string sets it, `null` removes it, unless it would break the request. */
function layer(headers: HeaderRecord, name: string, value: string | null | undefined, problems: string[]): void {
  if (value === undefined) return;
  const problem = checkHeader(name, value ?? '');
  if (problem) problems.push(problem);
  else if (value === null) delete headers[name.toLowerCase()];
  else headers[name.toLowerCase()] = value;
}

function layerAll(headers: HeaderRecord, given: HeaderLayer | undefined, problems: string[]): void {
  if (given) for (const name of Object.keys(given)) layer(headers, name, given[name], problems);
}

/** A header by its lower-case name, if it was set. */
function headerOf(headers: Readonly<HeaderRecord>, name: string): string | undefined {
  return Object.hasOwn(headers, name) ? headers[name] : undefined;
}
