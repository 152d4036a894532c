import type { ServerResponse } from 'node:http';
import { etagMatches, quote } from './etags.ts';
import type { LoggedRequest, RateLimitHeaders, ServerState } from './model.ts';

/** What the fake keeps on a response while it is being answered. */
export type Outgoing = ServerResponse & {
  /** The log entry of the request, completed with the status and headers sent. */
  logged?: LoggedRequest;
  /** Break the connection half-way through the body (a scripted fault). */
  breakBody?: boolean;
};

/**
 * Sending answers: every one carries the `X-RateLimit-*` headers, is noted in
 * the request's log entry, and may be cut short half-way when scripted so.
 */
export interface Exchange {
  /** Counts a request served, for the rate-limit headers. */
  served(): void;
  reply(
    res: Outgoing,
    status: number,
    json: unknown,
    headers?: Record<string, string>,
    limits?: Partial<RateLimitHeaders>,
  ): void;
  /** Answers a read: 304 when If-None-Match names the current ETag, else the body with its ETag. */
  read(res: Outgoing, headers: Readonly<Record<string, string | undefined>>, view: unknown, etag: string): void;
}

export function createExchange(state: ServerState, later: (ms: number) => Promise<void>): Exchange {
  let served = 0;

  function rateLimitHeaders(override: Partial<RateLimitHeaders> = {}): Record<string, string> {
    const { limit, burst } = state.rateLimit;
    // Every request served so far (this one included) used one request of the burst; it refills after `burst` requests.
    const remaining = burst - 1 - ((served - 1) % burst);
    return {
      'x-ratelimit-limit': String(override.limit ?? limit),
      'x-ratelimit-remaining': String(override.remaining ?? remaining),
      'x-ratelimit-burst': String(override.burst ?? burst),
    };
  }

  function reply(
    res: Outgoing,
    status: number,
    json: unknown,
    headers: Record<string, string> = {},
    limits?: Partial<RateLimitHeaders>,
  ): void {
    const text = json === undefined ? '' : JSON.stringify(json);
    const head: Record<string, string> = {
      ...rateLimitHeaders(limits),
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
      'content-length': String(Buffer.byteLength(text)),
    };
    if (res.logged) {
      res.logged.status = status;
      res.logged.responseHeaders = Object.fromEntries(Object.entries(head).map(([k, v]) => [k.toLowerCase(), v]));
    }
    res.writeHead(status, head);
    if (res.breakBody && text.length > 1) {
      res.write(text.slice(0, text.length >> 1));
      return void later(20).then(() => res.destroy());
    }
    res.end(status === 304 ? undefined : text);
  }

  function read(
    res: Outgoing,
    headers: Readonly<Record<string, string | undefined>>,
    view: unknown,
    etag: string,
  ): void {
    const ifNoneMatch = headers['if-none-match'];
    if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, etag))
      return reply(res, 304, undefined, { etag: quote(etag) });
    reply(res, 200, view, { etag: quote(etag), 'last-modified': new Date().toUTCString() });
  }

  return { served: () => void served++, reply, read };
}
