import type { Model, Property, Type } from './types.ts';

/** What a walk over types goes through besides a type's own parts. */
export interface Walk {
  /** The properties whose types are walked (all by default): a request walks only those it may send. */
  readonly properties?: (property: Property) => boolean;
  /** Follows a reference into its model's type, each model once; without it a reference has nothing inside. */
  readonly models?: (id: string) => Model | undefined;
}

/**
 * The one walk over IR types: `visit` sees the type, then, if it returns
 * true, each type inside it, depth first and in order (an array's items, an
 * object's property types then its additional ones, union variants,
 * intersection parts, and a model's type where the walk follows references).
 */
export function eachType(type: Type, visit: (type: Type) => boolean, walk: Walk = {}): void {
  const seen = new Set<string>();
  const stack: Type[] = [type];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (!visit(next)) continue;
    // Pushed last to first, so the first part is visited next.
    const parts = partsOf(next, walk, seen);
    for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
  }
}

/** Whether some type the walk reaches is one `test` accepts; `descend` says which types are looked into. */
export function someType(
  type: Type,
  test: (type: Type) => boolean,
  descend: (type: Type) => boolean = () => true,
  walk: Walk = {},
): boolean {
  let found = false;
  const visit = (t: Type): boolean => {
    if (found) return false;
    found = test(t);
    return !found && descend(t);
  };
  eachType(type, visit, walk);
  return found;
}

/** The models a type names, through the types `descend` looks into (every one by default); references are not followed. */
export function refsOf(
  type: Type,
  descend: (type: Type) => boolean = () => true,
  properties?: (property: Property) => boolean,
): string[] {
  const out: string[] = [];
  const visit = (t: Type): boolean => {
    if (t.kind === 'ref') out.push(t.model);
    return descend(t);
  };
  eachType(type, visit, properties ? { properties } : {});
  return out;
}

function partsOf(type: Type, walk: Walk, seen: Set<string>): readonly Type[] {
  switch (type.kind) {
    case 'array':
      return [type.items];
    case 'object': {
      const properties = walk.properties ? type.properties.filter(walk.properties) : type.properties;
      return [...properties.map((p) => p.type), ...(type.additional ? [type.additional] : [])];
    }
    case 'union':
      return type.variants;
    case 'intersection':
      return type.parts;
    case 'ref': {
      const model = !seen.has(type.model) && walk.models?.(type.model);
      seen.add(type.model);
      return model ? [model.type] : [];
    }
    default:
      return [];
  }
}
