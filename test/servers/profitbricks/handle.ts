import type { IncomingMessage } from 'node:http';
import { rememberRequestSecrets } from '../../helpers/leak.ts';
import { answerCors, matchPath, readRequest, type CorsPolicy } from '../local.ts';
import type { Fake } from './context.ts';
import { errorBody, HttpError } from './errors.ts';
import type { Outgoing } from './exchange.ts';
import { BASE_PATH, type LoggedRequest, type Scripted } from './model.ts';
import { route } from './routes/index.ts';

/** For browser apps: the headers calls send (credentials, contract, preconditions) and the ones a client reads. */
const CORS: CorsPolicy = {
  allowHeaders: ['authorization', 'content-type', 'pb-contract-number', 'if-match', 'if-none-match'],
  exposeHeaders: ['etag', 'location', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-burst'],
};

/**
 * The server's request listener: every request (but a CORS preflight) is
 * logged, may meet a scripted reaction, then goes through the checks the API
 * makes of every call (base path, Basic credentials, contract number, depth)
 * before it is routed. Anything thrown is answered with the v4 error body.
 */
export function requestListener(
  fake: Fake,
  later: (ms: number) => Promise<void>,
  origin: () => string,
): (req: IncomingMessage, res: Outgoing) => void {
  async function handle(req: IncomingMessage, res: Outgoing): Promise<void> {
    if (answerCors(req, res, CORS)) return;
    const { entry, fullPath } = await receive(req);
    fake.state.log.push(entry);
    res.logged = entry;
    fake.exchange.served();

    const scripted = takeScripted(fake.state.script, entry);
    if (scripted?.delayMs) await later(scripted.delayMs);
    if (scripted?.breakBody) res.breakBody = true;
    if (scripted?.status !== undefined) return playScripted(fake, res, scripted, scripted.status);
    if (!fullPath.startsWith(`${BASE_PATH}/`)) throw new HttpError(404, `No API at ${fullPath}`);
    if (!authorized(fake, entry)) {
      return fake.exchange.reply(res, 401, errorBody(401, 'Unauthorized: the user name or password is not valid'), {
        'www-authenticate': 'Basic realm="Authentication required"',
      });
    }
    checkContract(entry);
    const depth = depthOf(entry);
    const { method, headers, body, form } = entry;
    const path = decodeURIComponent(entry.path).replace(/\/+$/, '') || '/';
    route(fake, { method, url: `${origin()}${fullPath}`, body, headers, path, depth, form, res });
  }

  return (req: IncomingMessage, res: Outgoing): void => {
    rememberRequestSecrets(req.headers);
    void handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError)
        return fake.exchange.reply(res, error.status, errorBody(error.status, error.message));
      fake.exchange.reply(res, 500, errorBody(500, `fake server failed: ${String(error)}`));
    });
  };
}

/** Reads a whole request into its log entry; `fullPath` is the path as sent, base path included. */
async function receive(req: IncomingMessage): Promise<{ entry: LoggedRequest; fullPath: string }> {
  const { method, path: fullPath, search, headers, body } = await readRequest(req);
  const path = fullPath.startsWith(BASE_PATH) ? fullPath.slice(BASE_PATH.length) || '/' : fullPath;
  const isForm = /^application\/x-www-form-urlencoded\b/i.test(headers['content-type'] ?? '');
  const entry: LoggedRequest = {
    method,
    path,
    query: Object.fromEntries(search),
    headers,
    body,
    ...(isForm ? { form: Object.fromEntries(new URLSearchParams(body)) } : {}),
    at: performance.now(),
  };
  return { entry, fullPath };
}

/** Takes the first scripted reaction that matches the request off the queue. */
function takeScripted(script: Scripted[], entry: LoggedRequest): Scripted | undefined {
  const index = script.findIndex((s) => (!s.method || s.method === entry.method) && matchPath(s.path, entry.path));
  return index < 0 ? undefined : script.splice(index, 1)[0];
}

/** Answers with a scripted status: its body (by default the v4 error body), `Retry-After`, headers and rate limits. */
function playScripted(fake: Fake, res: Outgoing, scripted: Scripted, status: number): void {
  const extra: Record<string, string> = {
    ...(scripted.retryAfter !== undefined ? { 'retry-after': scripted.retryAfter } : {}),
    ...scripted.headers,
  };
  const limits = { ...(status === 429 ? { remaining: 0 } : {}), ...scripted.rateLimit };
  fake.exchange.reply(res, status, scripted.json ?? errorBody(status), extra, limits);
}

/** HTTP Basic with the server's credentials. */
function authorized(fake: Fake, entry: LoggedRequest): boolean {
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(entry.headers['authorization'] ?? '');
  const given = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8') : undefined;
  return given === `${fake.state.credentials.username}:${fake.state.credentials.password}`;
}

/** `PB-Contract-Number`, when given, names a contract: digits only. */
function checkContract(entry: LoggedRequest): void {
  const contract = entry.headers['pb-contract-number'];
  if (contract !== undefined && !/^\d+$/.test(contract))
    throw new HttpError(400, `PB-Contract-Number "${contract}" is not a contract number`);
}

/** The `depth` a call asks for: 0 when absent, else an integer from 0 to 10. */
function depthOf(entry: LoggedRequest): number {
  const depth = entry.query['depth'] === undefined ? 0 : Number(entry.query['depth']);
  if (!Number.isInteger(depth) || depth < 0 || depth > 10)
    throw new HttpError(400, `depth must be an integer from 0 to 10`);
  return depth;
}
