import type { Comparison } from './changes.ts';
import { at, stable, type At } from './types.ts';
import type { View } from './view.ts';

/** The API as a whole: package entry, client class, server, authentication, title and tags. */
export function compareApi(c: Comparison): void {
  const { a, b, changes } = c;
  const add = (
    kind: Parameters<typeof changes.add>[0],
    where: At,
    message: string,
    side: 'old' | 'new' = 'new',
  ): void => changes.add(kind, where, side, message);
  if (a.api.entry !== b.api.entry) {
    const entry = (v: View): string => `\`cloud-api-clients/${v.api.entry}\``;
    add('entry-changed', at('/x-client/entry'), `package entry changed from ${entry(a)} to ${entry(b)}: imports break`);
  }
  if (a.api.clientName !== b.api.clientName) {
    const message = `client class renamed from \`${a.api.clientName}\` to \`${b.api.clientName}\`: code constructing it breaks`;
    add('client-renamed', at('/x-client/name'), message);
  }
  if (a.api.serverUrl !== b.api.serverUrl) {
    add('server-changed', at('/servers/0/url'), `default server changed from ${a.api.serverUrl} to ${b.api.serverUrl}`);
  }
  const auth = (v: View): string =>
    stable(
      [...v.api.auth].map((x) => ({ ...x, scheme: undefined })).sort((x, y) => stable(x).localeCompare(stable(y))),
    );
  if (auth(a) !== auth(b)) {
    const kinds = (v: View): string => v.api.auth.map((x) => x.kind).join(', ') || 'none';
    const message = `authentication changed from ${kinds(a)} to ${kinds(b)}: the client options ask for other credentials`;
    add('auth-changed', at('/security'), message);
  }
  if ((a.api.title ?? '') !== (b.api.title ?? '')) {
    add('description-changed', at('/info/title'), `API title changed from "${a.api.title}" to "${b.api.title}"`);
  }
  if ((a.api.description ?? '') !== (b.api.description ?? '')) {
    add(
      'description-changed',
      at('/info/description'),
      'API description changed',
      b.api.description === undefined ? 'old' : 'new',
    );
  }
  const effect = 'the `wait()` helpers of accepted requests';
  compareExtension(
    c,
    'x-async-status',
    a.api.asyncStatus,
    b.api.asyncStatus,
    at('/x-async-status'),
    'the document',
    effect,
  );
  for (const tag of b.api.tags) {
    const old = a.api.tags.find((t) => t.name === tag.name);
    const pointer = tagIndex(b, tag.name);
    if (!old || !pointer || (old.description ?? '') === (tag.description ?? '')) continue;
    const where = at(`${tagIndex(a, tag.name) ?? pointer}/description`, `${pointer}/description`);
    add('description-changed', where, `description of tag \`${tag.name}\` changed`);
  }
}

/** The pointer of a tag in the document's `tags` list. */
export function tagIndex(view: View, name: string): string | undefined {
  const tags = (view.raw('/tags') as unknown[] | undefined) ?? [];
  const i = Array.isArray(tags) ? tags.findIndex((t) => (t as { name?: unknown } | null)?.name === name) : -1;
  return i === -1 ? undefined : `/tags/${i}`;
}

/** A vendor extension added, removed or changed, with what it generates (`effect`). */
export function compareExtension(
  c: Comparison,
  name: string,
  a: unknown,
  b: unknown,
  where: At,
  owner: string,
  effect: string,
): void {
  if (stable(a) === stable(b)) return;
  if (a === undefined) c.changes.add('extension-added', where, 'new', `\`${name}\` added to ${owner}: ${effect}`);
  else if (b === undefined)
    c.changes.add('extension-removed', where, 'old', `\`${name}\` removed from ${owner}: ${effect} goes`);
  else {
    const message = `\`${name}\` of ${owner} changed from ${stable(a)} to ${stable(b)}: ${effect} changes`;
    c.changes.add('extension-changed', where, 'new', message);
  }
}
