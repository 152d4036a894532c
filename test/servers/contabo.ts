/**
 * A small, stateful fake of the Contabo API for behaviour tests.
 *
 * It plays what a client has to cope with: the OAuth2 token endpoint
 * (password and refresh_token grants), bearer-token checks, the mandatory
 * `x-request-id` header (checked and echoed), paginated listings with the
 * real envelope, instances whose status moves on with every read, and
 * scripted failures queued by the test. Every request is logged. Its parts
 * live in `contabo/`: the token endpoint (`token.ts`), the compute API
 * (`instances.ts`) and scripted faults (`faults.ts`).
 *
 *   const api = await startContaboServer({ instances: 25 });
 *   const client = new ContaboClient({ ...api.credentials, authUrl: api.tokenUrl, baseUrl: api.url });
 *   api.script({ status: 503 });          // the next API request gets a 503
 *   ...
 *   await api.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { rememberRequestSecrets, rememberSecrets } from '../helpers/leak.ts';
import { play } from './contabo/faults.ts';
import { instanceAdder, instancesApi } from './contabo/instances.ts';
import {
  TEST_CREDENTIALS,
  TOKEN_PATH,
  type ContaboServer,
  type LoggedRequest,
  type ServerOptions,
  type ServerState,
} from './contabo/model.ts';
import { send } from './contabo/send.ts';
import { tokenEndpoint } from './contabo/token.ts';
import { answerCors, localServer, matchPath, readRequest, type CorsPolicy } from './local.ts';

export * from './contabo/model.ts';

/** For browser apps: the headers calls send (the spec's header parameters) and the ones a client reads. */
const CORS: CorsPolicy = {
  allowHeaders: ['authorization', 'content-type', 'x-request-id', 'x-trace-id'],
  exposeHeaders: ['x-request-id', 'retry-after'],
};

export async function startContaboServer(options: ServerOptions = {}): Promise<ContaboServer> {
  const state: ServerState = {
    expiresIn: options.expiresIn ?? 300,
    refreshExpiresIn: options.refreshExpiresIn ?? 1800,
    credentials: options.credentials ?? TEST_CREDENTIALS,
    instances: new Map(),
    tokens: new Map(),
    script: [],
    tokenScript: [],
    log: [],
  };
  const addInstance = instanceAdder(state);
  for (let i = 0; i < (options.instances ?? 0); i++) addInstance();

  rememberSecrets(state.credentials);
  const server = createServer();
  const { later, listen, close } = localServer(server);
  const token = tokenEndpoint(state);
  const api = instancesApi(state, options.listing ?? {}, addInstance);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (answerCors(req, res, CORS)) return;
    const entry = await receive(req);
    state.log.push(entry);
    const { kind, method, path, query, headers, body, form } = entry;
    const queue = kind === 'token' ? state.tokenScript : state.script;
    const index = queue.findIndex((s) => (!s.method || s.method === method) && matchPath(s.path, path));
    const scripted = index < 0 ? undefined : queue.splice(index, 1)[0];
    if (scripted && (await play(scripted, req, res, later))) return;
    if (kind === 'token') return token(method, form ?? {}, res);
    return api({ method, path, query, headers, body, res });
  }
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    rememberRequestSecrets(req.headers);
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { message: `fake server failed: ${String(error)}` });
      else res.destroy();
    });
  });

  const url = await listen();
  return {
    url,
    tokenUrl: `${url}${TOKEN_PATH}`,
    credentials: state.credentials,
    state,
    log: state.log,
    apiRequests: (filter = {}) =>
      state.log.filter(
        (r) => r.kind === 'api' && (!filter.method || r.method === filter.method) && matchPath(filter.path, r.path),
      ),
    tokenRequests: () => state.log.filter((r) => r.kind === 'token'),
    script: (...entries) => void state.script.push(...entries),
    scriptToken: (...entries) => void state.tokenScript.push(...entries),
    addInstance,
    revokeTokens: () => {
      for (const t of state.tokens.values()) t.expiresAt = 0;
    },
    issuedSecrets: () => [...state.tokens.values()].flatMap((t) => [t.accessToken, t.refreshToken]),
    close,
  };
}

/** Reads a whole request into its log entry: a token request (its form parsed) or an API request. */
async function receive(req: IncomingMessage): Promise<LoggedRequest> {
  const { method, path, search, headers, body } = await readRequest(req);
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    query[key] = all.length === 1 ? all[0]! : all;
  }
  const kind = path === TOKEN_PATH ? 'token' : 'api';
  const form = kind === 'token' ? Object.fromEntries(new URLSearchParams(body)) : undefined;
  return {
    kind,
    method,
    path,
    query,
    headers,
    body,
    ...(form ? { form } : {}),
    at: performance.timeOrigin + performance.now(),
  };
}
