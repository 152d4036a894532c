import { segmentsOf } from '../diagnostics/diagnostic.ts';
import type { Model, Type } from './types.ts';
import { eachType } from './visit.ts';

/**
 * The type of the value a JSON pointer reaches inside a value of `type`:
 * `/data/0/status` walks property `data`, an array element, then `status`.
 * Undefined when the type does not say.
 */
export function typeAtPointer(
  type: Type,
  pointer: string,
  models: (id: string) => Model | undefined,
): Type | undefined {
  let current: Type | undefined = type;
  for (const segment of segmentsOf(pointer)) {
    current = current && step(current, segment, models);
  }
  return current;
}

/**
 * The type a segment names inside a type: a property (or an additional key)
 * of an object, an element of an array, in the first variant, part or model
 * that has one.
 */
function step(type: Type, segment: string, models: (id: string) => Model | undefined): Type | undefined {
  let found: Type | undefined;
  const visit = (t: Type): boolean => {
    if (found) return false;
    if (t.kind === 'array') found = /^\d+$/.test(segment) ? t.items : undefined;
    else if (t.kind === 'object') found = t.properties.find((p) => p.name === segment)?.type ?? t.additional;
    return t.kind === 'union' || t.kind === 'intersection' || t.kind === 'ref';
  };
  eachType(type, visit, { models });
  return found;
}
