import { segmentsOf } from '../diagnostics/diagnostic.ts';
import type { Model, Type } from './types.ts';

/**
 * The type of the value a JSON pointer reaches inside a value of `type`:
 * `/data/0/status` walks property `data`, an array element, then `status`.
 * Undefined when the type does not say.
 */
export function typeAtPointer(type: Type, pointer: string, models: (id: string) => Model | undefined): Type | undefined {
  let current: Type | undefined = type;
  for (const segment of segmentsOf(pointer)) {
    current = current && step(current, segment, models, new Set());
  }
  return current;
}

function step(type: Type, segment: string, models: (id: string) => Model | undefined, seen: Set<string>): Type | undefined {
  switch (type.kind) {
    case 'ref': {
      if (seen.has(type.model)) return undefined;
      seen.add(type.model);
      const model = models(type.model);
      return model && step(model.type, segment, models, seen);
    }
    case 'array':
      return /^\d+$/.test(segment) ? type.items : undefined;
    case 'object':
      return type.properties.find((p) => p.name === segment)?.type ?? type.additional;
    case 'intersection':
    case 'union': {
      const list = type.kind === 'union' ? type.variants : type.parts;
      for (const part of list) {
        const found = step(part, segment, models, seen);
        if (found) return found;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
