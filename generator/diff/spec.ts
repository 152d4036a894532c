import type { Operation, Parameter, RequestBody, Response } from '../ir/types.ts';
import { DIFF_KINDS, type SpecKind } from './kinds.ts';
import { dirText, escapeSegment, shapeOf, stable, TypeComparer, type At, type SpecChange } from './types.ts';
import { BOTH, usageOf, type Dir, type View } from './view.ts';

/** Why a direction-dependent change breaks, or does not, by the direction it is in. */
const DIRECTED: Partial<Record<SpecKind, { breaks: string; safe: string }>> = {
  'required-property-added': { breaks: 'callers must now send it', safe: 'readers just get more' },
  'property-required': { breaks: 'callers must now send it', safe: 'readers only get a stronger promise' },
  'property-optional': { breaks: 'readers must now handle its absence', safe: 'callers may just omit it' },
  'nullable-added': { breaks: 'readers must now handle null', safe: 'callers may just send null' },
  'nullable-removed': { breaks: 'callers that send null break', safe: 'readers never see null now' },
  'enum-value-removed': { breaks: 'callers that send it break', safe: 'readers only see fewer values' },
  'enum-value-added': { breaks: 'readers break: the generated literal union widens, so exhaustive switches and value maps no longer cover every value', safe: 'callers may just send it' },
  'variant-removed': { breaks: 'callers that send that shape break', safe: 'readers only see fewer shapes' },
  'variant-added': { breaks: 'readers must handle another shape', safe: 'callers may just send it' },
};

/** Whether a change breaks users, and its message with the reason. */
export function classify(change: SpecChange): { breaking: boolean; message: string } {
  const rule = DIFF_KINDS[change.kind].breaks;
  if (rule === 'always' || rule === 'never') return { breaking: rule === 'always', message: change.message };
  const dirs = change.dirs ?? BOTH;
  const breaking = dirs.has(rule);
  const reasons = DIRECTED[change.kind];
  const where = `in ${dirText(dirs)}`;
  const reason = reasons ? (breaking ? reasons.breaks : reasons.safe) : '';
  return { breaking, message: `${change.message} (${where})${reason ? `: ${reason}` : ''}` };
}

const normalPath = (path: string): string => path.replace(/\{[^}]*\}/g, '{}');
const endpoint = (op: Operation): string => `${op.method} ${normalPath(op.path)}`;
const title = (op: Operation): string => `${op.method} ${op.path} (${op.id})`;
const paramKey = (p: Parameter): string => `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
/** Whether callers must give the parameter (the client fills correlation ids and client options). */
const mustGive = (p: Parameter): boolean => p.required && !p.correlationId && p.clientOption === undefined;

/**
 * Every change between two builds of a spec, compared on the IR: references
 * are resolved, so only what the API promises counts, not how the document is
 * arranged.
 */
export function diffSpecs(a: View, b: View): SpecChange[] {
  const out: SpecChange[] = [];
  const types = new TypeComparer(a, b, (c) => out.push(c));
  const at = (old: string, neu: string = old): At => ({ old, new: neu });
  const add = (kind: SpecKind, where: At, side: 'old' | 'new', message: string): void => types.change(kind, where, side, message, undefined, false);

  // The API as a whole.
  if (a.api.entry !== b.api.entry) add('entry-changed', at('/x-client/entry'), 'new', `package entry changed from \`cloud-api-clients/${a.api.entry}\` to \`cloud-api-clients/${b.api.entry}\`: imports break`);
  if (a.api.clientName !== b.api.clientName) add('client-renamed', at('/x-client/name'), 'new', `client class renamed from \`${a.api.clientName}\` to \`${b.api.clientName}\`: code constructing it breaks`);
  if (a.api.serverUrl !== b.api.serverUrl) add('server-changed', at('/servers/0/url'), 'new', `default server changed from ${a.api.serverUrl} to ${b.api.serverUrl}`);
  const auth = (v: View) => stable([...v.api.auth].map((x) => ({ ...x, scheme: undefined })).sort((x, y) => stable(x).localeCompare(stable(y))));
  if (auth(a) !== auth(b)) {
    const kinds = (v: View) => v.api.auth.map((x) => x.kind).join(', ') || 'none';
    add('auth-changed', at('/security'), 'new', `authentication changed from ${kinds(a)} to ${kinds(b)}: the client options ask for other credentials`);
  }
  if ((a.api.title ?? '') !== (b.api.title ?? '')) add('description-changed', at('/info/title'), 'new', `API title changed from "${a.api.title}" to "${b.api.title}"`);
  if ((a.api.description ?? '') !== (b.api.description ?? '')) add('description-changed', at('/info/description'), b.api.description === undefined ? 'old' : 'new', 'API description changed');
  compareExtension(add, 'x-async-status', a.api.asyncStatus, b.api.asyncStatus, at('/x-async-status'), 'the document', 'the `wait()` helpers of accepted requests');
  const tagIndex = (v: View, name: string): string | undefined => {
    const tags = (v.raw('/tags') as unknown[] | undefined) ?? [];
    const i = Array.isArray(tags) ? tags.findIndex((t) => (t as { name?: unknown } | null)?.name === name) : -1;
    return i === -1 ? undefined : `/tags/${i}`;
  };
  for (const tag of b.api.tags) {
    const old = a.api.tags.find((t) => t.name === tag.name);
    const pointer = tagIndex(b, tag.name);
    if (old && pointer && (old.description ?? '') !== (tag.description ?? '')) add('description-changed', at(`${tagIndex(a, tag.name) ?? pointer}/description`, `${pointer}/description`), 'new', `description of tag \`${tag.name}\` changed`);
  }

  // Operations: the same method and path (path parameters may be renamed), else the same operationId.
  const pairs: { o: Operation; n: Operation; moved: boolean }[] = [];
  const unmatchedNew = [...b.api.operations];
  const unmatchedOld: Operation[] = [];
  for (const o of a.api.operations) {
    const j = unmatchedNew.findIndex((n) => endpoint(n) === endpoint(o));
    if (j === -1) unmatchedOld.push(o);
    else pairs.push({ o, n: unmatchedNew.splice(j, 1)[0]!, moved: false });
  }
  for (const o of [...unmatchedOld]) {
    const j = unmatchedNew.findIndex((n) => n.id === o.id);
    if (j === -1) continue;
    pairs.push({ o, n: unmatchedNew.splice(j, 1)[0]!, moved: true });
    unmatchedOld.splice(unmatchedOld.indexOf(o), 1);
  }

  // Removed operations, a whole path at once when nothing is left of it.
  const newPaths = new Set(b.api.operations.map((o) => normalPath(o.path)));
  const byPath = new Map<string, Operation[]>();
  for (const o of unmatchedOld) byPath.set(o.path, [...(byPath.get(o.path) ?? []), o]);
  for (const [path, ops] of byPath) {
    const all = a.api.operations.filter((o) => o.path === path);
    if (!newPaths.has(normalPath(path)) && ops.length === all.length) {
      const list = ops.map((o) => `${o.method} (${o.id}, ${a.callOf(o)})`).join(', ');
      add('path-removed', at(`/paths/${escapeSegment(path)}`, ''), 'old', `path ${path} removed with ${list}: callers of ${ops.length === 1 ? 'its method' : 'its methods'} break`);
    } else {
      for (const o of ops) add('operation-removed', at(o.pointer, ''), 'old', `${title(o)} removed: callers of ${a.callOf(o)} break`);
    }
  }
  for (const n of unmatchedNew) add('operation-added', at('', n.pointer), 'new', `${title(n)} added as ${b.callOf(n)}`);

  // Tags: a tag whose operations all moved to one new tag was renamed.
  const renamedTags = new Map<string, string>();
  const oldTags = new Set(a.api.operations.map((o) => o.tag));
  const newTags = new Set(b.api.operations.map((o) => o.tag));
  for (const tag of oldTags) {
    const moved = pairs.filter((p) => p.o.tag === tag);
    const targets = new Set(moved.map((p) => p.n.tag));
    const target = [...targets][0];
    if (moved.length && targets.size === 1 && target !== tag && target !== undefined && !newTags.has(tag) && !oldTags.has(target)) renamedTags.set(tag, target);
  }
  for (const [from, to] of [...renamedTags].sort(([x], [y]) => x.localeCompare(y))) {
    const first = pairs.find((p) => p.o.tag === from)!;
    const groupOf = (v: View, op: Operation) => v.plannedOf(op)?.group;
    const ga = groupOf(a, first.o);
    const gb = groupOf(b, first.n);
    const pointer = tagIndex(b, to) ?? `${first.n.pointer}/tags/0`;
    add('tag-renamed', at(tagIndex(a, from) ?? `${first.o.pointer}/tags/0`, pointer), 'new', `tag \`${from}\` renamed to \`${to}\`: client property \`${ga?.property}\` becomes \`${gb?.property}\`, class \`${ga?.className}\` becomes \`${gb?.className}\``);
  }

  for (const { o, n, moved } of [...pairs].sort((x, y) => x.n.pointer.localeCompare(y.n.pointer))) {
    const op = at(o.pointer, n.pointer);
    const name = title(n);
    if (moved) add('endpoint-changed', op, 'new', `${n.id} moved from ${o.method} ${o.path} to ${n.method} ${n.path}: requests go to another endpoint and the old one is gone`);
    const pa = a.plannedOf(o);
    const pb = b.plannedOf(n);
    const methodA = pa ? `${pa.group.property}.${pa.op.methodName}` : o.methodName;
    const methodB = pb ? `${pb.group.property}.${pb.op.methodName}` : n.methodName;
    if (o.id !== n.id) {
      const effects = [pa?.op.paramsType !== pb?.op.paramsType ? `the params type \`${pa?.op.paramsType ?? 'none'}\` becomes \`${pb?.op.paramsType ?? 'none'}\`` : '', pa?.op.methodName !== pb?.op.methodName ? `method \`${methodA}()\` becomes \`${methodB}()\`` : ''].filter(Boolean);
      add('operation-renamed', at(`${o.pointer}/operationId`, `${n.pointer}/operationId`), 'new', `operationId \`${o.id}\` of ${n.method} ${n.path} renamed to \`${n.id}\`${effects.length ? `: ${effects.join(', ')}` : ''}`);
    } else if (pa && pb && pa.op.methodName !== pb.op.methodName) {
      add('method-renamed', at(`${o.pointer}/x-method`, `${n.pointer}/x-method`), 'new', `method of ${name} renamed from \`${methodA}()\` to \`${methodB}()\``);
    }
    if (o.tag !== n.tag && renamedTags.get(o.tag) !== n.tag) {
      add('tag-changed', at(`${o.pointer}/tags/0`, `${n.pointer}/tags/0`), 'new', `${name} moved from tag \`${o.tag}\` to \`${n.tag}\`: \`${methodA}()\` becomes \`${methodB}()\``);
    }
    if ((o.summary ?? '') !== (n.summary ?? '')) add('description-changed', at(`${o.pointer}/summary`, `${n.pointer}/summary`), n.summary === undefined ? 'old' : 'new', `summary of ${name} ${o.summary === undefined ? 'added' : n.summary === undefined ? 'removed' : 'changed'}`);
    types.compareDocs({ description: o.description, deprecated: o.deprecated }, { description: n.description, deprecated: n.deprecated }, op, name);
    if (o.authenticated !== n.authenticated) add('security-changed', at(`${o.pointer}/security`, `${n.pointer}/security`), 'new', `${name} ${n.authenticated ? 'now sends' : 'no longer sends'} credentials`);
    const strip = <T extends object>(value: T | undefined, key: string): unknown => (value ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== key)) : undefined);
    compareExtension(add, 'x-pagination', strip(o.pagination, 'itemType'), strip(n.pagination, 'itemType'), at(`${o.pointer}/x-pagination`, `${n.pointer}/x-pagination`), name, 'page iteration');
    compareExtension(add, 'x-wait', strip(o.wait, 'statusType'), strip(n.wait, 'statusType'), at(`${o.pointer}/x-wait`, `${n.pointer}/x-wait`), name, `the \`waitFor${(n.wait ?? o.wait)?.name ?? ''}()\` helper`);
    compareExtension(add, 'x-async', o.async, n.async, at(`${o.pointer}/x-async`, `${n.pointer}/x-async`), name, 'accepted-write handling (`wait`)');
    compareParameters(o, n);
    compareBodies(o.body, n.body, op, name);
    compareResponses(o, n, name);
  }

  // Component schemas, each once, in whichever directions either side uses it.
  const usageA = usageOf(a);
  for (const [key, mb] of [...b.modelsByKey].sort(([x], [y]) => x.localeCompare(y))) {
    const ma = a.modelsByKey.get(key);
    if (!ma) continue;
    // The directions existing users had: a schema newly sent (or read) is new usage, not a change to old usage.
    // An exported schema no operation used may have been used either way.
    const dirs = usageA.get(key) ?? BOTH;
    const where = { root: `schema \`${mb.name}\``, path: '' };
    const modelAt = at(ma.pointer, mb.pointer);
    types.compare(ma.type, mb.type, modelAt, dirs, where, new Set([`${key}|${key}`]));
    types.compareDocs(ma, mb, modelAt, where.root);
    compareExtension(add, 'x-depth', ma.depth, mb.depth, at(`${ma.pointer}/x-depth`, `${mb.pointer}/x-depth`), where.root, 'depth-aware types');
  }
  return out;

  function compareParameters(o: Operation, n: Operation): void {
    const name = title(n);
    const oldParams = new Map(o.parameters.map((p) => [paramKey(p), p]));
    const newParams = new Map(n.parameters.map((p) => [paramKey(p), p]));
    for (const [key, p] of oldParams) {
      if (!newParams.has(key)) add('parameter-removed', at(p.pointer, ''), 'old', `${p.in} parameter \`${p.name}\` removed from ${name}: callers that pass it no longer compile`);
    }
    for (const [key, p] of newParams) {
      const old = oldParams.get(key);
      const label = `${p.in} parameter \`${p.name}\` of ${name}`;
      const here = at(old?.pointer ?? '', p.pointer);
      if (!old) {
        if (mustGive(p)) add('parameter-required', here, 'new', `required ${label} added: existing calls lack it`);
        else add('parameter-added', here, 'new', `optional ${label} added`);
        continue;
      }
      if (!mustGive(old) && mustGive(p)) add('parameter-required', here, 'new', `${label} is now required: existing calls may lack it`);
      if (mustGive(old) && !mustGive(p)) add('parameter-optional', here, 'new', `${label} is no longer required`);
      types.compare(old.type, p.type, at(`${old.pointer}/schema`, `${p.pointer}/schema`), new Set<Dir>(['request']), { root: label, path: '' });
      types.compareDocs(old, p, here, label, at(`${old.pointer}/schema`, `${p.pointer}/schema`));
      if (old.style !== p.style || old.explode !== p.explode) add('serialization-changed', at(`${old.pointer}/style`, `${p.pointer}/style`), 'new', `${label} is now sent with style ${p.style}${p.explode ? ', exploded' : ''} (was ${old.style}${old.explode ? ', exploded' : ''})`);
      compareExtension(add, 'x-client-option', old.clientOption, p.clientOption, at(`${old.pointer}/x-client-option`, `${p.pointer}/x-client-option`), label, 'the client option');
      compareExtension(add, 'x-correlation-id', old.correlationId || undefined, p.correlationId || undefined, at(`${old.pointer}/x-correlation-id`, `${p.pointer}/x-correlation-id`), label, 'the generated correlation id');
      compareExtension(add, 'x-depth', old.depth || undefined, p.depth || undefined, at(`${old.pointer}/x-depth`, `${p.pointer}/x-depth`), label, 'depth-aware response types');
    }
  }

  function compareBodies(o: RequestBody | undefined, n: RequestBody | undefined, op: At, name: string): void {
    const here = at(`${op.old}/requestBody`, `${op.new}/requestBody`);
    if (o && !n) return add('request-body-removed', here, 'old', `request body of ${name} removed: callers that pass \`body\` no longer compile`);
    if (!o && n) {
      if (n.required) add('request-body-required', here, 'new', `required request body added to ${name}: existing calls lack it`);
      else add('request-body-added', here, 'new', `optional request body added to ${name}`);
      return;
    }
    if (!o || !n) return;
    if (!o.required && n.required) add('request-body-required', here, 'new', `request body of ${name} is now required: existing calls may lack it`);
    if (o.required && !n.required) add('request-body-optional', here, 'new', `request body of ${name} is no longer required`);
    const content = at(`${here.old}/content/${escapeSegment(o.mediaType)}`, `${here.new}/content/${escapeSegment(n.mediaType)}`);
    if (o.mediaType !== n.mediaType) add('media-type-changed', content, 'new', `request body of ${name} is now sent as ${n.mediaType} (was ${o.mediaType})`);
    types.compare(o.type, n.type, at(`${content.old}/schema`, `${content.new}/schema`), new Set<Dir>(['request']), { root: `the request body of ${name}`, path: '' });
    if ((o.description ?? '') !== (n.description ?? '')) add('description-changed', at(`${here.old}/description`, `${here.new}/description`), n.description === undefined ? 'old' : 'new', `description of the request body of ${name} changed`);
  }

  function compareResponses(o: Operation, n: Operation, name: string): void {
    const oldResponses = new Map(o.responses.map((r) => [r.status, r]));
    const success = (op: Operation, v: View) => new Set(op.responses.filter((r) => /^2/.test(r.status)).map((r) => (r.type ? shapeOf(r.type, v) : 'none')));
    const oldSuccess = success(o, a);
    for (const r of o.responses) {
      if (!n.responses.some((x) => x.status === r.status)) add('response-removed', at(r.pointer, ''), 'old', `response ${r.status} of ${name} removed${/^2/.test(r.status) ? ': the result type changes' : ': code handling it breaks'}`);
    }
    for (const r of n.responses) {
      const old = oldResponses.get(r.status);
      if (!old) {
        const widens = /^2/.test(r.status) && !oldSuccess.has(r.type ? shapeOf(r.type, b) : 'none');
        if (widens) add('success-response-added', at('', r.pointer), 'new', `success response ${r.status} added to ${name} with ${r.type ? 'a body of another type' : 'no body'}: the result type gains a variant readers must handle`);
        else add('response-added', at('', r.pointer), 'new', `response ${r.status} added to ${name}`);
        continue;
      }
      compareResponse(old, r, name);
    }
  }

  function compareResponse(o: Response, n: Response, name: string): void {
    const label = `response ${n.status} of ${name}`;
    const here = at(o.pointer, n.pointer);
    if ((o.description ?? '') !== (n.description ?? '')) add('description-changed', at(`${o.pointer}/description`, `${n.pointer}/description`), 'new', `description of ${label} changed`);
    const content = at(`${o.pointer}/content/${escapeSegment(o.mediaType ?? '')}`, `${n.pointer}/content/${escapeSegment(n.mediaType ?? '')}`);
    if (o.type && !n.type) add('type-changed', here, 'new', `${label} no longer has a body: readers of it break`);
    else if (!o.type && n.type) add('response-body-added', content, 'new', `${label} now has a body (${n.mediaType})`);
    else if (o.type && n.type) {
      if (o.mediaType !== n.mediaType) add('media-type-changed', content, 'new', `${label} is now ${n.mediaType} (was ${o.mediaType})`);
      types.compare(o.type, n.type, at(`${content.old}/schema`, `${content.new}/schema`), new Set<Dir>(['response']), { root: `the body of ${label}`, path: '' });
    }
    const oldHeaders = new Map(o.headers.map((h) => [h.name.toLowerCase(), h]));
    const newHeaders = new Map(n.headers.map((h) => [h.name.toLowerCase(), h]));
    for (const [key, h] of [...oldHeaders].sort(([x], [y]) => x.localeCompare(y))) {
      if (!newHeaders.has(key)) add('header-removed', at(`${o.pointer}/headers/${escapeSegment(h.name)}`), 'old', `header \`${h.name}\` removed from ${label}: readers relying on it break`);
    }
    for (const [key, h] of [...newHeaders].sort(([x], [y]) => x.localeCompare(y))) {
      const old = oldHeaders.get(key);
      const hat = at(`${o.pointer}/headers/${escapeSegment(old?.name ?? h.name)}`, `${n.pointer}/headers/${escapeSegment(h.name)}`);
      if (!old) add('header-added', hat, 'new', `header \`${h.name}\` added to ${label}`);
      else {
        types.compare(old.type, h.type, at(`${hat.old}/schema`, `${hat.new}/schema`), new Set<Dir>(['response']), { root: `header \`${h.name}\` of ${label}`, path: '' });
        if ((old.description ?? '') !== (h.description ?? '')) add('description-changed', at(`${hat.old}/description`, `${hat.new}/description`), 'new', `description of header \`${h.name}\` of ${label} changed`);
      }
    }
  }
}

function compareExtension(
  add: (kind: SpecKind, at: At, side: 'old' | 'new', message: string) => void,
  name: string,
  a: unknown,
  b: unknown,
  where: At,
  owner: string,
  effect: string,
): void {
  if (stable(a) === stable(b)) return;
  if (a === undefined) add('extension-added', where, 'new', `\`${name}\` added to ${owner}: ${effect}`);
  else if (b === undefined) add('extension-removed', where, 'old', `\`${name}\` removed from ${owner}: ${effect} goes`);
  else add('extension-changed', where, 'new', `\`${name}\` of ${owner} changed from ${stable(a)} to ${stable(b)}: ${effect} changes`);
}
