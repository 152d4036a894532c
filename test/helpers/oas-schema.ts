import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Doc = { components?: { schemas?: Record<string, unknown> } };

/**
 * OpenAPI 3.0 schemas as JSON Schema for ajv: `nullable` becomes a null
 * alternative, OpenAPI-only keywords go, and, when `strict`, every object
 * that lists properties admits no others, so a field a response carries but
 * the spec does not declare fails validation.
 */
export function toJsonSchema(schema: unknown, strict: boolean): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, strict));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref') out['$ref'] = String(value).replace('#/components/schemas/', 'spec.json#/components/schemas/');
    else if (key === 'properties') out['properties'] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, toJsonSchema(v, strict)]));
    else if (key.startsWith('x-') || ['nullable', 'example', 'deprecated', 'discriminator', 'xml', 'externalDocs', 'readOnly', 'writeOnly'].includes(key)) continue;
    else out[key] = toJsonSchema(value, strict);
  }
  if (strict && out['properties'] && out['additionalProperties'] === undefined && !out['allOf']) out['additionalProperties'] = false;
  return (schema as { nullable?: unknown }).nullable === true ? { anyOf: [{ type: 'null' }, out] } : out;
}

/** A validator factory for schemas of one document. */
export function schemaValidator(doc: Doc, strict: boolean): (schema: unknown) => ValidateFunction {
  // Both are CommonJS: imported from ESM, what they export is on `default`.
  const ajv = new Ajv.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addSchema({ components: { schemas: toJsonSchema(doc.components?.schemas ?? {}, strict) } }, 'spec.json');
  return (schema) => ajv.compile(toJsonSchema(schema, strict) as object);
}
