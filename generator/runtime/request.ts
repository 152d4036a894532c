import { InvalidRequestError, type CallSite } from './errors.js';
import { appendQuery, checkHeader, encodePathValue, headerValue, type OperationSpec } from './operation.js';

/** A request as every attempt sends it. */
export interface BuiltRequest {
  readonly url: string;
  /** By lower-case name (a Map, so that no name can reach a prototype): each attempt sends a copy, which the auth adds to. */
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
  // Header parameters by layer: filled in for the call (defaults, generated ids, client options), or given by it.
  const filled: [string, string | null | undefined][] = [['accept', 'application/json, */*;q=0.5']];
  const given: [string, string | null | undefined][] = [];
  let correlation: string | undefined;
  const problems: string[] = [];
  const specParams = spec.params ?? {};
  // Keys rather than entries: no pair made per parameter on every call.
  for (const key of Object.keys(specParams)) {
    const p = specParams[key]!;
    // Own keys only: a parameter named `constructor` must not pick up Object.prototype's.
    let value = Object.hasOwn(params, key) ? (params as Record<string, unknown>)[key] : undefined;
    const layer = value === undefined || value === null ? filled : given;
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
      layer.push([p.name, headerValue(value)]);
    }
  }
  const body = Object.hasOwn(params, 'body') ? (params as { body?: unknown }).body : undefined;
  const encoded =
    spec.body === undefined || body === undefined
      ? undefined
      : spec.encode
        ? spec.encode(body, spec.body)
        : { body: JSON.stringify(body), contentType: spec.body };
  if (encoded?.contentType) given.push(['content-type', encoded.contentType]);
  const headers = new Map<string, string>();
  for (const entries of [filled, Object.entries(config.headers ?? {}), given, Object.entries(extra ?? {})]) {
    for (const [name, value] of entries) {
      if (value === undefined) continue;
      const problem = checkHeader(name, value ?? '');
      if (problem) problems.push(problem);
      else if (value === null) headers.delete(name.toLowerCase());
      else headers.set(name.toLowerCase(), value);
    }
  }
  // The correlation id is the one sent, whichever layer set it.
  const site: CallSite = {
    method: spec.method,
    path,
    requestId: correlation && headers.get(correlation),
  };
  if (problems.length > 0)
    throw new InvalidRequestError(`${spec.method} ${spec.path} not sent: ${problems.join('; ')}`, site);
  const search = query?.toString();
  const url = `${config.baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
  return encoded ? { url, headers, body: encoded.body, site } : { url, headers, site };
}
