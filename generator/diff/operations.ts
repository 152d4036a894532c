import { escapeSegment } from '../diagnostics/diagnostic.ts';
import type { Operation } from '../ir/types.ts';
import { compareExtension, tagIndex } from './api.ts';
import type { Comparison } from './changes.ts';
import { compareDocs } from './docs.ts';
import { compareBody, compareParameters } from './requests.ts';
import { compareResponses } from './responses.ts';
import { at, title } from './types.ts';
import type { View } from './view.ts';

interface OperationPair {
  readonly o: Operation;
  readonly n: Operation;
  /** Matched by operationId after its method or path changed. */
  readonly moved: boolean;
}

const normalPath = (path: string): string => path.replace(/\{[^}]*\}/g, '{}');
const endpoint = (op: Operation): string => `${op.method} ${normalPath(op.path)}`;

/** Operations removed, added and changed; a tag whose operations all moved to one new tag was renamed. */
export function compareOperations(c: Comparison): void {
  const { pairs, removed, added } = pairOperations(c.a, c.b);
  reportRemoved(c, removed);
  for (const n of added)
    c.changes.add('operation-added', at('', n.pointer), 'new', `${title(n)} added as ${c.b.callOf(n)}`);
  const renamedTags = compareTags(c, pairs);
  for (const pair of [...pairs].sort((x, y) => x.n.pointer.localeCompare(y.n.pointer))) {
    compareIdentity(c, pair, renamedTags);
    compareOperation(c, pair.o, pair.n);
  }
}

/** The same method and path (path parameters may be renamed), else the same operationId. */
export function pairOperations(a: View, b: View): { pairs: OperationPair[]; removed: Operation[]; added: Operation[] } {
  const pairs: OperationPair[] = [];
  const added = [...b.api.operations];
  const removed: Operation[] = [];
  for (const o of a.api.operations) {
    const j = added.findIndex((n) => endpoint(n) === endpoint(o));
    if (j === -1) removed.push(o);
    else pairs.push({ o, n: added.splice(j, 1)[0]!, moved: false });
  }
  for (const o of [...removed]) {
    const j = added.findIndex((n) => n.id === o.id);
    if (j === -1) continue;
    pairs.push({ o, n: added.splice(j, 1)[0]!, moved: true });
    removed.splice(removed.indexOf(o), 1);
  }
  return { pairs, removed, added };
}

/** Removed operations, a whole path at once when nothing is left of it. */
function reportRemoved(c: Comparison, removed: readonly Operation[]): void {
  const { a, b, changes } = c;
  const newPaths = new Set(b.api.operations.map((o) => normalPath(o.path)));
  const byPath = new Map<string, Operation[]>();
  for (const o of removed) byPath.set(o.path, [...(byPath.get(o.path) ?? []), o]);
  for (const [path, ops] of byPath) {
    const all = a.api.operations.filter((o) => o.path === path);
    if (newPaths.has(normalPath(path)) || ops.length !== all.length) {
      for (const o of ops)
        changes.add(
          'operation-removed',
          at(o.pointer, ''),
          'old',
          `${title(o)} removed: callers of ${a.callOf(o)} break`,
        );
      continue;
    }
    const list = ops.map((o) => `${o.method} (${o.id}, ${a.callOf(o)})`).join(', ');
    const message = `path ${path} removed with ${list}: callers of ${ops.length === 1 ? 'its method' : 'its methods'} break`;
    changes.add('path-removed', at(`/paths/${escapeSegment(path)}`, ''), 'old', message);
  }
}

/** Renamed tags (old to new): every operation of the old tag moved to one new tag. */
function compareTags(c: Comparison, pairs: readonly OperationPair[]): Map<string, string> {
  const { a, b } = c;
  const renamed = new Map<string, string>();
  const oldTags = new Set(a.api.operations.map((o) => o.tag));
  const newTags = new Set(b.api.operations.map((o) => o.tag));
  for (const tag of oldTags) {
    const moved = pairs.filter((p) => p.o.tag === tag);
    const targets = new Set(moved.map((p) => p.n.tag));
    const target = [...targets][0];
    if (!moved.length || targets.size !== 1 || target === undefined || target === tag) continue;
    if (!newTags.has(tag) && !oldTags.has(target)) renamed.set(tag, target);
  }
  for (const [from, to] of [...renamed].sort(([x], [y]) => x.localeCompare(y))) {
    const first = pairs.find((p) => p.o.tag === from)!;
    const ga = a.plannedOf(first.o)?.group;
    const gb = b.plannedOf(first.n)?.group;
    // `Data Centers` to `Data centers`: the generated names may not change at all.
    const sameCode =
      ga !== undefined && gb !== undefined && ga.property === gb.property && ga.className === gb.className;
    const effect = sameCode
      ? `client property \`${gb.property}\` and class \`${gb.className}\` keep their names`
      : `client property \`${ga?.property}\` becomes \`${gb?.property}\`, class \`${ga?.className}\` becomes \`${gb?.className}\``;
    const where = at(tagIndex(a, from) ?? `${first.o.pointer}/tags/0`, tagIndex(b, to) ?? `${first.n.pointer}/tags/0`);
    c.changes.add('tag-renamed', where, 'new', `tag \`${from}\` renamed to \`${to}\`: ${effect}`, { sameCode });
  }
  return renamed;
}

/** What names and places the operation: endpoint, operationId, method name and tag. */
function compareIdentity(
  c: Comparison,
  { o, n, moved }: OperationPair,
  renamedTags: ReadonlyMap<string, string>,
): void {
  const { a, b, changes } = c;
  if (moved) {
    const message = `${n.id} moved from ${o.method} ${o.path} to ${n.method} ${n.path}: requests go to another endpoint and the old one is gone`;
    changes.add('endpoint-changed', at(o.pointer, n.pointer), 'new', message);
  }
  const pa = a.plannedOf(o);
  const pb = b.plannedOf(n);
  const methodA = pa ? `${pa.group.property}.${pa.op.methodName}` : o.methodName;
  const methodB = pb ? `${pb.group.property}.${pb.op.methodName}` : n.methodName;
  if (o.id !== n.id) {
    const effects = [
      pa?.op.paramsType !== pb?.op.paramsType
        ? `the params type \`${pa?.op.paramsType ?? 'none'}\` becomes \`${pb?.op.paramsType ?? 'none'}\``
        : '',
      pa?.op.methodName !== pb?.op.methodName ? `method \`${methodA}()\` becomes \`${methodB}()\`` : '',
    ].filter(Boolean);
    const sameCode =
      !effects.length && pa !== undefined && pb !== undefined && pa.op.functionName === pb.op.functionName;
    const effect = sameCode
      ? ': the params type, method and function keep their names'
      : effects.length
        ? `: ${effects.join(', ')}`
        : '';
    const message = `operationId \`${o.id}\` of ${n.method} ${n.path} renamed to \`${n.id}\`${effect}`;
    changes.add('operation-renamed', at(`${o.pointer}/operationId`, `${n.pointer}/operationId`), 'new', message, {
      sameCode,
    });
  } else if (pa && pb && pa.op.methodName !== pb.op.methodName) {
    const message = `method of ${title(n)} renamed from \`${methodA}()\` to \`${methodB}()\``;
    changes.add('method-renamed', at(`${o.pointer}/x-method`, `${n.pointer}/x-method`), 'new', message);
  }
  if (o.tag !== n.tag && renamedTags.get(o.tag) !== n.tag) {
    const sameCode =
      methodA === methodB && pa !== undefined && pb !== undefined && pa.group.className === pb.group.className;
    const effect = sameCode
      ? `\`${methodB}()\` and its class keep their names`
      : `\`${methodA}()\` becomes \`${methodB}()\``;
    const message = `${title(n)} moved from tag \`${o.tag}\` to \`${n.tag}\`: ${effect}`;
    changes.add('tag-changed', at(`${o.pointer}/tags/0`, `${n.pointer}/tags/0`), 'new', message, { sameCode });
  }
}

/** Documentation, security, vendor extensions, parameters, body and responses of a matched operation. */
function compareOperation(c: Comparison, o: Operation, n: Operation): void {
  const { changes } = c;
  const op = at(o.pointer, n.pointer);
  const name = title(n);
  if ((o.summary ?? '') !== (n.summary ?? '')) {
    const verb = o.summary === undefined ? 'added' : n.summary === undefined ? 'removed' : 'changed';
    changes.add(
      'description-changed',
      at(`${o.pointer}/summary`, `${n.pointer}/summary`),
      n.summary === undefined ? 'old' : 'new',
      `summary of ${name} ${verb}`,
    );
  }
  compareDocs(
    changes,
    { description: o.description, deprecated: o.deprecated },
    { description: n.description, deprecated: n.deprecated },
    op,
    name,
  );
  if (o.authenticated !== n.authenticated) {
    const message = `${name} ${n.authenticated ? 'now sends' : 'no longer sends'} credentials`;
    changes.add('security-changed', at(`${o.pointer}/security`, `${n.pointer}/security`), 'new', message);
  }
  const ext = (key: string): ReturnType<typeof at> => at(`${o.pointer}/${key}`, `${n.pointer}/${key}`);
  const strip = <T extends object>(value: T | undefined, key: string): unknown =>
    value ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== key)) : undefined;
  compareExtension(
    c,
    'x-pagination',
    strip(o.pagination, 'itemType'),
    strip(n.pagination, 'itemType'),
    ext('x-pagination'),
    name,
    'page iteration',
  );
  const wait = `the \`waitFor${(n.wait ?? o.wait)?.name ?? ''}()\` helper`;
  compareExtension(c, 'x-wait', strip(o.wait, 'statusType'), strip(n.wait, 'statusType'), ext('x-wait'), name, wait);
  compareExtension(c, 'x-async', o.async, n.async, ext('x-async'), name, 'accepted-write handling (`wait`)');
  compareParameters(c, o, n);
  compareBody(c, o.body, n.body, op, name);
  compareResponses(c, o, n);
}
