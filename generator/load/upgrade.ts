import { createRequire } from 'node:module';
import type { OpenAPIV2, OpenAPIV3 } from 'openapi-types';
import { pointerOf, segmentsOf, type Location } from '../diagnostics/diagnostic.ts';
import { dirname, relative } from 'node:path';
import { isUrl, resolveLocation } from './location.ts';
import { eachStructureObject } from './data-keys.ts';
import { HTTP_METHODS } from './operations.ts';
import type { SourceFile } from './source.ts';

/** The kinds of document the loader takes; every later stage sees OpenAPI 3, whatever came in. */
export type DocumentFormat = 'openapi-3.0' | 'openapi-3.1' | 'swagger-2.0';

/** What a document says it is, from its `openapi` or `swagger` field; undefined when neither names a supported version. */
export function formatOf(value: unknown): DocumentFormat | undefined {
  const doc = value !== null && typeof value === 'object' ? (value as { openapi?: unknown; swagger?: unknown }) : {};
  if (typeof doc.openapi === 'string') {
    if (/^3\.0\.\d+$/.test(doc.openapi)) return 'openapi-3.0';
    if (/^3\.1\.\d+$/.test(doc.openapi)) return 'openapi-3.1';
  }
  if (doc.swagger === '2.0' || doc.swagger === 2) return 'swagger-2.0';
  return undefined;
}

type Upgrade = (document: OpenAPIV2.Document) => OpenAPIV3.Document;
let upgradeFn: Upgrade | undefined;

/**
 * A Swagger 2.0 file seen as the OpenAPI 3.0 document it converts to, by
 * @scalar/openapi-upgrader: small (one dependency, types only), and on the
 * docker engine's description nine times faster than swagger2openapi with
 * the same result. Its places are the 2.0 file's: `locate` maps each 3.0
 * pointer back to where the 2.0 text says it, so findings name the file the
 * user wrote.
 */
export function upgradeSwagger(
  original: SourceFile<OpenAPIV2.Document>,
  resolve: Resolve,
): SourceFile<OpenAPIV3.Document> {
  upgradeFn ??= (
    createRequire(import.meta.url)('@scalar/openapi-upgrader/2.0-to-3.0') as { upgradeFromTwoToThree: Upgrade }
  ).upgradeFromTwoToThree;
  // The upgrade works in place; the 2.0 value stays as written for validating it against the 2.0 schema.
  const copy = structuredClone(original.value);
  inlineParameters(copy, original.path, resolve);
  const value = upgradeFn(copy);
  nullableFromExtension(value);
  return {
    path: original.path,
    text: original.text,
    value,
    locate: (pointer: string): Location => {
      const written = swaggerPointer(pointer, original.value, value);
      return { ...original.locate(written), pointer: written };
    },
  };
}

/**
 * `$ref: Pet` for `$ref: '#/definitions/Pet'`, as Swagger 1.2 wrote it and
 * 2.0 tools still read it: a bare name (no path, no pointer, no extension)
 * that names a definition of the document. Rewritten where it stands.
 */
export function definitionNames(value: unknown): void {
  const definitions = (value as { definitions?: Record<string, unknown> }).definitions ?? {};
  eachStructureObject(value, (object) => {
    const ref = object['$ref'];
    if (typeof ref === 'string' && /^[\w-]+$/.test(ref) && Object.hasOwn(definitions, ref))
      object['$ref'] = `#/definitions/${ref}`;
  });
}

/** What a `$ref` written in the root document reaches: its value and the document it is in. */
export type Resolve = (ref: string) => { value: unknown; location: string } | undefined;

/**
 * Parameters given by `$ref` to another file (`parameters.json#/limit`) are
 * copied into the operations that list them before conversion: the converter
 * reads only the root, and a 2.0 parameter's shape (`in: body`, `type`,
 * `collectionFormat`) decides what it becomes. References inside the copy are
 * rewritten to be relative to the root.
 */
function inlineParameters(doc: OpenAPIV2.Document, rootPath: string, resolve: Resolve): void {
  const lists = Object.values(doc.paths ?? {}).flatMap((item) => [
    item,
    ...HTTP_METHODS.map((m) => (item as Record<string, unknown>)[m]),
  ]);
  for (const owner of lists) {
    const parameters = (owner as { parameters?: unknown } | undefined)?.parameters;
    if (!Array.isArray(parameters)) continue;
    parameters.forEach((p: unknown, i) => {
      const ref = (p as { $ref?: unknown } | null)?.$ref;
      if (typeof ref !== 'string' || ref.startsWith('#')) return;
      const target = resolve(ref);
      if (target) parameters[i] = rebased(structuredClone(target.value), target.location, rootPath);
    });
  }
}

/** A value copied from `from` into the root, its `$ref`s made relative to the root's folder. */
function rebased(value: unknown, from: string, rootPath: string): unknown {
  if (Array.isArray(value)) return value.map((v) => rebased(v, from, rootPath));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof child === 'string' ? relativeRef(child, from, rootPath) : rebased(child, from, rootPath);
  }
  return out;
}

function relativeRef(ref: string, from: string, rootPath: string): string {
  const [file = '', pointer] = ref.split('#');
  const target = resolveLocation(from, file === '' ? from.split('/').pop()! : file);
  const relativePath = isUrl(target) ? target : relative(dirname(rootPath), target) || target;
  return pointer === undefined ? relativePath : `${relativePath}#${pointer}`;
}

/** 2.0 has no `nullable`; its writers say `x-nullable: true` (go-swagger, NSwag), which the converter leaves as it is. */
function nullableFromExtension(value: unknown): void {
  eachStructureObject(value, (object) => {
    if (object['x-nullable'] === true && object['nullable'] === undefined) object['nullable'] = true;
  });
}

/**
 * Where the 2.0 document says what a 3.0 pointer reaches: definitions for
 * component schemas, the body or form parameter for a request body, the
 * response's own schema for its content. The result is cut back to the
 * longest part that exists in the 2.0 document.
 */
export function swaggerPointer(pointer: string, original: unknown, converted: unknown): string {
  return pointerOf(existingPrefix(mapSegments(segmentsOf(pointer), original, converted), original));
}

const COMPONENTS: Readonly<Record<string, string>> = {
  schemas: 'definitions',
  parameters: 'parameters',
  requestBodies: 'parameters',
  responses: 'responses',
  securitySchemes: 'securityDefinitions',
};

function mapSegments(s: readonly string[], original: unknown, converted: unknown): string[] {
  if (s[0] === 'components' && s[1] && COMPONENTS[s[1]]) return [COMPONENTS[s[1]]!, ...mapInner(s.slice(2), [])];
  if (s[0] === 'servers') return ['host'];
  if (s[0] !== 'paths' || s.length < 3) return [...s];
  const [, path, method, ...rest] = s as [string, string, string, ...string[]];
  const operation = [`paths`, path, method];
  const parameters = child(original, [...operation, 'parameters']);
  if (rest[0] === 'requestBody') {
    const inner = rest.slice(3); // past content/<media type>/schema
    const formName = inner[0] === 'properties' ? inner[1] : undefined;
    const index = indexWhere(parameters, (p) =>
      formName !== undefined ? p['in'] === 'formData' && p['name'] === formName : p['in'] === 'body',
    );
    if (index === -1) return operation;
    return [
      ...operation,
      'parameters',
      String(index),
      ...(formName !== undefined ? inner.slice(2) : ['schema', ...inner.slice(1)]),
    ];
  }
  if (rest[0] === 'parameters' && rest[1] !== undefined) {
    // Body and form parameters left the list, so the same parameter may sit at another index.
    const p = child(converted, [...operation, 'parameters', rest[1]]) as Record<string, unknown> | undefined;
    const index = indexWhere(parameters, (q) => q['name'] === p?.['name'] && q['in'] === p?.['in']);
    const inner = rest[2] === 'schema' ? rest.slice(3) : rest.slice(2);
    return [...operation, 'parameters', String(index === -1 ? rest[1] : index), ...inner];
  }
  return [...operation, ...mapInner(rest, [])];
}

/** Inside an object: a response's `content/<media type>/schema` is its `schema`; a parameter's `schema/type` its `type`. */
function mapInner(s: readonly string[], out: string[]): string[] {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === 'content' && s[i + 2] === 'schema') {
      out.push('schema');
      i += 2;
    } else {
      out.push(s[i]!);
    }
  }
  return out;
}

function child(value: unknown, segments: readonly string[]): unknown {
  return segments.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
    value,
  );
}

function indexWhere(list: unknown, test: (p: Record<string, unknown>) => boolean): number {
  return Array.isArray(list)
    ? list.findIndex((p) => p !== null && typeof p === 'object' && test(p as Record<string, unknown>))
    : -1;
}

function existingPrefix(segments: readonly string[], value: unknown): string[] {
  const out: string[] = [];
  let node = value;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) break;
    node = (node as Record<string, unknown>)[segment];
    out.push(segment);
  }
  return out;
}
