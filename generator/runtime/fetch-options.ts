/**
 * fetch's own options, for what the client does not set itself: an undici
 * `dispatcher` (a proxy, a connection pool), `keepalive`, a browser's
 * `credentials`, `mode`, `cache` or `referrerPolicy`. Method, headers, body
 * and signal are the client's: given here, they are ignored.
 */
export type FetchOptions = Omit<RequestInit, 'method' | 'headers' | 'body' | 'signal'> & {
  readonly [option: string]: unknown;
};

/** The client's fetch options with the call's over them, without what the client sets itself; undefined when neither gives any. */
export function mergedFetchOptions(
  client: FetchOptions | undefined,
  call: FetchOptions | undefined,
): RequestInit | undefined {
  if (!client && !call) return undefined;
  const { method: _m, headers: _h, body: _b, signal: _s, ...rest } = { ...client, ...call } as RequestInit;
  return rest;
}

/** A fetch that sends fetch options with every request, for what calls fetch outside the transport (the token endpoint of a password grant). */
export function fetchWith(fetch: typeof globalThis.fetch, options: FetchOptions | undefined): typeof globalThis.fetch {
  const extra = mergedFetchOptions(options, undefined);
  return extra ? (input, init) => fetch(input, { ...extra, ...init }) : fetch;
}
