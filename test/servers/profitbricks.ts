/**
 * A small, stateful fake of the ProfitBricks Cloud API v4 for behaviour tests.
 *
 * It plays what a client has to cope with: HTTP Basic authentication (401 with
 * the v4 error body otherwise), the `PB-Contract-Number` header (recorded),
 * asynchronous writes (202 with the accepted resource, BUSY, and a `Location`
 * header to `/requests/{id}/status`, whose status moves on QUEUED -> RUNNING
 * -> DONE with every poll, or to FAILED when scripted), `depth` exactly as the
 * API expands nested resources, ETags with `If-None-Match` (304) and
 * `If-Match` (412), `X-RateLimit-*` headers on every response, scripted
 * failures (429 with Retry-After, 5xx, delays), and the two form-encoded calls
 * (create-snapshot, restore-snapshot). Every request is logged with the
 * response it got.
 *
 * The store is generic: resources live at their canonical path
 * (`/datacenters/{id}/servers/{id}`), collections are member lists keyed by
 * path (`/datacenters/{id}/servers`), and a few collections hold resources
 * that live elsewhere (a server's attached volumes and CD-ROMs).
 *
 *   const api = await startProfitBricksServer();
 *   const client = new ProfitBricksClient({ ...api.credentials, baseUrl: api.url });
 *   api.scriptRequest({ statuses: ['QUEUED', 'FAILED'], message: 'no capacity' }); // the next write fails
 *   api.script({ method: 'POST', status: 429, retryAfter: '0' });                 // the next POST is refused
 *   ...
 *   await api.close();
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { rememberRequestSecrets, rememberSecrets } from '../helpers/leak.ts';
import { answerCors, localServer, matchPath, type CorsPolicy } from './local.ts';

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** Credentials with characters that change under URL, form and JSON encoding, so every encoded form can be looked for. */
export const TEST_CREDENTIALS: Credentials = {
  username: 'pb-user@example.com',
  password: 'pw: s3cr3t&pass=w0rd/"quoted"',
};

/** Where the API lives under the server's origin, as in `https://api.profitbricks.com/cloudapi/v4`. */
export const BASE_PATH = '/cloudapi/v4';

/** For browser apps: the headers calls send (credentials, contract, preconditions) and the ones a client reads. */
const CORS: CorsPolicy = {
  allowHeaders: ['authorization', 'content-type', 'pb-contract-number', 'if-match', 'if-none-match'],
  exposeHeaders: ['etag', 'location', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-burst'],
};

export type RequestState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/** One scripted reaction to the next matching request. Without `status` the request is handled normally, after `delayMs`. */
export interface Scripted {
  readonly method?: string;
  /** The path below the base path (`/datacenters`), exact or a pattern. */
  readonly path?: string | RegExp;
  readonly delayMs?: number;
  readonly status?: number;
  /** Sent as JSON; by default the v4 error body for the status. */
  readonly json?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** `Retry-After` header value. */
  readonly retryAfter?: string;
  /** Overrides of the rate-limit headers of this response (a 429 has Remaining 0 by default). */
  readonly rateLimit?: Partial<RateLimitHeaders>;
  /** Handle the request as usual (a write is applied), but break the connection half-way through the response body. */
  readonly breakBody?: boolean;
}

/** How the next accepted write will progress. */
export interface ScriptedRequest {
  /** Statuses successive polls return; the last one stays (default QUEUED, RUNNING, DONE). */
  readonly statuses?: readonly RequestState[];
  /** `metadata.message` of a FAILED status. */
  readonly message?: string;
}

export interface RateLimitHeaders {
  readonly limit: number;
  readonly remaining: number;
  readonly burst: number;
}

export interface LoggedRequest {
  readonly method: string;
  /** The path below the base path, percent-encoding intact, without query. */
  readonly path: string;
  readonly query: Record<string, string>;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
  /** The parsed body of a form-encoded request. */
  readonly form?: Record<string, string>;
  /** When it arrived, in ms (performance clock). */
  readonly at: number;
  /** The response's status and headers (lower-case), filled in when it is sent. */
  status?: number;
  responseHeaders?: Record<string, string>;
}

export interface StoredResource {
  readonly id: string;
  readonly type: string;
  /** Canonical path below the base path. */
  readonly path: string;
  properties: Record<string, unknown>;
  /** Properties that reference other resources (`bootVolume`), as their canonical paths. */
  links: Record<string, string | null>;
  readonly metadata: {
    createdDate: string;
    createdBy: string;
    etag: string;
    lastModifiedDate: string;
    lastModifiedBy: string;
    state: 'AVAILABLE' | 'BUSY' | 'INACTIVE';
  };
  /** Names of the collections nested under it. */
  readonly entities: readonly string[];
}

export interface FakeRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly body: string;
  readonly headers: Record<string, string>;
  readonly createdDate: string;
  statuses: RequestState[];
  message: string | undefined;
  /** Status polls answered so far. */
  polls: number;
  /** The resources the request touches, as references taken when it was accepted. */
  readonly targets: { id: string; type: string; href: string }[];
  /** Applied once, when the request reaches DONE or FAILED. */
  settled: RequestState | undefined;
  readonly done: () => void;
  readonly failed: () => void;
}

export interface ServerOptions {
  readonly credentials?: Credentials;
  /** Statuses of requests not scripted otherwise (default QUEUED, RUNNING, DONE). */
  readonly statuses?: readonly RequestState[];
  readonly rateLimit?: { readonly limit: number; readonly burst: number };
  /** `absolute` (default, as the API sends it) or `relative` (`/cloudapi/v4/requests/{id}/status`) Location headers. */
  readonly location?: 'absolute' | 'relative';
  /** The URL hrefs and Location headers are built on, when the API is reached through another one (a proxy). */
  readonly publicUrl?: string;
}

export interface ServerState {
  readonly credentials: Credentials;
  defaultStatuses: RequestState[];
  rateLimit: { limit: number; burst: number };
  readonly resources: Map<string, StoredResource>;
  /** Member paths of every collection, by collection path. */
  readonly collections: Map<string, string[]>;
  readonly requests: Map<string, FakeRequest>;
  readonly script: Scripted[];
  readonly requestScript: ScriptedRequest[];
  readonly log: LoggedRequest[];
}

export interface ProfitBricksServer {
  /** Base URL of the API, `http://127.0.0.1:PORT/cloudapi/v4`. */
  readonly url: string;
  readonly origin: string;
  readonly credentials: Credentials;
  readonly state: ServerState;
  readonly log: LoggedRequest[];
  /** Logged requests, optionally of one method and path only. */
  requests(filter?: { method?: string; path?: string | RegExp }): LoggedRequest[];
  /** Queues reactions for the next matching requests. */
  script(...entries: Scripted[]): void;
  /** Queues how the next accepted writes progress. */
  scriptRequest(...entries: ScriptedRequest[]): void;
  /** A stored resource by its canonical path (`/datacenters/x`). */
  resource(path: string): StoredResource | undefined;
  /** Member paths of a collection (`/datacenters`). */
  members(path: string): string[];
  /** Resources of one type in the store. */
  ofType(type: string): StoredResource[];
  /** Creates a resource (with nested entities) in a collection, done at once: AVAILABLE, no request to poll. */
  seed(collectionPath: string, body: Record<string, unknown>): StoredResource;
  /** The absolute URL of a path below the base path. */
  href(path: string): string;
  close(): Promise<void>;
}

/** What a collection holds, by the collection's name. */
interface Kind {
  readonly type: string;
  readonly entities: readonly string[];
  /** Numbered ids (LANs) rather than UUIDs. */
  readonly numbered?: boolean;
  readonly defaults: () => Record<string, unknown>;
}

const KINDS: Readonly<Record<string, Kind>> = {
  datacenters: {
    type: 'datacenter',
    entities: ['servers', 'volumes', 'loadbalancers', 'lans'],
    defaults: () => ({ name: null, description: null, version: 1, features: [] }),
  },
  servers: {
    type: 'server',
    entities: ['cdroms', 'volumes', 'nics'],
    defaults: () => ({ name: null, cores: 1, ram: 1024, availabilityZone: 'AUTO', vmState: 'RUNNING', cpuFamily: 'AMD_OPTERON' }),
  },
  volumes: {
    type: 'volume',
    entities: [],
    defaults: () => ({
      name: null,
      type: 'HDD',
      size: 10,
      availabilityZone: 'AUTO',
      image: null,
      imageAlias: null,
      bus: null,
      licenceType: 'UNKNOWN',
      cpuHotPlug: false,
      ramHotPlug: false,
      nicHotPlug: false,
      nicHotUnplug: false,
      discVirtioHotPlug: false,
      discVirtioHotUnplug: false,
      deviceNumber: null,
    }),
  },
  lans: { type: 'lan', entities: ['nics'], numbered: true, defaults: () => ({ name: null, public: false, ipFailover: [] }) },
  nics: {
    type: 'nic',
    entities: ['firewallrules'],
    defaults: () => ({ name: null, mac: mac(), ips: [], dhcp: true, lan: 1, firewallActive: false, nat: false }),
  },
  firewallrules: {
    type: 'firewall-rule',
    entities: [],
    defaults: () => ({ name: null, protocol: 'TCP', sourceMac: null, sourceIp: null, targetIp: null, icmpCode: null, icmpType: null, portRangeStart: null, portRangeEnd: null }),
  },
  loadbalancers: { type: 'loadbalancer', entities: ['balancednics'], defaults: () => ({ name: null, ip: null, dhcp: true }) },
  snapshots: {
    type: 'snapshot',
    entities: [],
    defaults: () => ({ name: null, description: null, location: 'de/fra', size: null, licenceType: null }),
  },
};

/**
 * Collections whose members live elsewhere: POST attaches an existing
 * resource by id, DELETE detaches it. Gives where the members live (a
 * collection path, `*` standing for any one segment), or undefined for a
 * collection that holds its own resources.
 */
function homeOf(collection: string): string | undefined {
  const dc = /^(\/datacenters\/[^/]+)\//.exec(collection)?.[1];
  if (/^\/datacenters\/[^/]+\/servers\/[^/]+\/volumes$/.test(collection)) return `${dc}/volumes`;
  if (/^\/datacenters\/[^/]+\/servers\/[^/]+\/cdroms$/.test(collection)) return '/images';
  if (/^\/datacenters\/[^/]+\/(loadbalancers\/[^/]+\/balancednics|lans\/[^/]+\/nics)$/.test(collection)) return `${dc}/servers/*/nics`;
  return undefined;
}

const MESSAGES: Readonly<Record<RequestState, string>> = {
  QUEUED: 'Request has been queued',
  RUNNING: 'Request is running',
  DONE: 'Request has been successfully executed',
  FAILED: 'Request has failed',
};

const ERROR_CODES: Readonly<Record<number, [string, string]>> = {
  400: ['100', 'Bad request'],
  401: ['315', 'Unauthorized'],
  403: ['317', 'Access denied'],
  404: ['309', 'Resource does not exist'],
  405: ['300', 'Method not allowed'],
  412: ['338', 'The resource has been modified: the entity tag given in If-Match is not current'],
  415: ['101', 'Unsupported media type'],
  422: ['100', 'Unprocessable entity'],
  429: ['338', 'The request limit has been reached; retry later'],
  500: ['500', 'Internal server error'],
  503: ['503', 'Service unavailable'],
};

export function errorBody(status: number, message?: string, errorCode?: string): { httpStatus: number; messages: { errorCode: string; message: string }[] } {
  const [code, text] = ERROR_CODES[status] ?? [String(status), `HTTP ${status}`];
  return { httpStatus: status, messages: [{ errorCode: errorCode ?? code, message: message ?? text }] };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message?: string,
  ) {
    super(message ?? ERROR_CODES[status]?.[1] ?? `HTTP ${status}`);
  }
}

export async function startProfitBricksServer(options: ServerOptions = {}): Promise<ProfitBricksServer> {
  const state: ServerState = {
    credentials: options.credentials ?? TEST_CREDENTIALS,
    defaultStatuses: [...(options.statuses ?? ['QUEUED', 'RUNNING', 'DONE'])],
    rateLimit: { ...(options.rateLimit ?? { limit: 120, burst: 50 }) },
    resources: new Map(),
    collections: new Map([
      ['/datacenters', []],
      ['/snapshots', []],
      ['/images', []],
    ]),
    requests: new Map(),
    script: [],
    requestScript: [],
    log: [],
  };
  let served = 0;
  let origin = '';
  const href = (path: string): string => `${options.publicUrl ?? `${origin}${BASE_PATH}`}${path}`;
  const statusLocation = (request: FakeRequest): string =>
    options.location === 'relative' ? `${BASE_PATH}/requests/${request.id}/status` : href(`/requests/${request.id}/status`);
  const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');


  // ----- the store -----

  const touch = (r: StoredResource, state?: StoredResource['metadata']['state']): void => {
    r.metadata.etag = randomBytes(16).toString('hex');
    r.metadata.lastModifiedDate = now();
    r.metadata.lastModifiedBy = stateUser();
    if (state) r.metadata.state = state;
  };
  const stateUser = (): string => state.credentials.username;

  /** Creates a resource of the collection's kind, and everything nested under `entities` of the body; returns every resource created. */
  function create(collection: string, body: Record<string, unknown>): StoredResource[] {
    const name = collection.slice(collection.lastIndexOf('/') + 1);
    const kind = KINDS[name];
    if (!kind) throw new HttpError(405, `${collection} does not take POST`);
    const input = body['properties'];
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      throw new HttpError(422, `[(root).properties] Attribute is required`);
    }
    const properties: Record<string, unknown> = { ...kind.defaults(), ...(input as Record<string, unknown>) };
    if (kind.type === 'datacenter' && (typeof properties['name'] !== 'string' || typeof properties['location'] !== 'string')) {
      throw new HttpError(422, `[(root).properties.${typeof properties['name'] !== 'string' ? 'name' : 'location'}] Attribute is required`);
    }
    // Write-only secrets are never shown back.
    if ('imagePassword' in properties) properties['imagePassword'] = null;
    if ('sshKeys' in properties) properties['sshKeys'] = null;
    const links: Record<string, string | null> = {};
    if (kind.type === 'server') {
      for (const key of ['bootVolume', 'bootCdrom']) {
        links[key] = linkTarget(collection, key, properties[key]);
        delete properties[key];
      }
    }
    let id: string;
    if (kind.numbered) {
      const taken = new Set(state.collections.get(collection) ?? []);
      const wanted = typeof body['id'] === 'number' || typeof body['id'] === 'string' ? String(body['id']) : undefined;
      let n = 1;
      while (taken.has(`${collection}/${n}`)) n++;
      id = wanted && !taken.has(`${collection}/${wanted}`) ? wanted : String(n);
      delete properties['id'];
    } else {
      id = randomUUID();
    }
    const path = `${collection}/${id}`;
    const created = now();
    const resource: StoredResource = {
      id,
      type: kind.type,
      path,
      properties,
      links,
      metadata: { createdDate: created, createdBy: stateUser(), etag: '', lastModifiedDate: created, lastModifiedBy: stateUser(), state: 'BUSY' },
      entities: kind.entities,
    };
    touch(resource, 'BUSY');
    const made = [resource];
    state.resources.set(path, resource);
    if (!state.collections.has(collection)) state.collections.set(collection, []);
    state.collections.get(collection)!.push(path);
    for (const entity of kind.entities) state.collections.set(`${path}/${entity}`, []);
    if (kind.type === 'nic') {
      // A NIC shows up in its LAN's nics too.
      state.collections.get(collection.replace(/\/servers\/[^/]+\/nics$/, `/lans/${String(properties['lan'])}/nics`))?.push(path);
    }

    const nested = (body['entities'] ?? {}) as Record<string, { items?: unknown[] } | undefined>;
    for (const [entity, list] of Object.entries(nested)) {
      if (!kind.entities.includes(entity)) throw new HttpError(422, `[(root).entities.${entity}] is not an entity of a ${kind.type}`);
      const into = `${path}/${entity}`;
      const home = homeOf(into);
      for (const item of list?.items ?? []) {
        const child = item as Record<string, unknown>;
        if (home === undefined) {
          made.push(...create(into, child));
        } else if (child['properties'] === undefined && typeof child['id'] === 'string') {
          attach(into, child['id']);
        } else if (!home.includes('*') && home.startsWith('/datacenters/')) {
          // A new volume of a new server: created in the data center, attached to the server.
          const [created, ...rest] = create(home, child);
          state.collections.get(into)!.push(created!.path);
          made.push(created!, ...rest);
        } else {
          throw new HttpError(422, `[(root).entities.${entity}.items] takes ids of existing resources`);
        }
      }
    }
    if (kind.type === 'server') {
      const attached = state.collections.get(`${path}/volumes`)!;
      attached.forEach((p, i) => {
        const volume = state.resources.get(p)!;
        volume.properties['bus'] ??= 'VIRTIO';
        volume.properties['deviceNumber'] = i + 1;
      });
      if (links['bootVolume'] === null && links['bootCdrom'] === null && attached[0]) links['bootVolume'] = attached[0];
    }
    return made;
  }

  /** Runs a change of the store; a change that throws leaves the store as it was. */
  function atomically<T>(change: () => T): T {
    const resources = new Map(state.resources);
    const collections = new Map<string, string[]>([...state.collections].map(([k, v]) => [k, [...v]]));
    try {
      return change();
    } catch (error) {
      state.resources.clear();
      for (const [k, v] of resources) state.resources.set(k, v);
      state.collections.clear();
      for (const [k, v] of collections) state.collections.set(k, v);
      throw error;
    }
  }

  /** The canonical path of a resource with this id in `home` (a collection path, `*` for any segment). */
  function find(home: string, id: string): string | undefined {
    if (!home.includes('*')) return state.collections.get(home)?.find((p) => p.endsWith(`/${id}`) && state.resources.has(p));
    const pattern = new RegExp(`^${home.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}/${id}$`);
    return [...state.resources.keys()].find((p) => pattern.test(p));
  }

  /** Adds an existing resource, by id, to a collection whose members live elsewhere. */
  /** The canonical path a server's `bootVolume` / `bootCdrom` reference (`{id}` or null) names. */
  function linkTarget(servers: string, key: string, ref: unknown): string | null {
    const id = (ref as { id?: unknown } | null | undefined)?.id;
    if (typeof id !== 'string') return null;
    const target = find(key === 'bootVolume' ? servers.replace(/\/servers$/, '/volumes') : '/images', id);
    if (!target) throw new HttpError(404, `${key} ${id} does not exist`);
    return target;
  }

  function attach(collection: string, id: string): StoredResource {
    const target = find(homeOf(collection)!, id);
    if (!target) throw new HttpError(404, `Resource ${id} does not exist`);
    const members = state.collections.get(collection)!;
    if (!members.includes(target)) members.push(target);
    return state.resources.get(target)!;
  }

  /** Removes a resource, everything under it, and every reference to it. */
  function remove(path: string): void {
    for (const p of [...state.resources.keys()]) {
      if (p === path || p.startsWith(`${path}/`)) state.resources.delete(p);
    }
    for (const [c, members] of [...state.collections]) {
      if (c.startsWith(`${path}/`)) {
        state.collections.delete(c);
        continue;
      }
      const i = members.indexOf(path);
      if (i >= 0) members.splice(i, 1);
    }
    for (const r of state.resources.values()) {
      for (const [k, v] of Object.entries(r.links)) if (v === path) r.links[k] = null;
    }
  }

  // ----- rendering with depth -----

  const reference = (r: StoredResource): Record<string, unknown> => ({ id: r.id, type: r.type, href: href(r.path) });

  /** A resource at level k: full, its entity collections at level k. */
  function renderResource(r: StoredResource, k: number): Record<string, unknown> {
    const properties: Record<string, unknown> = { ...r.properties };
    for (const [key, target] of Object.entries(r.links)) {
      const linked = target ? state.resources.get(target) : undefined;
      properties[key] = linked ? renderItem(linked, k) : null;
    }
    const out: Record<string, unknown> = { ...reference(r), metadata: { ...r.metadata }, properties };
    if (r.entities.length > 0) {
      out['entities'] = Object.fromEntries(r.entities.map((e) => [e, renderCollection(`${r.path}/${e}`, k)]));
    }
    return out;
  }

  /** A collection at level n: items from level 1 on, one level down. */
  function renderCollection(path: string, n: number): Record<string, unknown> {
    const parent = state.resources.get(path.slice(0, path.lastIndexOf('/')));
    const name = path.slice(path.lastIndexOf('/') + 1);
    const out: Record<string, unknown> = { id: parent ? `${parent.id}/${name}` : name, type: 'collection', href: href(path) };
    if (n >= 1) {
      out['items'] = (state.collections.get(path) ?? []).flatMap((p) => {
        const r = state.resources.get(p);
        return r ? [renderItem(r, n - 1)] : [];
      });
    }
    return out;
  }

  /** A nested resource at level m: a reference at 0, else the full resource one level down. */
  function renderItem(r: StoredResource, m: number): Record<string, unknown> {
    return m === 0 ? reference(r) : renderResource(r, m - 1);
  }

  // ----- requests (asynchronous writes) -----

  function accept(
    req: { method: string; url: string; body: string; headers: Record<string, string | undefined> },
    targets: StoredResource[],
    done: () => void,
    failed: () => void,
  ): FakeRequest {
    const scripted = state.requestScript.shift();
    const kept: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && k !== 'authorization') kept[k] = v;
    const request: FakeRequest = {
      id: randomUUID(),
      method: req.method,
      url: req.url,
      body: req.body,
      headers: kept,
      createdDate: now(),
      statuses: [...(scripted?.statuses ?? state.defaultStatuses)],
      message: scripted?.message,
      polls: 0,
      targets: targets.map((t) => ({ id: t.id, type: t.type, href: href(t.path) })),
      settled: undefined,
      done,
      failed,
    };
    state.requests.set(request.id, request);
    return request;
  }

  /** The status the next poll of a request sees; settles the request when it ends. */
  function advance(request: FakeRequest): RequestState {
    const status = request.statuses[Math.min(request.polls, request.statuses.length - 1)]!;
    request.polls++;
    settle(request, status);
    return status;
  }

  function settle(request: FakeRequest, status: RequestState): void {
    if (request.settled || (status !== 'DONE' && status !== 'FAILED')) return;
    request.settled = status;
    if (status === 'DONE') request.done();
    else request.failed();
  }

  function statusBody(request: FakeRequest, status: RequestState): Record<string, unknown> {
    const targets = request.targets.map((target) => ({ target, status }));
    const metadata: Record<string, unknown> = {
      status,
      message: status === 'FAILED' ? (request.message ?? MESSAGES.FAILED) : MESSAGES[status],
      targets,
    };
    metadata['etag'] = md5(JSON.stringify(metadata));
    return { id: `${request.id}/status`, type: 'request-status', href: href(`/requests/${request.id}/status`), metadata };
  }

  function requestBody(request: FakeRequest): Record<string, unknown> {
    return {
      id: request.id,
      type: 'request',
      href: href(`/requests/${request.id}`),
      metadata: {
        createdDate: request.createdDate,
        createdBy: stateUser(),
        etag: md5(request.id + String(request.polls)),
        requestStatus: { id: `${request.id}/status`, type: 'request-status', href: href(`/requests/${request.id}/status`) },
      },
      properties: { method: request.method, headers: request.headers, body: request.body, url: request.url },
    };
  }

  // ----- HTTP -----

  rememberSecrets(state.credentials);
  const server = createServer((req, res) => {
    rememberRequestSecrets(req.headers);
    void handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) return reply(res, error.status, errorBody(error.status, error.message));
      reply(res, 500, errorBody(500, `fake server failed: ${String(error)}`));
    });
  });
  const { later, listen, close } = localServer(server);

  /** The response headers every answer carries. */
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

  function reply(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}, limits?: Partial<RateLimitHeaders>): void {
    const text = json === undefined ? '' : JSON.stringify(json);
    const head: Record<string, string> = {
      ...rateLimitHeaders(limits),
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
      'content-length': String(Buffer.byteLength(text)),
    };
    const entry = (res as ServerResponse & { logged?: LoggedRequest }).logged;
    if (entry) {
      entry.status = status;
      entry.responseHeaders = Object.fromEntries(Object.entries(head).map(([k, v]) => [k.toLowerCase(), v]));
    }
    res.writeHead(status, head);
    if ((res as ServerResponse & { breakBody?: boolean }).breakBody && text.length > 1) {
      res.write(text.slice(0, text.length >> 1));
      return void later(20).then(() => res.destroy());
    }
    res.end(status === 304 ? undefined : text);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (answerCors(req, res, CORS)) return;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const fullPath = q < 0 ? raw : raw.slice(0, q);
    const query = Object.fromEntries(new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)));
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    const method = req.method ?? 'GET';
    const path = fullPath.startsWith(BASE_PATH) ? fullPath.slice(BASE_PATH.length) || '/' : fullPath;
    const isForm = /^application\/x-www-form-urlencoded\b/i.test(headers['content-type'] ?? '');
    const entry: LoggedRequest = {
      method,
      path,
      query,
      headers,
      body,
      ...(isForm ? { form: Object.fromEntries(new URLSearchParams(body)) } : {}),
      at: performance.now(),
    };
    state.log.push(entry);
    (res as ServerResponse & { logged?: LoggedRequest }).logged = entry;
    served++;

    const index = state.script.findIndex((s) => (!s.method || s.method === method) && matchPath(s.path, path));
    const scripted = index < 0 ? undefined : state.script.splice(index, 1)[0];
    if (scripted?.delayMs) await later(scripted.delayMs);
    if (scripted?.breakBody) (res as ServerResponse & { breakBody?: boolean }).breakBody = true;
    if (scripted?.status !== undefined) {
      const extra: Record<string, string> = { ...(scripted.retryAfter !== undefined ? { 'retry-after': scripted.retryAfter } : {}), ...scripted.headers };
      const limits = { ...(scripted.status === 429 ? { remaining: 0 } : {}), ...scripted.rateLimit };
      return reply(res, scripted.status, scripted.json ?? errorBody(scripted.status), extra, limits);
    }

    if (!fullPath.startsWith(`${BASE_PATH}/`)) return reply(res, 404, errorBody(404, `No API at ${fullPath}`));
    const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(headers['authorization'] ?? '');
    const given = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8') : undefined;
    if (given !== `${state.credentials.username}:${state.credentials.password}`) {
      return reply(res, 401, errorBody(401, 'Unauthorized: the user name or password is not valid'), {
        'www-authenticate': 'Basic realm="Authentication required"',
      });
    }
    const contract = headers['pb-contract-number'];
    if (contract !== undefined && !/^\d+$/.test(contract)) {
      return reply(res, 400, errorBody(400, `PB-Contract-Number "${contract}" is not a contract number`));
    }
    const depth = query['depth'] === undefined ? 0 : Number(query['depth']);
    if (!Number.isInteger(depth) || depth < 0 || depth > 10) return reply(res, 400, errorBody(400, `depth must be an integer from 0 to 10`));
    const request = { method, url: `${origin}${fullPath}`, body, headers };
    route(method, decodeURIComponent(path), depth, headers, body, entry.form, request, res);
  }

  function route(
    method: string,
    path: string,
    depth: number,
    headers: Record<string, string | undefined>,
    body: string,
    form: Record<string, string> | undefined,
    request: Parameters<typeof accept>[0],
    res: ServerResponse,
  ): void {
    const trimmed = path.replace(/\/+$/, '') || '/';

    // Requests and their status.
    if (trimmed === '/requests' && method === 'GET') {
      const all = [...state.requests.values()];
      const collection: Record<string, unknown> = { id: 'requests', type: 'collection', href: href('/requests') };
      if (depth + 1 >= 1) {
        collection['items'] = all.map((r) =>
          depth === 0 ? { id: r.id, type: 'request', href: href(`/requests/${r.id}`) } : requestBody(r),
        );
      }
      return read(res, headers, collection, md5(JSON.stringify(collection)));
    }
    const requestPath = /^\/requests\/([^/]+)(\/status)?$/.exec(trimmed);
    if (requestPath) {
      const found = state.requests.get(requestPath[1]!);
      if (!found) return reply(res, 404, errorBody(404, `Request ${requestPath[1]} does not exist`));
      if (method !== 'GET') return reply(res, 405, errorBody(405));
      if (requestPath[2]) {
        const status = advance(found);
        const view = statusBody(found, status);
        return read(res, headers, view, (view['metadata'] as { etag: string }).etag);
      }
      const view = requestBody(found);
      return read(res, headers, view, (view['metadata'] as { etag: string }).etag);
    }

    // Actions.
    const action = /^(\/datacenters\/[^/]+\/(?:servers|volumes)\/[^/]+)\/(reboot|start|stop|create-snapshot|restore-snapshot)$/.exec(trimmed);
    if (action) {
      if (method !== 'POST') return reply(res, 405, errorBody(405));
      const target = state.resources.get(action[1]!);
      if (!target) return reply(res, 404, errorBody(404));
      const verb = action[2]!;
      if (verb === 'reboot' || verb === 'start' || verb === 'stop') {
        if (target.type !== 'server') return reply(res, 404, errorBody(404));
        const before = target.metadata.state;
        touch(target, 'BUSY');
        const accepted = accept(request, [target], () => {
          target.properties['vmState'] = verb === 'stop' ? 'SHUTOFF' : 'RUNNING';
          touch(target, 'AVAILABLE');
        }, () => touch(target, before === 'BUSY' ? 'AVAILABLE' : before));
        return reply(res, 202, undefined, { location: statusLocation(accepted) });
      }
      if (target.type !== 'volume') return reply(res, 404, errorBody(404));
      if (!form) return reply(res, 415, errorBody(415, `${verb} takes application/x-www-form-urlencoded, not ${headers['content-type'] ?? 'no content type'}`));
      if (verb === 'create-snapshot') {
        if (!form['name']) return reply(res, 422, errorBody(422, '[(root).name] Attribute is required'));
        const datacenter = state.resources.get(action[1]!.replace(/\/volumes\/[^/]+$/, ''));
        const [snapshot] = create('/snapshots', {
          properties: {
            name: form['name'],
            description: form['description'] ?? null,
            location: datacenter?.properties['location'] ?? 'de/fra',
            size: target.properties['size'] ?? null,
            licenceType: target.properties['licenceType'] ?? null,
          },
        });
        const accepted = accept(request, [snapshot!, target], () => touch(snapshot!, 'AVAILABLE'), () => remove(snapshot!.path));
        return reply(res, 202, renderResource(snapshot!, 0), {
          location: statusLocation(accepted),
          etag: quote(snapshot!.metadata.etag),
        });
      }
      const snapshotId = form['snapshotId'];
      if (!snapshotId) return reply(res, 422, errorBody(422, '[(root).snapshotId] Attribute is required'));
      const snapshot = state.resources.get(`/snapshots/${snapshotId}`);
      if (!snapshot) return reply(res, 404, errorBody(404, `Snapshot ${snapshotId} does not exist`));
      touch(target, 'BUSY');
      const accepted = accept(request, [target], () => {
        target.properties['image'] = snapshot.id;
        touch(target, 'AVAILABLE');
      }, () => touch(target, 'AVAILABLE'));
      return reply(res, 202, undefined, { location: statusLocation(accepted) });
    }

    // Collections.
    if (state.collections.has(trimmed)) {
      if (method === 'GET') {
        const view = renderCollection(trimmed, depth + 1);
        return read(res, headers, view, md5(JSON.stringify(view)));
      }
      if (method !== 'POST') return reply(res, 405, errorBody(405));
      const input = json(headers, body);
      const home = homeOf(trimmed);
      if (home !== undefined) {
        if (/\/lans\/[^/]+\/nics$/.test(trimmed)) return reply(res, 405, errorBody(405));
        if (typeof input['id'] !== 'string') throw new HttpError(422, '[(root).id] Attribute is required');
        const attached = attach(trimmed, input['id']);
        const parent = state.resources.get(trimmed.slice(0, trimmed.lastIndexOf('/')))!;
        touch(parent, 'BUSY');
        const accepted = accept(request, [parent, attached], () => touch(parent, 'AVAILABLE'), () => {
          const members = state.collections.get(trimmed);
          members?.splice(members.indexOf(attached.path), 1);
          touch(parent, 'AVAILABLE');
        });
        return reply(res, 202, renderResource(attached, 0), {
          location: statusLocation(accepted),
          etag: quote(attached.metadata.etag),
        });
      }
      const made = atomically(() => create(trimmed, input));
      const top = made[0]!;
      const accepted = accept(request, made, () => {
        for (const r of made) if (state.resources.has(r.path)) touch(r, 'AVAILABLE');
      }, () => remove(top.path));
      return reply(res, 202, renderResource(top, 0), {
        location: statusLocation(accepted),
        etag: quote(top.metadata.etag),
      });
    }

    // Single resources, at their own path or as members of a collection (attached volumes, CD-ROMs).
    const collection = trimmed.slice(0, trimmed.lastIndexOf('/'));
    const id = trimmed.slice(trimmed.lastIndexOf('/') + 1);
    const memberPath = state.collections.get(collection)?.find((p) => p.endsWith(`/${id}`));
    const resource = memberPath ? state.resources.get(memberPath) : undefined;
    if (!resource) return reply(res, 404, errorBody(404, `Resource ${trimmed} does not exist`));
    const attachedHere = memberPath !== trimmed;

    if (method === 'GET') return read(res, headers, renderResource(resource, depth), resource.metadata.etag);
    if (method !== 'PATCH' && method !== 'PUT' && method !== 'DELETE') return reply(res, 405, errorBody(405));
    const ifMatch = headers['if-match'];
    if (ifMatch !== undefined && !etagMatches(ifMatch, resource.metadata.etag)) {
      return reply(res, 412, errorBody(412));
    }
    if (method === 'DELETE') {
      if (attachedHere) {
        const parent = state.resources.get(collection.slice(0, collection.lastIndexOf('/')))!;
        touch(parent, 'BUSY');
        const accepted = accept(request, [parent, resource], () => {
          const members = state.collections.get(collection);
          const i = members?.indexOf(resource.path) ?? -1;
          if (i >= 0) members!.splice(i, 1);
          touch(parent, 'AVAILABLE');
        }, () => touch(parent, 'AVAILABLE'));
        return reply(res, 202, undefined, { location: statusLocation(accepted) });
      }
      touch(resource, 'BUSY');
      const accepted = accept(request, [resource], () => remove(resource.path), () => touch(resource, 'AVAILABLE'));
      return reply(res, 202, undefined, { location: statusLocation(accepted) });
    }
    const input = json(headers, body);
    const changes = method === 'PUT' ? input['properties'] : input;
    if (changes === null || typeof changes !== 'object' || Array.isArray(changes)) {
      throw new HttpError(422, method === 'PUT' ? '[(root).properties] Attribute is required' : 'the body must be an object of properties');
    }
    const before = { ...resource.properties };
    for (const [k, v] of Object.entries(changes as Record<string, unknown>)) {
      if (k in resource.links) {
        resource.links[k] = linkTarget(collection, k, v);
      } else if (k !== 'allowReboot') {
        resource.properties[k] = v;
      }
    }
    touch(resource, 'BUSY');
    const accepted = accept(request, [resource], () => {
      if (typeof resource.properties['version'] === 'number') resource.properties['version'] = (resource.properties['version'] as number) + 1;
      touch(resource, 'AVAILABLE');
    }, () => {
      resource.properties = before;
      touch(resource, 'AVAILABLE');
    });
    return reply(res, 202, renderResource(resource, 0), {
      location: statusLocation(accepted),
      etag: quote(resource.metadata.etag),
    });
  }

  /** Answers a read: 304 when If-None-Match names the current ETag, else the body with its ETag. */
  function read(res: ServerResponse, headers: Record<string, string | undefined>, view: unknown, etag: string): void {
    const ifNoneMatch = headers['if-none-match'];
    if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, etag)) return reply(res, 304, undefined, { etag: quote(etag) });
    reply(res, 200, view, { etag: quote(etag), 'last-modified': new Date().toUTCString() });
  }

  function json(headers: Record<string, string | undefined>, body: string): Record<string, unknown> {
    if (!/^application\/json\b/i.test(headers['content-type'] ?? '')) {
      throw new HttpError(415, `expected application/json, got ${headers['content-type'] ?? 'no content type'}`);
    }
    try {
      const parsed = JSON.parse(body) as unknown;
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      return parsed as Record<string, unknown>;
    } catch {
      throw new HttpError(400, 'The request body is not a JSON object');
    }
  }

  origin = await listen();

  return {
    url: `${origin}${BASE_PATH}`,
    origin,
    credentials: state.credentials,
    state,
    log: state.log,
    requests: (filter = {}) => state.log.filter((r) => (!filter.method || r.method === filter.method) && matchPath(filter.path, r.path)),
    script: (...entries) => void state.script.push(...entries),
    scriptRequest: (...entries) => void state.requestScript.push(...entries),
    resource: (path) => state.resources.get(path),
    members: (path) => [...(state.collections.get(path) ?? [])],
    ofType: (type) => [...state.resources.values()].filter((r) => r.type === type),
    seed: (collectionPath, body) => {
      const made = atomically(() => create(collectionPath, body));
      for (const r of made) touch(r, 'AVAILABLE');
      return made[0]!;
    },
    href,
    close,
  };
}

/** `If-Match` / `If-None-Match`: `*`, or a list of (weak or strong, quoted or bare) tags. */
function etagMatches(header: string, etag: string): boolean {
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1') === etag;
  });
}

function quote(etag: string): string {
  return `"${etag}"`;
}

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

function mac(): string {
  return ['02', ...Array.from(randomBytes(5), (b) => b.toString(16).padStart(2, '0'))].join(':');
}
