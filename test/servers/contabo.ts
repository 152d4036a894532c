/**
 * A small, stateful fake of the Contabo API for behaviour tests.
 *
 * It plays what a client has to cope with: the OAuth2 token endpoint
 * (password and refresh_token grants), bearer-token checks, the mandatory
 * `x-request-id` header (checked and echoed), paginated listings with the
 * real envelope, instances whose status moves on with every read, and
 * scripted failures queued by the test. Every request is logged.
 *
 *   const api = await startContaboServer({ instances: 25 });
 *   const client = new ContaboClient({ ...api.credentials, authUrl: api.tokenUrl, baseUrl: api.url });
 *   api.script({ status: 503 });          // the next API request gets a 503
 *   ...
 *   await api.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { rememberRequestSecrets, rememberSecrets } from '../helpers/leak.ts';
import { answerCors, localServer, matchPath, type CorsPolicy } from './local.ts';

export const TOKEN_PATH = '/auth/realms/contabo/protocol/openid-connect/token';

/** For browser apps: the headers calls send (the spec's header parameters) and the ones a client reads. */
const CORS: CorsPolicy = {
  allowHeaders: ['authorization', 'content-type', 'x-request-id', 'x-trace-id'],
  exposeHeaders: ['x-request-id', 'retry-after'],
};

/** The spec's pattern for `x-request-id`. */
const REQUEST_ID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-5][0-9A-Fa-f]{3}-[089abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;

export interface Credentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly username: string;
  readonly password: string;
}

/** Credentials with characters that change under form and URL encoding, so every encoded form can be looked for. */
export const TEST_CREDENTIALS: Credentials = {
  clientId: 'test-client',
  clientSecret: 'cs/S3cr3t+client=secret',
  username: 'api-user@example.com',
  password: 'pw: p@ss w0rd&more!',
};

/**
 * One scripted reaction to the next matching API request (token requests
 * have their own queue). Without `status` and `destroy` the request is
 * handled normally, after `delayMs`.
 */
export interface Scripted {
  /** Only requests with this method / path (exact string or pattern) take this entry. */
  readonly method?: string;
  readonly path?: string | RegExp;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON with `content-type: application/json`. */
  readonly json?: unknown;
  /** Sent as is; set the content type in `headers`. */
  readonly text?: string;
  /**
   * `before-response`: the socket is destroyed without an answer.
   * `mid-body`: status, headers and part of the body are sent, then the socket is destroyed.
   */
  readonly destroy?: 'before-response' | 'mid-body';
  /** Send status and headers at once, then the body after this long. */
  readonly stallBodyMs?: number;
}

export interface LoggedRequest {
  readonly kind: 'token' | 'api';
  readonly method: string;
  /** The raw request path as received, percent-encoding intact, without query. */
  readonly path: string;
  readonly query: Record<string, string | string[]>;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
  /** Parsed form of a token request. */
  readonly form?: Record<string, string>;
  /** `Date.now()` when it arrived (real time, even under fake dates). */
  readonly at: number;
}

export interface FakeInstance {
  instanceId: number;
  name: string;
  displayName: string;
  /** The statuses successive reads return; the last one stays. */
  statuses: string[];
  reads: number;
  productId: string;
  region: string;
  imageId: string;
}

export interface IssuedToken {
  readonly accessToken: string;
  readonly refreshToken: string;
  expiresAt: number;
  refreshExpiresAt: number;
  readonly grant: string;
}

/**
 * How listings tell where they end. By default as the API does: the counts
 * in `_pagination`, `_links.next` on every page but the last, and pages past
 * the end empty. The variants play what other servers and mocks send.
 */
export interface ListingStyle {
  /** `blank` sends `_pagination: ""`, as Contabo's own examples have it. */
  readonly pagination?: 'counts' | 'blank';
  /** The last page's next link: `omit` it (the API), point it at the page `itself`, or `beyond` the end (then only `last` tells). */
  readonly lastNext?: 'omit' | 'itself' | 'beyond';
  /** Pages past the end: `empty` (the API), or the last page `repeated`, as a mock that knows no end. */
  readonly pastEnd?: 'empty' | 'repeated';
  /** Answer every page with the first one, as a static mock that ignores the page parameter. */
  readonly ignorePage?: boolean;
  /** `false` leaves `_links` out; `without-next` sends them without any next link. */
  readonly links?: boolean | 'without-next';
}

export interface ServerOptions {
  /** Instances the account starts with (default 0). */
  readonly instances?: number;
  readonly listing?: ListingStyle;
  /** Lifetime of access tokens in seconds (default 300). */
  readonly expiresIn?: number;
  /** Lifetime of refresh tokens in seconds (default 1800); 0 issues no refresh token. */
  readonly refreshExpiresIn?: number;
  readonly credentials?: Credentials;
}

export interface ServerState {
  expiresIn: number;
  refreshExpiresIn: number;
  readonly credentials: Credentials;
  readonly instances: Map<number, FakeInstance>;
  readonly tokens: Map<string, IssuedToken>;
  /** Scripted reactions for API requests, taken in order. */
  readonly script: Scripted[];
  /** Scripted reactions for token requests, taken in order. */
  readonly tokenScript: Scripted[];
  readonly log: LoggedRequest[];
}

export interface ContaboServer {
  /** Base URL of the API, e.g. `http://127.0.0.1:12345`. */
  readonly url: string;
  readonly tokenUrl: string;
  readonly credentials: Credentials;
  readonly state: ServerState;
  readonly log: LoggedRequest[];
  /** Requests to the API (not the token endpoint), optionally one method or path only. */
  apiRequests(filter?: { method?: string; path?: string | RegExp }): LoggedRequest[];
  tokenRequests(): LoggedRequest[];
  /** Queues reactions for the next API requests. */
  script(...entries: Scripted[]): void;
  /** Queues reactions for the next token requests. */
  scriptToken(...entries: Scripted[]): void;
  /** Adds an instance whose reads return `statuses` one after the other (default: running). */
  addInstance(init?: Partial<Omit<FakeInstance, 'reads'>>): FakeInstance;
  /** Makes every issued access token invalid, as if the server had restarted its sessions. */
  revokeTokens(): void;
  /** Every access and refresh token handed out so far. */
  issuedSecrets(): string[];
  close(): Promise<void>;
}

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
  let nextId = 100;
  let tokenCount = 0;


  const addInstance = (init: Partial<Omit<FakeInstance, 'reads'>> = {}): FakeInstance => {
    const instanceId = init.instanceId ?? nextId++;
    const instance: FakeInstance = {
      instanceId,
      name: `vmd${instanceId}`,
      displayName: `instance ${instanceId}`,
      statuses: ['running'],
      productId: 'V92',
      region: 'EU',
      imageId: 'afecbb85-e2fc-46f0-9684-b46b1faf00bb',
      ...init,
      reads: 0,
    };
    state.instances.set(instanceId, instance);
    return instance;
  };
  for (let i = 0; i < (options.instances ?? 0); i++) addInstance();

  rememberSecrets(state.credentials);
  const server = createServer((req, res) => {
    rememberRequestSecrets(req.headers);
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { message: `fake server failed: ${String(error)}` });
      else res.destroy();
    });
  });
  const { later, listen, close } = localServer(server);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (answerCors(req, res, CORS)) return;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const path = q < 0 ? raw : raw.slice(0, q);
    const search = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(search.keys())) {
      const all = search.getAll(key);
      query[key] = all.length === 1 ? all[0]! : all;
    }
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    const method = req.method ?? 'GET';
    const kind = path === TOKEN_PATH ? 'token' : 'api';
    const form = kind === 'token' ? Object.fromEntries(new URLSearchParams(body)) : undefined;
    state.log.push({ kind, method, path, query, headers, body, ...(form ? { form } : {}), at: performance.timeOrigin + performance.now() });

    const queue = kind === 'token' ? state.tokenScript : state.script;
    const index = queue.findIndex((s) => matches(s, method, path));
    const scripted = index < 0 ? undefined : queue.splice(index, 1)[0];
    if (scripted && (await play(scripted, req, res))) return;
    if (kind === 'token') return token(method, form ?? {}, res);
    return api(method, path, query, headers, body, res);
  }

  /** Plays a scripted reaction; false when the request is to be handled normally afterwards. */
  async function play(s: Scripted, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (s.delayMs) await later(s.delayMs);
    if (s.destroy === 'before-response') {
      req.socket.destroy();
      return true;
    }
    if (s.destroy === 'mid-body') {
      res.writeHead(s.status ?? 200, { 'content-type': 'application/json', 'content-length': '1000', ...s.headers });
      res.write('{"data":[{"instanceId":1,');
      await later(20);
      req.socket.destroy();
      return true;
    }
    if (s.status === undefined) return false;
    const echo = req.headers['x-request-id'];
    const text = s.text ?? (s.json === undefined ? '' : JSON.stringify(s.json));
    const head: Record<string, string> = {
      ...(s.json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(typeof echo === 'string' ? { 'x-request-id': echo } : {}),
      ...s.headers,
      'content-length': String(Buffer.byteLength(text)),
    };
    res.writeHead(s.status, head);
    if (s.stallBodyMs) {
      res.flushHeaders();
      await later(s.stallBodyMs);
    }
    res.end(text);
    return true;
  }

  function token(method: string, form: Record<string, string>, res: ServerResponse): void {
    if (method !== 'POST') return send(res, 405, { error: 'invalid_request' });
    const { credentials } = state;
    rememberSecrets({ tokens: [form['client_secret'], form['password'], form['refresh_token']].filter((s): s is string => !!s) });
    if (form['client_id'] !== credentials.clientId || form['client_secret'] !== credentials.clientSecret) {
      return send(res, 401, { error: 'invalid_client', error_description: 'Invalid client or Invalid client credentials' });
    }
    const now = Date.now();
    if (form['grant_type'] === 'password') {
      if (form['username'] !== credentials.username || form['password'] !== credentials.password) {
        return send(res, 401, { error: 'invalid_grant', error_description: 'Invalid user credentials' });
      }
    } else if (form['grant_type'] === 'refresh_token') {
      const old = [...state.tokens.values()].find((t) => t.refreshToken === form['refresh_token']);
      if (!old || old.refreshExpiresAt <= now) return send(res, 400, { error: 'invalid_grant', error_description: 'Token is not active' });
      old.refreshExpiresAt = 0;
    } else {
      return send(res, 400, { error: 'unsupported_grant_type' });
    }
    tokenCount++;
    const issued: IssuedToken = {
      accessToken: `access-${tokenCount}-${crypto.randomUUID()}`,
      refreshToken: `refresh-${tokenCount}-${crypto.randomUUID()}`,
      expiresAt: now + state.expiresIn * 1000,
      refreshExpiresAt: state.refreshExpiresIn > 0 ? now + state.refreshExpiresIn * 1000 : 0,
      grant: form['grant_type'],
    };
    state.tokens.set(issued.accessToken, issued);
    rememberSecrets({ tokens: [issued.accessToken, issued.refreshToken] });
    send(res, 200, {
      access_token: issued.accessToken,
      expires_in: state.expiresIn,
      token_type: 'Bearer',
      'not-before-policy': 0,
      scope: 'profile email',
      ...(state.refreshExpiresIn > 0 ? { refresh_token: issued.refreshToken, refresh_expires_in: state.refreshExpiresIn } : {}),
    });
  }

  function api(
    method: string,
    path: string,
    query: Record<string, string | string[]>,
    headers: Record<string, string | undefined>,
    body: string,
    res: ServerResponse,
  ): void {
    const requestId = headers['x-request-id'];
    const echo = requestId ? { 'x-request-id': requestId } : {};
    const auth = /^Bearer (.+)$/.exec(headers['authorization'] ?? '');
    const issued = auth ? state.tokens.get(auth[1]!) : undefined;
    if (!issued || issued.expiresAt <= Date.now()) {
      return send(res, 401, { statusCode: 401, message: issued ? 'Token expired' : 'Unauthorized' }, echo);
    }
    if (!requestId || !REQUEST_ID.test(requestId)) {
      return send(res, 400, { statusCode: 400, message: ['x-request-id must be a UUID'] }, echo);
    }
    const self = `${path}${Object.keys(query).length ? `?${new URLSearchParams(query as Record<string, string>)}` : ''}`;

    if (path === '/v1/compute/instances' && method === 'GET') {
      const size = Math.max(1, Number(query['size'] ?? 10));
      const all = [...state.instances.values()];
      const totalPages = Math.ceil(all.length / size);
      const { pagination = 'counts', lastNext = 'omit', pastEnd = 'empty', ignorePage = false, links = true } = options.listing ?? {};
      const asked = ignorePage ? 1 : Math.max(1, Number(query['page'] ?? 1));
      const page = pastEnd === 'repeated' ? Math.min(asked, Math.max(1, totalPages)) : asked;
      const link = (p: number): string => `/v1/compute/instances?page=${p}&size=${size}`;
      const next = page < totalPages ? link(page + 1) : { omit: undefined, itself: link(page), beyond: link(page + 1) }[lastNext];
      return send(
        res,
        200,
        {
          _pagination: pagination === 'blank' ? '' : { page, size, totalElements: all.length, totalPages },
          data: all.slice((page - 1) * size, page * size).map((i) => view(i, i.statuses[Math.min(i.reads, i.statuses.length - 1)]!)),
          ...(links
            ? {
                _links: {
                  self: link(page),
                  first: link(1),
                  ...(page > 1 ? { previous: link(page - 1) } : {}),
                  ...(next && links !== 'without-next' ? { next } : {}),
                  last: link(Math.max(1, totalPages)),
                },
              }
            : {}),
        },
        echo,
      );
    }
    if (path === '/v1/compute/instances' && method === 'POST') {
      let input: Record<string, unknown>;
      try {
        input = JSON.parse(body) as Record<string, unknown>;
      } catch {
        return send(res, 400, { statusCode: 400, message: 'body is not JSON' }, echo);
      }
      const created = addInstance({
        statuses: ['provisioning', 'installing', 'running'],
        ...(typeof input['displayName'] === 'string' ? { displayName: input['displayName'] } : {}),
        ...(typeof input['productId'] === 'string' ? { productId: input['productId'] } : {}),
      });
      const { tenantId, customerId, instanceId, imageId, productId, region, addOns, osType, createdDate, sshKeys } = view(created, 'provisioning');
      return send(
        res,
        201,
        {
          data: [{ tenantId, customerId, instanceId, imageId, productId, region, addOns, osType, createdDate, sshKeys, status: 'provisioning' }],
          _links: { self: `/v1/compute/instances/${instanceId}` },
        },
        echo,
      );
    }
    const one = /^\/v1\/compute\/instances\/([^/]+)$/.exec(path);
    const instance = one ? state.instances.get(Number(one[1])) : undefined;
    if (one && !instance) return send(res, 404, { statusCode: 404, message: `Entry Instances not found by instanceId ${one[1]}` }, echo);
    if (instance && method === 'GET') {
      const status = instance.statuses[Math.min(instance.reads, instance.statuses.length - 1)]!;
      instance.reads++;
      return send(res, 200, { data: [view(instance, status)], _links: { self } }, echo);
    }
    if (instance && method === 'PATCH') {
      const input = JSON.parse(body || '{}') as { displayName?: string };
      if (input.displayName !== undefined) instance.displayName = input.displayName;
      const { tenantId, customerId, instanceId } = view(instance, 'running');
      return send(res, 200, { data: [{ tenantId, customerId, instanceId, createdDate: new Date(0).toISOString() }], _links: { self } }, echo);
    }
    send(res, 404, { statusCode: 404, message: 'Not Found' }, echo);
  }

  const url = await listen();

  return {
    url,
    tokenUrl: `${url}${TOKEN_PATH}`,
    credentials: state.credentials,
    state,
    log: state.log,
    apiRequests: (filter = {}) =>
      state.log.filter((r) => r.kind === 'api' && (!filter.method || r.method === filter.method) && matchPath(filter.path, r.path)),
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

  function matches(s: Scripted, method: string, path: string): boolean {
    return (!s.method || s.method === method) && matchPath(s.path, path);
  }
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(json);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

/** An instance as the API shows it. */
function view(i: FakeInstance, status: string) {
  return {
    tenantId: 'DE',
    customerId: '54321',
    additionalIps: [],
    name: i.name,
    displayName: i.displayName,
    instanceId: i.instanceId,
    dataCenter: 'European Union 1',
    region: i.region,
    regionName: 'European Union',
    productId: i.productId,
    imageId: i.imageId,
    ipConfig: {
      v4: { ip: `192.0.2.${i.instanceId % 250}`, netmaskCidr: 24, gateway: '192.0.2.1' },
      v6: { ip: '2001:db8::1', netmaskCidr: 64, gateway: 'fe80::1' },
    },
    macAddress: '00:50:56:00:00:01',
    ramMb: 8192,
    cpuCores: 4,
    osType: 'Linux',
    diskMb: 204800,
    sshKeys: [],
    createdDate: new Date(0).toISOString(),
    cancelDate: '',
    status,
    vHostId: 1,
    vHostNumber: 1,
    vHostName: 'host1',
    addOns: [],
    productType: 'nvme',
    productName: 'VPS 10 NVMe',
    defaultUser: 'root',
    ...(status === 'error' ? { errorMessage: 'installation failed' } : {}),
  };
}
