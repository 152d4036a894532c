/**
 * Readers of the vendor extensions documented in specs/README.md. Each
 * returns the parsed value, or the problems that make it unusable, so that
 * validation reports them and the IR builder can rely on the value.
 */

export interface Problem {
  /** Pointer relative to the extension's own value. */
  readonly at: string;
  readonly message: string;
}

export type Parsed<T> =
  | { readonly value: T; readonly problems: readonly [] }
  | { readonly value?: undefined; readonly problems: readonly Problem[] };

export interface ClientExtension {
  readonly name?: string;
  readonly entry?: string;
}

export interface PaginationExtension {
  readonly page: string;
  readonly size: string;
  readonly items: string;
  readonly totalPages?: string;
  /** JSON pointers to the page's links: to itself, to the next page (absent on the last), to the last page. */
  readonly self?: string;
  readonly next?: string;
  readonly last?: string;
}

export interface WaitExtension {
  readonly name: string;
  readonly status: string;
  readonly ready: readonly string[];
  readonly pending: readonly string[];
  readonly failed: readonly string[];
}

export interface AsyncStatusExtension {
  /** The operation that reads a request's status; its group gets a standalone `wait`. */
  readonly operation?: string;
  readonly header: string;
  readonly status: string;
  readonly message?: string;
  readonly pending: readonly string[];
  readonly done: readonly string[];
  readonly failed: readonly string[];
}

export interface AsyncExtension {
  readonly result: 'resource' | 'none';
}

export type DepthKind = 'resource' | 'collection';

type Fields = Record<string, unknown>;

function ok<T>(value: T): Parsed<T> {
  return { value, problems: [] };
}

function fail<T>(problems: Problem[]): Parsed<T> {
  return { problems };
}

/** Reads an object extension field by field, collecting every problem. */
class FieldReader {
  readonly problems: Problem[] = [];
  constructor(private readonly fields: Fields) {}

  string(key: string, test: RegExp, what: string, optional = false): string | undefined {
    const v = this.fields[key];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || !test.test(v)) {
      this.problems.push({ at: `/${key}`, message: `"${key}" must be ${what}` });
      return undefined;
    }
    return v;
  }

  list(key: string, optional = false): string[] {
    const v = this.fields[key];
    if (v === undefined && optional) return [];
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string')) {
      this.problems.push({ at: `/${key}`, message: `"${key}" must be a non-empty list of strings` });
      return [];
    }
    return v as string[];
  }

  unknownKeys(allowed: readonly string[]): void {
    for (const key of Object.keys(this.fields)) {
      if (!allowed.includes(key)) this.problems.push({ at: `/${key}`, message: `unknown field "${key}"` });
    }
  }
}

const POINTER = /^(\/[^/]*)+$/;
const POINTER_WHAT = 'a JSON pointer such as /data/0/status';
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function asFields(value: unknown): Fields | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : undefined;
}

function notAnObject<T>(name: string): Parsed<T> {
  return fail([{ at: '', message: `${name} must be an object` }]);
}

export function readClient(value: unknown): Parsed<ClientExtension> {
  const fields = asFields(value);
  if (!fields) return notAnObject('x-client');
  const r = new FieldReader(fields);
  const name = r.string('name', /^[A-Z][A-Za-z0-9]*$/, 'a PascalCase class name', true);
  const entry = r.string('entry', /^[a-z][a-z0-9-]*$/, 'a lower-case package subpath such as "contabo"', true);
  r.unknownKeys(['name', 'entry']);
  if (r.problems.length) return fail(r.problems);
  return ok({ ...(name ? { name } : {}), ...(entry ? { entry } : {}) });
}

export function readPagination(value: unknown): Parsed<PaginationExtension> {
  const fields = asFields(value);
  if (!fields) return notAnObject('x-pagination');
  const r = new FieldReader(fields);
  const page = r.string('page', /^.+$/, 'the name of the page-number query parameter');
  const size = r.string('size', /^.+$/, 'the name of the page-size query parameter');
  const items = r.string('items', POINTER, POINTER_WHAT);
  const totalPages = r.string('totalPages', POINTER, POINTER_WHAT, true);
  const [self, next, last] = (['self', 'next', 'last'] as const).map((key) =>
    r.string(key, POINTER, POINTER_WHAT, true),
  );
  r.unknownKeys(['page', 'size', 'items', 'totalPages', 'self', 'next', 'last']);
  if (r.problems.length || !page || !size || !items) return fail(r.problems);
  return ok({
    page,
    size,
    items,
    ...(totalPages ? { totalPages } : {}),
    ...(self ? { self } : {}),
    ...(next ? { next } : {}),
    ...(last ? { last } : {}),
  });
}

export function readWait(value: unknown): Parsed<WaitExtension> {
  const fields = asFields(value);
  if (!fields) return notAnObject('x-wait');
  const r = new FieldReader(fields);
  const name = r.string('name', /^[A-Z][A-Za-z0-9]*$/, 'a PascalCase name (the method becomes waitFor<name>)');
  const status = r.string('status', POINTER, POINTER_WHAT);
  const ready = r.list('ready');
  const pending = r.list('pending', true);
  const failed = r.list('failed', true);
  r.unknownKeys(['name', 'status', 'ready', 'pending', 'failed']);
  if (r.problems.length || !name || !status) return fail(r.problems);
  return ok({ name, status, ready, pending, failed });
}

export function readAsyncStatus(value: unknown): Parsed<AsyncStatusExtension> {
  const fields = asFields(value);
  if (!fields) return notAnObject('x-async-status');
  const r = new FieldReader(fields);
  const operation = r.string('operation', /^.+$/, 'the operationId that reads a request status', true);
  const header = r.string('header', /^[A-Za-z0-9-]+$/, 'a response header name such as Location');
  const status = r.string('status', POINTER, POINTER_WHAT);
  const message = r.string('message', POINTER, POINTER_WHAT, true);
  const pending = r.list('pending');
  const done = r.list('done');
  const failed = r.list('failed');
  r.unknownKeys(['operation', 'header', 'status', 'message', 'pending', 'done', 'failed']);
  if (r.problems.length || !header || !status) return fail(r.problems);
  return ok({
    ...(operation ? { operation } : {}),
    header,
    status,
    ...(message ? { message } : {}),
    pending,
    done,
    failed,
  });
}

export function readAsync(value: unknown): Parsed<AsyncExtension> {
  const fields = asFields(value);
  if (!fields) return notAnObject('x-async');
  const r = new FieldReader(fields);
  const result = r.string('result', /^(resource|none)$/, '"resource" or "none"');
  r.unknownKeys(['result']);
  if (r.problems.length || !result) return fail(r.problems);
  return ok({ result: result as AsyncExtension['result'] });
}

export function readDepthKind(value: unknown): Parsed<DepthKind> {
  return value === 'resource' || value === 'collection'
    ? ok(value)
    : fail([{ at: '', message: 'x-depth on a schema must be "resource" or "collection"' }]);
}

export function readClientOption(value: unknown): Parsed<string> {
  return typeof value === 'string' && IDENT.test(value) && /^[a-z]/.test(value)
    ? ok(value)
    : fail([{ at: '', message: 'x-client-option must be a camelCase option name such as "traceId"' }]);
}

export function readFlag(value: unknown, name: string): Parsed<boolean> {
  return typeof value === 'boolean' ? ok(value) : fail([{ at: '', message: `${name} must be true or false` }]);
}
