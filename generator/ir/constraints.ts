import type { Constraints, Type } from './types.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The type with the validation keywords of its schema that apply to it:
 * lengths and `pattern` to strings, bounds and `multipleOf` to numbers, item
 * counts and `uniqueItems` to arrays. The emitted TypeScript does not show
 * them; `clientgen diff` compares them, as they decide what the API accepts.
 */
export function withConstraints(type: Type, schema: Record<string, unknown>): Type {
  if (type.kind !== 'scalar' && type.kind !== 'array') return type;
  const out: Mutable<Constraints> = {};
  const count = (key: 'minLength' | 'maxLength' | 'minItems' | 'maxItems'): void => {
    const value = schema[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) out[key] = value;
  };
  if (type.kind === 'array') {
    count('minItems');
    count('maxItems');
    if (schema['uniqueItems'] === true) out.uniqueItems = true;
  } else if (type.name === 'string') {
    count('minLength');
    count('maxLength');
    if (typeof schema['pattern'] === 'string') out.pattern = schema['pattern'];
  } else if (type.name === 'number' || type.name === 'integer') {
    bound(schema, out, 'minimum', 'exclusiveMinimum');
    bound(schema, out, 'maximum', 'exclusiveMaximum');
    const step = finite(schema['multipleOf']);
    if (step !== undefined && step > 0) out.multipleOf = step;
  }
  return Object.keys(out).length ? { ...type, constraints: out } : type;
}

/**
 * OpenAPI 3.0 (JSON Schema draft 4) makes `minimum` exclusive with
 * `exclusiveMinimum: true`; 3.1 writes the exclusive bound as a number of its
 * own. Both end as `exclusiveMinimum: <number>`.
 */
function bound(
  schema: Record<string, unknown>,
  out: Mutable<Constraints>,
  inclusive: 'minimum' | 'maximum',
  exclusive: 'exclusiveMinimum' | 'exclusiveMaximum',
): void {
  const value = finite(schema[inclusive]);
  const flag = schema[exclusive];
  if (flag === true && value !== undefined) {
    out[exclusive] = value;
    return;
  }
  if (value !== undefined) out[inclusive] = value;
  const own = finite(flag);
  if (own !== undefined) out[exclusive] = own;
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
