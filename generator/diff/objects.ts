import { escapeSegment } from '../diagnostics/diagnostic.ts';
import type { Property, Type } from '../ir/types.ts';
import type { TypeComparer } from './compare.ts';
import { compareDocs } from './docs.ts';
import { childPath, dirText, labelOf, type At, type Where } from './types.ts';
import type { Dir, View } from './view.ts';

/** An object's properties, each with its pointer, and what other keys it allows. */
export interface ObjectView {
  readonly props: Map<string, { readonly p: Property; readonly at: string }>;
  readonly additional?: Type;
  readonly additionalAt: string;
}

/**
 * A type as the properties it has, when it is an object or all of its parts
 * are: `allOf: [Base, {...}]` and the flat object it amounts to compare
 * property by property.
 */
export function objectView(type: Type, at: string, view: View, depth = 0): ObjectView | undefined {
  if (depth > 16) return undefined;
  if (type.kind === 'ref') {
    const model = view.model(type.model);
    return model && objectView(model.type, at, view, depth + 1);
  }
  if (type.kind === 'object') {
    const props = new Map(type.properties.map((p) => [p.name, { p, at: `${at}/properties/${escapeSegment(p.name)}` }]));
    return {
      props,
      ...(type.additional ? { additional: type.additional } : {}),
      additionalAt: `${at}/additionalProperties`,
    };
  }
  if (type.kind !== 'intersection') return undefined;
  const props = new Map<string, { p: Property; at: string }>();
  let additional: { type: Type; at: string } | undefined;
  for (let i = 0; i < type.parts.length; i++) {
    const part = objectView(type.parts[i]!, partAt(view, at, i), view, depth + 1);
    if (!part) return undefined;
    for (const [name, entry] of part.props) {
      const existing = props.get(name);
      props.set(
        name,
        existing ? { p: { ...existing.p, required: existing.p.required || entry.p.required }, at: existing.at } : entry,
      );
    }
    if (!additional && part.additional && part.props.size > 0)
      additional = { type: part.additional, at: part.additionalAt };
  }
  return {
    props,
    ...(additional ? { additional: additional.type } : {}),
    additionalAt: additional?.at ?? `${at}/additionalProperties`,
  };
}

/** Where the `i`th part of an `allOf` is written (the schema itself when its own properties are that part). */
export function partAt(view: View, at: string, i: number): string {
  const raw = view.raw(at) as Record<string, unknown> | undefined;
  const allOf = raw?.['allOf'];
  return Array.isArray(allOf) && i < allOf.length ? `${at}/allOf/${i}` : at;
}

/** Where the `i`th variant of a `oneOf` or `anyOf` is written. */
export function variantAt(view: View, at: string, i: number): string {
  const raw = view.raw(at) as Record<string, unknown> | undefined;
  if (Array.isArray(raw?.['oneOf'])) return `${at}/oneOf/${i}`;
  if (Array.isArray(raw?.['anyOf'])) return `${at}/anyOf/${i}`;
  return at;
}

/** Properties one by one (each in the directions it is visible in), then what other keys the objects allow. */
export function compareObjects(
  types: TypeComparer,
  a: ObjectView,
  b: ObjectView,
  dirs: ReadonlySet<Dir>,
  where: Where,
  seen: ReadonlySet<string>,
): void {
  for (const name of [...new Set([...a.props.keys(), ...b.props.keys()])].sort()) {
    compareProperty(types, name, a, b, dirs, where, seen);
  }
  const at: At = { old: a.additionalAt, new: b.additionalAt };
  const label = labelOf(where);
  if (!a.additional && b.additional)
    types.change('property-added', at, 'new', `${label} now allows other properties`, { dirs });
  else if (a.additional && !b.additional) {
    const message = `${label} no longer allows other properties: callers sending them and readers indexing them break`;
    types.change('type-changed', at, 'new', message, { dirs });
  } else if (a.additional && b.additional) {
    types.compare(a.additional, b.additional, at, dirs, childPath(where, '[key]'), seen);
  }
}

function compareProperty(
  types: TypeComparer,
  name: string,
  a: ObjectView,
  b: ObjectView,
  dirs: ReadonlySet<Dir>,
  where: Where,
  seen: ReadonlySet<string>,
): void {
  const pa = a.props.get(name);
  const pb = b.props.get(name);
  const objectAt = (v: ObjectView): string => v.additionalAt.replace(/\/additionalProperties$/, '');
  const at: At = { old: pa?.at ?? objectAt(a), new: pb?.at ?? objectAt(b) };
  const here = childPath(where, name);
  const label = where.path ? `\`${here.path}\` in ${where.root}` : `\`${name}\` of ${where.root}`;
  const oldDirs = visible(dirs, pa?.p);
  const newDirs = visible(dirs, pb?.p);
  const removed = minus(oldDirs, newDirs);
  if (removed.size) {
    const now = pb ? ` from ${dirText(removed)} (now ${pb.p.readOnly ? 'readOnly' : 'writeOnly'})` : '';
    const why = [
      removed.has('response') && 'readers lose it',
      removed.has('request') && 'callers that send it no longer compile',
    ];
    const reason = why.filter(Boolean).join('; ');
    types.change('property-removed', at, 'old', `property ${label} removed${now}: ${reason}`, { dirs: removed });
  }
  const added = minus(newDirs, oldDirs);
  if (added.size) {
    const required = pb!.p.required;
    const message = `${required ? 'required' : 'optional'} property ${label} added`;
    types.change(required ? 'required-property-added' : 'property-added', at, 'new', message, { dirs: added });
  }
  const common = both(oldDirs, newDirs);
  if (!common.size || !pa || !pb) return;
  if (pa.p.required && !pb.p.required)
    types.change('property-optional', at, 'new', `property ${label} is no longer required`, { dirs: common });
  if (!pa.p.required && pb.p.required)
    types.change('property-required', at, 'new', `property ${label} is now required`, { dirs: common });
  types.compare(pa.p.type, pb.p.type, at, common, here, seen);
  compareDocs(types.changes, pa.p, pb.p, at, `property ${label}`);
}

function visible(
  dirs: ReadonlySet<Dir>,
  p: { readonly readOnly: boolean; readonly writeOnly: boolean } | undefined,
): Set<Dir> {
  if (!p) return new Set();
  return new Set([...dirs].filter((d) => (d === 'request' ? !p.readOnly : !p.writeOnly)));
}

function minus<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((x) => !b.has(x)));
}

function both<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((x) => b.has(x)));
}
