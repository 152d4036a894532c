import { escapeSegment } from '../diagnostics/diagnostic.ts';
import type { Operation, Parameter, RequestBody } from '../ir/types.ts';
import { compareExtension } from './api.ts';
import type { Comparison } from './changes.ts';
import { compareDocs } from './docs.ts';
import { at, title, type At } from './types.ts';
import type { Dir } from './view.ts';

const REQUEST: ReadonlySet<Dir> = new Set<Dir>(['request']);

/** A parameter's identity within its operation (header names are case-insensitive). */
export const paramKey = (p: Parameter): string => `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;

/** Whether callers must give the parameter (the client fills correlation ids and client options). */
const mustGive = (p: Parameter): boolean => p.required && !p.correlationId && p.clientOption === undefined;

export function compareParameters(c: Comparison, o: Operation, n: Operation): void {
  const name = title(n);
  const oldParams = new Map(o.parameters.map((p) => [paramKey(p), p]));
  const newParams = new Map(n.parameters.map((p) => [paramKey(p), p]));
  for (const [key, p] of oldParams) {
    if (newParams.has(key)) continue;
    const message = `${p.in} parameter \`${p.name}\` removed from ${name}: callers that pass it no longer compile`;
    c.changes.add('parameter-removed', at(p.pointer, ''), 'old', message);
  }
  for (const [key, p] of newParams) {
    const old = oldParams.get(key);
    const label = `${p.in} parameter \`${p.name}\` of ${name}`;
    if (old) compareParameter(c, old, p, label);
    else if (mustGive(p))
      c.changes.add('parameter-required', at('', p.pointer), 'new', `required ${label} added: existing calls lack it`);
    else c.changes.add('parameter-added', at('', p.pointer), 'new', `optional ${label} added`);
  }
}

function compareParameter(c: Comparison, old: Parameter, p: Parameter, label: string): void {
  const { changes } = c;
  const here = at(old.pointer, p.pointer);
  const key = (k: string): At => at(`${old.pointer}/${k}`, `${p.pointer}/${k}`);
  if (!mustGive(old) && mustGive(p))
    changes.add('parameter-required', here, 'new', `${label} is now required: existing calls may lack it`);
  if (mustGive(old) && !mustGive(p)) changes.add('parameter-optional', here, 'new', `${label} is no longer required`);
  c.types.compare(old.type, p.type, key('schema'), REQUEST, { root: label, path: '' });
  compareDocs(changes, old, p, here, label, key('schema'));
  if (old.style !== p.style || old.explode !== p.explode) {
    const style = (x: Parameter): string => `${x.style}${x.explode ? ', exploded' : ''}`;
    changes.add(
      'serialization-changed',
      key('style'),
      'new',
      `${label} is now sent with style ${style(p)} (was ${style(old)})`,
    );
  }
  compareExtension(
    c,
    'x-client-option',
    old.clientOption,
    p.clientOption,
    key('x-client-option'),
    label,
    'the client option',
  );
  const correlation = (x: Parameter): true | undefined => x.correlationId || undefined;
  compareExtension(
    c,
    'x-correlation-id',
    correlation(old),
    correlation(p),
    key('x-correlation-id'),
    label,
    'the generated correlation id',
  );
  const depth = (x: Parameter): true | undefined => x.depth || undefined;
  compareExtension(c, 'x-depth', depth(old), depth(p), key('x-depth'), label, 'depth-aware response types');
}

export function compareBody(
  c: Comparison,
  o: RequestBody | undefined,
  n: RequestBody | undefined,
  op: At,
  name: string,
): void {
  const { changes } = c;
  const here = at(`${op.old}/requestBody`, `${op.new}/requestBody`);
  if (o && !n) {
    changes.add(
      'request-body-removed',
      here,
      'old',
      `request body of ${name} removed: callers that pass \`body\` no longer compile`,
    );
    return;
  }
  if (!o && n) {
    if (n.required)
      changes.add(
        'request-body-required',
        here,
        'new',
        `required request body added to ${name}: existing calls lack it`,
      );
    else changes.add('request-body-added', here, 'new', `optional request body added to ${name}`);
    return;
  }
  if (!o || !n) return;
  if (!o.required && n.required)
    changes.add(
      'request-body-required',
      here,
      'new',
      `request body of ${name} is now required: existing calls may lack it`,
    );
  if (o.required && !n.required)
    changes.add('request-body-optional', here, 'new', `request body of ${name} is no longer required`);
  const content = at(
    `${here.old}/content/${escapeSegment(o.mediaType)}`,
    `${here.new}/content/${escapeSegment(n.mediaType)}`,
  );
  if (o.mediaType !== n.mediaType) {
    changes.add(
      'media-type-changed',
      content,
      'new',
      `request body of ${name} is now sent as ${n.mediaType} (was ${o.mediaType})`,
    );
  }
  const schema = at(`${content.old}/schema`, `${content.new}/schema`);
  c.types.compare(o.type, n.type, schema, REQUEST, { root: `the request body of ${name}`, path: '' });
  if ((o.description ?? '') !== (n.description ?? '')) {
    const side = n.description === undefined ? 'old' : 'new';
    changes.add(
      'description-changed',
      at(`${here.old}/description`, `${here.new}/description`),
      side,
      `description of the request body of ${name} changed`,
    );
  }
}
