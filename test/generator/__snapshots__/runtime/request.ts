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

/** What building a request needs from the client's configuration. */
export interface RequestDefaults {
  readonly baseUrl: string;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Values of `x-client-option` parameters, by option name. */
  readonly defaults?: Readonly<Record<string, unknown>> | undefined;
}

/** Everything that stays the same across attempts of a call, the correlation id above all. */
export function buildRequest(
  spec: OperationSpec,
  params: object,
  extra: Readonly<Record<string, string>> | undefined,
  config: RequestDefaults,
): BuiltRequest {
  let path = spec.path;
  let query: URLSearchParams | undefined;
  const headers = new Map([['accept', 'application/json, */*;q=0.5']]);
  let requestId: string | undefined;
  const problems: string[] = [];
  for (const [key, p] of Object.entries(spec.params ?? {})) {
    // Own keys only: a parameter named `constructor` must not pick up Object.prototype's.
    let value = Object.hasOwn(params, key) ? (params as Record<string, unknown>)[key] : undefined;
    if (value === undefined && p.option) value = config.defaults?.[p.option];
    if (value === undefined && p.correlation) value = p.correlation();
    if (p.correlation && value !== undefined) requestId = String(value);
    if (value === undefined || value === null) continue;
    if (p.in === 'path') {
      const encoded = encodePathValue(p.name, value);
      if (typeof encoded === 'string') path = path.replaceAll(`{${p.name}}`, encoded);
      else problems.push(encoded.error);
    } else if (p.in === 'query') {
      appendQuery((query ??= new URLSearchParams()), p, value);
    } else {
      const text = headerValue(value);
      const problem = checkHeader(p.name, text);
      if (problem) problems.push(problem);
      else headers.set(p.name.toLowerCase(), text);
    }
  }
  for (const given of [extra, config.headers]) {
    for (const [name, value] of Object.entries(given ?? {})) {
      const problem = checkHeader(name, value);
      if (problem) problems.push(problem);
      else if (!headers.has(name.toLowerCase())) headers.set(name.toLowerCase(), value);
    }
  }
  const site: CallSite = { method: spec.method, path, requestId };
  if (problems.length > 0)
    throw new InvalidRequestError(`${spec.method} ${spec.path} not sent: ${problems.join('; ')}`, site);
  const search = query?.toString();
  const url = `${config.baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
  const body = Object.hasOwn(params, 'body') ? (params as { body?: unknown }).body : undefined;
  if (spec.body === undefined || body === undefined) return { url, headers, site };
  const encoded = spec.encode ? spec.encode(body, spec.body) : { body: JSON.stringify(body), contentType: spec.body };
  if (encoded.contentType) headers.set('content-type', encoded.contentType);
  return { url, headers, body: encoded.body, site };
}
