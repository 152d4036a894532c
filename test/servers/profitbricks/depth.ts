import type { ServerState, StoredResource } from './model.ts';

/**
 * Views of the store as `depth` expands them, the way the API does: at depth
 * 0 a resource shows its properties and its entity collections as bare
 * references; every level more fills one level of collections with `items`,
 * and nested resources are references until the depth reaches them.
 */
export interface Views {
  /** A resource at level k: full, its entity collections at level k. */
  resource(r: StoredResource, k: number): Record<string, unknown>;
  /** A collection at level n: items from level 1 on, one level down. */
  collection(path: string, n: number): Record<string, unknown>;
}

export function createViews(state: ServerState, href: (path: string) => string): Views {
  const reference = (r: StoredResource): Record<string, unknown> => ({ id: r.id, type: r.type, href: href(r.path) });

  function resource(r: StoredResource, k: number): Record<string, unknown> {
    const properties: Record<string, unknown> = { ...r.properties };
    for (const [key, target] of Object.entries(r.links)) {
      const linked = target ? state.resources.get(target) : undefined;
      properties[key] = linked ? item(linked, k) : null;
    }
    const out: Record<string, unknown> = { ...reference(r), metadata: { ...r.metadata }, properties };
    if (r.entities.length > 0) {
      out['entities'] = Object.fromEntries(r.entities.map((e) => [e, collection(`${r.path}/${e}`, k)]));
    }
    return out;
  }

  function collection(path: string, n: number): Record<string, unknown> {
    const parent = state.resources.get(path.slice(0, path.lastIndexOf('/')));
    const name = path.slice(path.lastIndexOf('/') + 1);
    const out: Record<string, unknown> = {
      id: parent ? `${parent.id}/${name}` : name,
      type: 'collection',
      href: href(path),
    };
    if (n >= 1) {
      out['items'] = (state.collections.get(path) ?? []).flatMap((p) => {
        const r = state.resources.get(p);
        return r ? [item(r, n - 1)] : [];
      });
    }
    return out;
  }

  /** A nested resource at level m: a reference at 0, else the full resource one level down. */
  function item(r: StoredResource, m: number): Record<string, unknown> {
    return m === 0 ? reference(r) : resource(r, m - 1);
  }

  return { resource, collection };
}
