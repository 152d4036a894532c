import type { Api, Model, Property, Type } from '../ir/types.ts';
import { refsOf, someType } from '../ir/visit.ts';

/** Models whose shape depends on response depth: the depth-marked ones and every model that reaches one. */
export function dependsOnDepth(list: readonly Model[], models: ReadonlyMap<string, Model>): Set<string> {
  const seed = list.filter((m) => m.depth !== undefined).map((m) => m.id);
  return closure(list, models, new Set(seed));
}

/**
 * Models that take a `D extends Depth` parameter: collections (their items
 * come and go with depth) and models that mention a depth-dependent one. A
 * resource with nothing nested depends on depth only through its element
 * alias, so it stays plain and declares no unused parameter.
 */
export function genericInDepth(list: readonly Model[], dependent: ReadonlySet<string>): Set<string> {
  const out = list
    .filter((m) => m.depth === 'collection' || refsOf(m.type).some((id) => dependent.has(id)))
    .map((m) => m.id);
  return new Set(out.sort());
}

/**
 * Models whose request shape differs from their response shape: they have
 * readOnly or writeOnly properties, depend on depth, or reach such a model.
 */
export function differsByDirection(
  list: readonly Model[],
  models: ReadonlyMap<string, Model>,
  dependent: ReadonlySet<string>,
): Set<string> {
  const seed = new Set(dependent);
  for (const m of list) if (hasDirectionalProperty(m.type)) seed.add(m.id);
  return closure(list, models, seed);
}

/**
 * Models a request can carry: named by a body or parameter, or by a field a
 * request may send (not readOnly) of a model it carries. Only these need a
 * request shape; the rest are read from responses alone.
 */
export function sentInRequests(api: Api, models: ReadonlyMap<string, Model>): Set<string> {
  const sendable = (p: Property) => !p.readOnly;
  const roots = api.operations.flatMap((o) => [
    ...o.parameters.filter((p) => !p.depth).map((p) => p.type),
    ...(o.body ? [o.body.type] : []),
  ]);
  const refs = (t: Type): string[] => refsOf(t, undefined, sendable);
  const queue = roots.flatMap(refs);
  const sent = new Set<string>();
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (sent.has(id)) continue;
    sent.add(id);
    const model = models.get(id);
    if (model) queue.push(...refs(model.type));
  }
  return sent;
}

/** Grows a set of models by every model that references one in it, until nothing changes. */
function closure(list: readonly Model[], models: ReadonlyMap<string, Model>, set: Set<string>): Set<string> {
  for (let changed = true; changed;) {
    changed = false;
    for (const m of list) {
      if (set.has(m.id)) continue;
      if (refsOf(m.type).some((id) => set.has(id) && models.has(id))) {
        set.add(m.id);
        changed = true;
      }
    }
  }
  return new Set([...set].sort());
}

/** A readOnly or writeOnly property anywhere in the type's own (inline) structure. */
function hasDirectionalProperty(type: Type): boolean {
  return someType(type, (t) => t.kind === 'object' && t.properties.some((p) => p.readOnly || p.writeOnly));
}

/**
 * Models defined only through themselves: `A = oneOf [B]`, `B = allOf [A]`.
 * No object or array stands between them, so TypeScript cannot declare them
 * (a type alias may not circularly reference itself); they constrain nothing
 * and are typed `unknown`. Recursion through properties or items is fine.
 */
export function aliasCycles(list: readonly Model[]): Set<string> {
  const edges = new Map(list.map((m) => [m.id, aliasRefs(m.type)]));
  const onCycle = new Set<string>();
  for (const start of list) {
    const seen = new Set<string>();
    const stack = [...(edges.get(start.id) ?? [])];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === start.id) {
        onCycle.add(start.id);
        break;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(edges.get(id) ?? []));
    }
  }
  return onCycle;
}

/** Models a type names at its top level: through unions and intersections, not inside objects or arrays. */
function aliasRefs(type: Type): string[] {
  return refsOf(type, (t) => t.kind === 'union' || t.kind === 'intersection');
}
