import Ajv2019, { type ValidateFunction } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

type Doc = { components?: { schemas?: Record<string, unknown> } };

/** Which side of the wire a body is on: responses never carry writeOnly fields, requests never readOnly ones. */
export type Direction = 'response' | 'request';

const OPENAPI_ONLY = new Set([
  'nullable',
  'example',
  'deprecated',
  'discriminator',
  'xml',
  'externalDocs',
  'readOnly',
  'writeOnly',
]);
const COMPOSITIONS = ['allOf', 'anyOf', 'oneOf'] as const;

/**
 * An OpenAPI 3.0 schema as JSON Schema (draft 2019-09) for ajv.
 *
 * - `nullable: true` admits null, whatever else the schema says (its enum,
 *   type or composition).
 * - `$ref` into `components/schemas` points at that schema in `spec.json`.
 * - Fields the direction never carries are dropped, from `required` too.
 * - When `strict`, every object that lists properties or composes schemas
 *   admits no others (`unevaluatedProperties: false`). Parts of an `allOf`,
 *   `anyOf` or `oneOf` stay open, so the composition is closed once, over
 *   the properties of all its parts: an invented field fails, a field one
 *   part declares does not.
 */
export function toJsonSchema(schema: unknown, direction: Direction, strict: boolean, closed = true): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, direction, strict, closed));
  if (schema === null || typeof schema !== 'object') return schema;
  const s = schema as Record<string, unknown>;
  const hidden = direction === 'response' ? 'writeOnly' : 'readOnly';
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(s)) {
    if (key.startsWith('x-') || OPENAPI_ONLY.has(key)) continue;
    if (key === '$ref') out['$ref'] = refTo(String(value), closed);
    else if (key === 'properties') {
      const shown = Object.entries(value as Record<string, Record<string, unknown>>).filter(
        ([, p]) => p?.[hidden] !== true,
      );
      out['properties'] = Object.fromEntries(shown.map(([k, v]) => [k, toJsonSchema(v, direction, strict)]));
    } else if (key === 'required') {
      const props = (s['properties'] ?? {}) as Record<string, Record<string, unknown> | undefined>;
      out['required'] = (value as string[]).filter((name) => props[name]?.[hidden] !== true);
    } else if ((COMPOSITIONS as readonly string[]).includes(key))
      out[key] = (value as unknown[]).map((part) => toJsonSchema(part, direction, strict, false));
    else out[key] = toJsonSchema(value, direction, strict);
  }
  const composes = COMPOSITIONS.some((k) => out[k] !== undefined);
  if (strict && closed && (out['properties'] !== undefined || composes) && out['additionalProperties'] === undefined)
    out['unevaluatedProperties'] = false;
  return s['nullable'] === true ? { anyOf: [{ type: 'null' }, out] } : out;
}

/** Component schemas are defined twice in `spec.json`: closed for use on their own, open as parts of a composition. */
function refTo(ref: string, closed: boolean): string {
  const name = ref.replace('#/components/schemas/', '');
  return `spec.json#/$defs/${closed ? 'closed' : 'open'}/${name}`;
}

/** A validator factory for one document's schemas, one direction, strict or not. */
export function schemaValidator(
  doc: Doc,
  strict: boolean,
  direction: Direction = 'response',
): (schema: unknown) => ValidateFunction {
  // Both are CommonJS: imported from ESM, what they export is on `default`.
  const ajv = new Ajv2019.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  const schemas = Object.entries(doc.components?.schemas ?? {});
  const defs = (closed: boolean) =>
    Object.fromEntries(schemas.map(([name, s]) => [name, toJsonSchema(s, direction, strict, closed)]));
  ajv.addSchema({ $defs: { closed: defs(true), open: defs(false) } }, 'spec.json');
  return (schema) => ajv.compile(toJsonSchema(schema, direction, strict) as object);
}
