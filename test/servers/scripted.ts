import { createServer, type IncomingHttpHeaders } from 'node:http';
import { rememberRequestSecrets } from '../helpers/leak.ts';
import { localServer } from './local.ts';

/** One answer of a scripted server: a status, headers and a JSON body (or none). */
export interface Answer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

/**
 * A server on 127.0.0.1 that answers each request with the next scripted
 * answer (200 `{"ok":true}` once the script runs out) and records what arrived.
 */
export interface ScriptedServer {
  readonly origin: string;
  readonly received: Received[];
  /** Replaces the script and forgets what arrived. */
  script(...answers: Answer[]): void;
  close(): Promise<void>;
}

export async function scriptedServer(): Promise<ScriptedServer> {
  let answers: Answer[] = [];
  const received: Received[] = [];
  const server = createServer((req, res) => {
    rememberRequestSecrets(req.headers);
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => {
      const answer = answers.shift() ?? { status: 200, body: { ok: true } };
      const body = answer.body === undefined ? '' : JSON.stringify(answer.body);
      res.writeHead(answer.status, { ...(body ? { 'content-type': 'application/json' } : {}), ...answer.headers });
      res.end(body);
    });
  });
  const local = localServer(server);
  const origin = await local.listen();
  return {
    origin,
    received,
    script(...next) {
      answers = next;
      received.length = 0;
    },
    close: () => local.close(),
  };
}
