import { escapeSegment } from '../diagnostics/diagnostic.ts';
import type { Operation, Response, ResponseHeader } from '../ir/types.ts';
import type { Comparison } from './changes.ts';
import { shapeOf } from './shape.ts';
import { at, title } from './types.ts';
import type { Dir, View } from './view.ts';

const RESPONSE: ReadonlySet<Dir> = new Set<Dir>(['response']);
const isSuccess = (status: string): boolean => /^2/.test(status);

export function compareResponses(c: Comparison, o: Operation, n: Operation): void {
  const { a, b, changes } = c;
  const name = title(n);
  const oldResponses = new Map(o.responses.map((r) => [r.status, r]));
  // Old bodies in the new side's names: a body whose schema was renamed is still of a type the result has.
  const bodyShape = (r: Response, v: View, keyOf?: (key: string) => string): string =>
    r.type ? shapeOf(r.type, v, keyOf) : 'none';
  const oldSuccess = new Set(
    o.responses.filter((r) => isSuccess(r.status)).map((r) => bodyShape(r, a, c.models.inNewNames)),
  );
  for (const r of o.responses) {
    if (n.responses.some((x) => x.status === r.status)) continue;
    const effect = isSuccess(r.status) ? 'the result type changes' : 'code handling it breaks';
    changes.add('response-removed', at(r.pointer, ''), 'old', `response ${r.status} of ${name} removed: ${effect}`);
  }
  for (const r of n.responses) {
    const old = oldResponses.get(r.status);
    if (old) {
      compareResponse(c, old, r, name);
    } else if (isSuccess(r.status) && !oldSuccess.has(bodyShape(r, b))) {
      const body = r.type ? 'a body of another type' : 'no body';
      const message = `success response ${r.status} added to ${name} with ${body}: the result type gains a variant readers must handle`;
      changes.add('success-response-added', at('', r.pointer), 'new', message);
    } else {
      changes.add('response-added', at('', r.pointer), 'new', `response ${r.status} added to ${name}`);
    }
  }
}

function compareResponse(c: Comparison, o: Response, n: Response, name: string): void {
  const { changes } = c;
  const label = `response ${n.status} of ${name}`;
  if ((o.description ?? '') !== (n.description ?? '')) {
    changes.add(
      'description-changed',
      at(`${o.pointer}/description`, `${n.pointer}/description`),
      'new',
      `description of ${label} changed`,
    );
  }
  const content = at(
    `${o.pointer}/content/${escapeSegment(o.mediaType ?? '')}`,
    `${n.pointer}/content/${escapeSegment(n.mediaType ?? '')}`,
  );
  if (o.type && !n.type)
    changes.add('type-changed', at(o.pointer, n.pointer), 'new', `${label} no longer has a body: readers of it break`);
  else if (!o.type && n.type)
    changes.add('response-body-added', content, 'new', `${label} now has a body (${n.mediaType})`);
  else if (o.type && n.type) {
    if (o.mediaType !== n.mediaType)
      changes.add('media-type-changed', content, 'new', `${label} is now ${n.mediaType} (was ${o.mediaType})`);
    c.types.compare(o.type, n.type, at(`${content.old}/schema`, `${content.new}/schema`), RESPONSE, {
      root: `the body of ${label}`,
      path: '',
    });
  }
  compareHeaders(c, o, n, label);
}

function compareHeaders(c: Comparison, o: Response, n: Response, label: string): void {
  const { changes } = c;
  const byName = (r: Response): [string, ResponseHeader][] =>
    r.headers.map((h) => [h.name.toLowerCase(), h] as [string, ResponseHeader]).sort(([x], [y]) => x.localeCompare(y));
  const oldHeaders = new Map(byName(o));
  const newHeaders = new Map(byName(n));
  for (const [key, h] of oldHeaders) {
    if (newHeaders.has(key)) continue;
    const message = `header \`${h.name}\` removed from ${label}: readers relying on it break`;
    changes.add('header-removed', at(`${o.pointer}/headers/${escapeSegment(h.name)}`), 'old', message);
  }
  for (const [key, h] of newHeaders) {
    const old = oldHeaders.get(key);
    const where = at(
      `${o.pointer}/headers/${escapeSegment(old?.name ?? h.name)}`,
      `${n.pointer}/headers/${escapeSegment(h.name)}`,
    );
    if (!old) {
      changes.add('header-added', where, 'new', `header \`${h.name}\` added to ${label}`);
      continue;
    }
    const what = `header \`${h.name}\` of ${label}`;
    c.types.compare(old.type, h.type, at(`${where.old}/schema`, `${where.new}/schema`), RESPONSE, {
      root: what,
      path: '',
    });
    if ((old.description ?? '') !== (h.description ?? '')) {
      changes.add(
        'description-changed',
        at(`${where.old}/description`, `${where.new}/description`),
        'new',
        `description of ${what} changed`,
      );
    }
  }
}
