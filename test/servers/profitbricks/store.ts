import { randomBytes, randomUUID } from 'node:crypto';
import { HttpError } from './errors.ts';
import { homeOf, KINDS, type Kind } from './kinds.ts';
import type { ServerState, StoredResource } from './model.ts';

type ResourceState = StoredResource['metadata']['state'];

/**
 * The resource store: resources live at their canonical path
 * (`/datacenters/{id}/servers/{id}`), collections are member lists keyed by
 * path (`/datacenters/{id}/servers`), and a few collections hold resources
 * that live elsewhere (a server's attached volumes and CD-ROMs).
 */
export class Store {
  constructor(
    private readonly state: ServerState,
    private readonly now: () => string,
  ) {}

  /** Creates a resource of the collection's kind, and everything nested under `entities` of the body; returns every resource created. */
  create(collection: string, body: Record<string, unknown>): StoredResource[] {
    const kind = KINDS[collection.slice(collection.lastIndexOf('/') + 1)];
    if (!kind) throw new HttpError(405, `${collection} does not take POST`);
    const properties = propertiesOf(kind, body);
    const links = kind.type === 'server' ? this.serverLinks(collection, properties) : {};
    const id = kind.numbered ? this.numberedId(collection, body, properties) : randomUUID();
    const resource = this.put(collection, kind, id, properties, links);
    const made = [resource, ...this.createEntities(resource, body)];
    if (kind.type === 'server') this.seatVolumes(resource);
    return made;
  }

  /** Runs a change of the store; a change that throws leaves the store as it was. */
  atomically<T>(change: () => T): T {
    const { state } = this;
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

  /** The canonical path a server's `bootVolume` / `bootCdrom` reference (`{id}` or null) names. */
  linkTarget(servers: string, key: string, ref: unknown): string | null {
    const id = (ref as { id?: unknown } | null | undefined)?.id;
    if (typeof id !== 'string') return null;
    const target = this.find(key === 'bootVolume' ? servers.replace(/\/servers$/, '/volumes') : '/images', id);
    if (!target) throw new HttpError(404, `${key} ${id} does not exist`);
    return target;
  }

  /** Adds an existing resource, by id, to a collection whose members live elsewhere. */
  attach(collection: string, id: string): StoredResource {
    const target = this.find(homeOf(collection)!, id);
    if (!target) throw new HttpError(404, `Resource ${id} does not exist`);
    const members = this.state.collections.get(collection)!;
    if (!members.includes(target)) members.push(target);
    return this.state.resources.get(target)!;
  }

  /** Removes a resource, everything under it, and every reference to it. */
  remove(path: string): void {
    const { state } = this;
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

  /** Marks a resource changed: a new ETag and modification date, and optionally a new state. */
  touch(r: StoredResource, to?: ResourceState): void {
    r.metadata.etag = randomBytes(16).toString('hex');
    r.metadata.lastModifiedDate = this.now();
    r.metadata.lastModifiedBy = this.user();
    if (to) r.metadata.state = to;
  }

  private user(): string {
    return this.state.credentials.username;
  }

  /** The canonical path of a resource with this id in `home` (a collection path, `*` for any segment). */
  private find(home: string, id: string): string | undefined {
    const { state } = this;
    if (!home.includes('*'))
      return state.collections.get(home)?.find((p) => p.endsWith(`/${id}`) && state.resources.has(p));
    const pattern = new RegExp(
      `^${home
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+')}/${id}$`,
    );
    return [...state.resources.keys()].find((p) => pattern.test(p));
  }

  /** A server's boot devices leave its properties for its links. */
  private serverLinks(collection: string, properties: Record<string, unknown>): Record<string, string | null> {
    const links: Record<string, string | null> = {};
    for (const key of ['bootVolume', 'bootCdrom']) {
      links[key] = this.linkTarget(collection, key, properties[key]);
      delete properties[key];
    }
    return links;
  }

  /** LANs are numbered: the id the body asks for when it is free, else the lowest free number. */
  private numberedId(collection: string, body: Record<string, unknown>, properties: Record<string, unknown>): string {
    const { state } = this;
    const taken = new Set(state.collections.get(collection) ?? []);
    const wanted = typeof body['id'] === 'number' || typeof body['id'] === 'string' ? String(body['id']) : undefined;
    let n = 1;
    while (taken.has(`${collection}/${n}`)) n++;
    delete properties['id'];
    return wanted && !taken.has(`${collection}/${wanted}`) ? wanted : String(n);
  }

  /** Puts a new, BUSY resource into the store and its collection, with its own (empty) entity collections. */
  private put(
    collection: string,
    kind: Kind,
    id: string,
    properties: Record<string, unknown>,
    links: Record<string, string | null>,
  ): StoredResource {
    const { state } = this;
    const path = `${collection}/${id}`;
    const created = this.now();
    const resource: StoredResource = {
      id,
      type: kind.type,
      path,
      properties,
      links,
      metadata: {
        createdDate: created,
        createdBy: this.user(),
        etag: '',
        lastModifiedDate: created,
        lastModifiedBy: this.user(),
        state: 'BUSY',
      },
      entities: kind.entities,
    };
    this.touch(resource, 'BUSY');
    state.resources.set(path, resource);
    if (!state.collections.has(collection)) state.collections.set(collection, []);
    state.collections.get(collection)!.push(path);
    for (const entity of kind.entities) state.collections.set(`${path}/${entity}`, []);
    if (kind.type === 'nic') {
      // A NIC shows up in its LAN's nics too.
      state.collections
        .get(collection.replace(/\/servers\/[^/]+\/nics$/, `/lans/${String(properties['lan'])}/nics`))
        ?.push(path);
    }
    return resource;
  }

  /** Creates or attaches what the body nests under `entities`; returns the resources created. */
  private createEntities(parent: StoredResource, body: Record<string, unknown>): StoredResource[] {
    const { state } = this;
    const made: StoredResource[] = [];
    const nested = (body['entities'] ?? {}) as Record<string, { items?: unknown[] } | undefined>;
    for (const [entity, list] of Object.entries(nested)) {
      if (!parent.entities.includes(entity))
        throw new HttpError(422, `[(root).entities.${entity}] is not an entity of a ${parent.type}`);
      const into = `${parent.path}/${entity}`;
      const home = homeOf(into);
      for (const item of list?.items ?? []) {
        const child = item as Record<string, unknown>;
        if (home === undefined) {
          made.push(...this.create(into, child));
        } else if (child['properties'] === undefined && typeof child['id'] === 'string') {
          this.attach(into, child['id']);
        } else if (!home.includes('*') && home.startsWith('/datacenters/')) {
          // A new volume of a new server: created in the data center, attached to the server.
          const [created, ...rest] = this.create(home, child);
          state.collections.get(into)!.push(created!.path);
          made.push(created!, ...rest);
        } else {
          throw new HttpError(422, `[(root).entities.${entity}.items] takes ids of existing resources`);
        }
      }
    }
    return made;
  }

  /** A server's volumes get device numbers in order; without a boot device it boots from the first. */
  private seatVolumes(server: StoredResource): void {
    const { state } = this;
    const attached = state.collections.get(`${server.path}/volumes`)!;
    attached.forEach((p, i) => {
      const volume = state.resources.get(p)!;
      volume.properties['bus'] ??= 'VIRTIO';
      volume.properties['deviceNumber'] = i + 1;
    });
    if (server.links['bootVolume'] === null && server.links['bootCdrom'] === null && attached[0])
      server.links['bootVolume'] = attached[0];
  }
}

/** The properties of a new resource: the body's over the kind's defaults, write-only secrets blanked. */
function propertiesOf(kind: Kind, body: Record<string, unknown>): Record<string, unknown> {
  const input = body['properties'];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new HttpError(422, `[(root).properties] Attribute is required`);
  }
  const properties: Record<string, unknown> = { ...kind.defaults(), ...(input as Record<string, unknown>) };
  if (
    kind.type === 'datacenter' &&
    (typeof properties['name'] !== 'string' || typeof properties['location'] !== 'string')
  ) {
    throw new HttpError(
      422,
      `[(root).properties.${typeof properties['name'] !== 'string' ? 'name' : 'location'}] Attribute is required`,
    );
  }
  // Write-only secrets are never shown back.
  if ('imagePassword' in properties) properties['imagePassword'] = null;
  if ('sshKeys' in properties) properties['sshKeys'] = null;
  return properties;
}
