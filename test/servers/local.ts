import { once } from 'node:events';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What a fake API needs to run on 127.0.0.1 and stop at once: its pending
 * delays (stalled bodies, slow answers) and its open sockets are tracked, so
 * `close` ends both rather than waiting for them.
 */
export interface LocalServer {
  /** Resolves after `ms`, unless the server closes first. */
  later(ms: number): Promise<void>;
  /** Listens on a free port of 127.0.0.1; resolves to the origin. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export function localServer(server: Server): LocalServer {
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    later: (ms) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, ms);
        timers.add(timer);
      }),
    listen: async () => {
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

/** A logged request's path against a filter: equal to a string, matching a pattern, or anything when none is given. */
export function matchPath(want: string | RegExp | undefined, path: string): boolean {
  return want === undefined || (typeof want === 'string' ? want === path : want.test(path));
}

/**
 * What a browser needs to call an API from a page of another origin: the
 * request headers the API accepts beyond the CORS-safelisted ones, and the
 * response headers a client may read beyond those a browser always shows.
 */
export interface CorsPolicy {
  readonly allowHeaders: readonly string[];
  readonly exposeHeaders: readonly string[];
}

/**
 * Answers CORS as the real API would need to for browser apps: every response
 * may be read from any origin (the APIs take credentials in headers, never in
 * cookies) and exposes `policy.exposeHeaders`; a preflight is answered here,
 * before it reaches the fake's log or its scripted reactions. True when the
 * request was a preflight and has been answered.
 */
export function answerCors(req: IncomingMessage, res: ServerResponse, policy: CorsPolicy): boolean {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-expose-headers', policy.exposeHeaders.join(', '));
  if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) return false;
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
    'access-control-allow-headers': policy.allowHeaders.join(', '),
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}

/** A request read whole: the path as sent (percent-encoding intact) apart from its query, each header as one value. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly search: URLSearchParams;
  /** Lower-case names; a header sent more than once is joined with `, `. */
  readonly headers: Record<string, string | undefined>;
  readonly body: string;
}

export async function readRequest(req: IncomingMessage): Promise<ReceivedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers))
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return {
    method: req.method ?? 'GET',
    path: q < 0 ? raw : raw.slice(0, q),
    search: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)),
    headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}
