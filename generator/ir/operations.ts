import { pointerOf } from '../diagnostics/diagnostic.ts';
import { asObject, type RawOperation, type RawParameter } from '../load/operations.ts';
import type { SourceFile } from '../load/source.ts';
import { deref, type Workspace } from '../load/workspace.ts';
import { readAsync, readClientOption, readPagination, readWait } from './extensions.ts';
import { methodNameOf, operationIdOf, tagOf } from './identity.ts';
import { typeAtPointer } from './navigate.ts';
import { UNKNOWN, type SchemaConverter } from './schema.ts';
import type { Operation, Parameter, ParameterLocation, RequestBody, Response, ResponseHeader } from './types.ts';

/** Request media types the runtime can encode, best first. */
const REQUEST_MEDIA = [
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'application/octet-stream',
  'text/plain',
];

export function buildOperation(
  workspace: Workspace,
  schemas: SchemaConverter,
  raw: RawOperation,
  rootSecurity: unknown,
): Operation {
  const op = raw.value;
  const parameters = [
    ...raw.parameters
      .filter((p) => p.value['in'] !== 'cookie' && inTemplate(raw, p))
      .map((p) => buildParameter(workspace, schemas, p)),
    ...undeclaredPathParameters(raw),
  ];
  const body = buildBody(workspace, schemas, op['requestBody'], raw.file, `${raw.pointer}/requestBody`);
  const responses = Object.entries(asObject(op['responses'])).map(([status, value]) =>
    buildResponse(
      workspace,
      schemas,
      status,
      value,
      raw.file,
      `${raw.pointer}/responses/${pointerOf([status]).slice(1)}`,
    ),
  );
  const security = op['security'] ?? rootSecurity;
  const operation: Operation = {
    kind: 'operation',
    id: operationIdOf(raw),
    methodName: methodNameOf(raw),
    tag: tagOf(raw),
    method: raw.method.toUpperCase() as Operation['method'],
    path: raw.path,
    ...text(op, 'summary'),
    ...text(op, 'description'),
    ...(op['deprecated'] === true ? { deprecated: true } : {}),
    parameters,
    ...(body ? { body } : {}),
    responses,
    authenticated: !Array.isArray(security) || security.length > 0,
    pointer: raw.pointer,
  };
  return withExtensions(operation, op, schemas);
}

/** Adds pagination, waits and async handling, resolving the types they point at. */
function withExtensions(operation: Operation, op: Record<string, unknown>, schemas: SchemaConverter): Operation {
  const success = operation.responses.find((r) => /^2/.test(r.status) && r.type);
  const models = (id: string) => schemas.model(id);
  const pagination = readPagination(op['x-pagination']).value;
  const wait = readWait(op['x-wait']).value;
  const async = readAsync(op['x-async']).value;
  const itemType = pagination && success?.type ? typeAtPointer(success.type, pagination.items, models) : undefined;
  const statusType = wait && success?.type ? typeAtPointer(success.type, wait.status, models) : undefined;
  return {
    ...operation,
    ...(pagination
      ? { pagination: { ...pagination, itemType: itemType?.kind === 'array' ? itemType.items : UNKNOWN } }
      : {}),
    ...(wait ? { wait: { ...wait, statusType: statusType ?? UNKNOWN } } : {}),
    ...(async ? { async } : {}),
  };
}

function buildParameter(workspace: Workspace, schemas: SchemaConverter, raw: RawParameter): Parameter {
  const p = raw.value;
  const location = p['in'] as ParameterLocation;
  const schema = p['schema'];
  const type = schema === undefined ? UNKNOWN : schemas.convert(schema, raw.definedIn);
  const clientOption = p['x-client-option'] === undefined ? undefined : readClientOption(p['x-client-option']).value;
  const schemaDocs = schemas.docs(deref(workspace, schema, raw.definedIn, `${raw.definedAt}/schema`)?.value);
  const style =
    typeof p['style'] === 'string' ? p['style'] : location === 'query' || location === 'cookie' ? 'form' : 'simple';
  return {
    ...schemaDocs,
    ...text(p, 'description'),
    ...(p['deprecated'] === true ? { deprecated: true } : {}),
    ...(p['example'] !== undefined ? { example: p['example'] } : {}),
    name: String(p['name']),
    in: location,
    required: p['required'] === true,
    type,
    style,
    // OpenAPI 3.0, Parameter Object: explode defaults to true for style form only.
    explode: typeof p['explode'] === 'boolean' ? p['explode'] : style === 'form',
    correlationId: p['x-correlation-id'] === true,
    ...(clientOption ? { clientOption } : {}),
    depth: p['x-depth'] === true,
    pointer: raw.pointer,
  };
}

/** Names in the path template. */
function templateNames(raw: RawOperation): Set<string> {
  return new Set([...raw.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
}

/** A path parameter the template does not name cannot be sent; the lenient profile drops it (strict reports it). */
function inTemplate(raw: RawOperation, p: RawParameter): boolean {
  return p.value['in'] !== 'path' || templateNames(raw).has(String(p.value['name']));
}

/** A `{name}` of the template that no parameter declares: a required string, as the path needs one (strict reports it). */
function undeclaredPathParameters(raw: RawOperation): Parameter[] {
  const declared = new Set(raw.parameters.filter((p) => p.value['in'] === 'path').map((p) => String(p.value['name'])));
  return [...templateNames(raw)]
    .filter((name) => !declared.has(name))
    .map((name) => ({
      name,
      in: 'path',
      required: true,
      type: { kind: 'scalar', name: 'string' },
      style: 'simple',
      explode: false,
      correlationId: false,
      depth: false,
      pointer: raw.pointer,
    }));
}

function buildBody(
  workspace: Workspace,
  schemas: SchemaConverter,
  value: unknown,
  file: SourceFile,
  pointer: string,
): RequestBody | undefined {
  if (value === undefined) return undefined;
  const target = deref(workspace, value, file, pointer);
  if (!target) return undefined;
  const body = asObject(target.value);
  const content = asObject(body['content']);
  // A media type the runtime has no encoder for (`image/png`, `application/x-tar`) is sent as it is given.
  const mediaType = pickMedia(Object.keys(content), REQUEST_MEDIA) ?? Object.keys(content)[0];
  if (!mediaType) return undefined;
  const mediaPointer = `${target.pointer}/content/${pointerOf([mediaType]).slice(1)}`;
  const schema = asObject(content[mediaType])['schema'];
  return {
    required: body['required'] === true,
    mediaType,
    type: schema === undefined ? UNKNOWN : schemas.convert(schema, target.file),
    ...text(body, 'description'),
    pointer: schema === undefined ? mediaPointer : `${mediaPointer}/schema`,
  };
}

function buildResponse(
  workspace: Workspace,
  schemas: SchemaConverter,
  status: string,
  value: unknown,
  file: SourceFile,
  pointer: string,
): Response {
  const target = deref(workspace, value, file, pointer);
  const response = asObject(target?.value);
  const content = asObject(response['content']);
  const mediaType = pickMedia(Object.keys(content), ['application/json']) ?? Object.keys(content).sort()[0];
  const schema = mediaType ? asObject(content[mediaType])['schema'] : undefined;
  const at = target?.file ?? file;
  const headers: ResponseHeader[] = Object.entries(asObject(response['headers'])).map(([name, header]) => {
    const h = asObject(
      deref(workspace, header, at, `${target?.pointer ?? pointer}/headers/${pointerOf([name]).slice(1)}`)?.value,
    );
    const headerSchema = h['schema'];
    return {
      name,
      type: headerSchema === undefined ? UNKNOWN : schemas.convert(headerSchema, at),
      ...text(h, 'description'),
    };
  });
  return {
    status,
    ...text(response, 'description'),
    ...(mediaType ? { mediaType } : {}),
    ...(mediaType ? { type: schema === undefined ? UNKNOWN : schemas.convert(schema, at) } : {}),
    headers,
    pointer,
  };
}

/** The first preferred media type offered, then any JSON flavour (`application/problem+json`). */
function pickMedia(offered: readonly string[], preferred: readonly string[]): string | undefined {
  const lower = offered.map((m) => m.toLowerCase());
  for (const want of preferred) {
    const i = lower.indexOf(want);
    if (i !== -1) return offered[i];
  }
  return (
    offered.find((m) => /[/+]json($|;)/i.test(m)) ??
    (preferred.length > 1 ? offered.find((m) => m === '*/*') : undefined)
  );
}

function text(o: Record<string, unknown>, key: 'summary' | 'description'): { summary?: string; description?: string } {
  const v = o[key];
  return typeof v === 'string' && v.trim() !== '' ? { [key]: v } : {};
}
