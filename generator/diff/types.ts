import type { Literal, Property, Type } from '../ir/types.ts';
import type { SpecKind } from './kinds.ts';
import type { Dir, View } from './view.ts';

/** A change found in the spec, before it is classified. */
export interface SpecChange {
  readonly kind: SpecKind;
  /** Canonical pointer into the side named by `side`. */
  readonly pointer: string;
  /** Which document the pointer is into: the old one for what was removed, else the new one. */
  readonly side: 'old' | 'new';
  readonly message: string;
  /** For schema changes: whether the place is sent, read, or both. */
  readonly dirs?: ReadonlySet<Dir>;
  /**
   * The change is about a place in the document, whichever route reached it
   * (a shared schema compared through two operations): reported once.
   * Otherwise it is about an operation, and each operation gets its item.
   */
  readonly place?: boolean;
}

/** A pointer on both sides of the diff. */
export interface At {
  readonly old: string;
  readonly new: string;
}

/** What is being compared, for messages: `owner.name` in schema `Pet`. */
export interface Where {
  readonly root: string;
  readonly path: string;
}

export function labelOf(where: Where): string {
  return where.path ? `\`${where.path}\` in ${where.root}` : where.root;
}

function childPath(where: Where, segment: string): Where {
  return { root: where.root, path: where.path ? `${where.path}${segment.startsWith('[') ? '' : '.'}${segment}` : segment.replace(/^\./, '') };
}

export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** JSON with sorted keys: equal values print equally. */
export function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  ) ?? 'undefined';
}

/** A type's shape without documentation, references by model key: equal shapes give equal strings. */
export function shapeOf(type: Type, view: View): string {
  const strip = (t: Type): unknown => {
    switch (t.kind) {
      case 'ref':
        return { ref: view.key(t.model) };
      case 'array':
        return { array: strip(t.items) };
      case 'object':
        return {
          object: t.properties.map((p) => ({ name: p.name, required: p.required, readOnly: p.readOnly, writeOnly: p.writeOnly, type: strip(p.type) })),
          additional: t.additional ? strip(t.additional) : null,
        };
      case 'union':
        return { union: t.variants.map(strip), discriminator: t.discriminator ?? null };
      case 'intersection':
        return { intersection: t.parts.map(strip) };
      default:
        return t;
    }
  };
  return stable(strip(type));
}

function short(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A type in a few words, for messages. */
export function describe(type: Type, view: View): string {
  switch (type.kind) {
    case 'ref':
      return `\`${view.typeName(type.model)}\``;
    case 'scalar':
      return type.format ? `${type.name} (${type.format})` : type.name;
    case 'enum':
      return `enum (${short(type.values.map((v) => JSON.stringify(v)).join(', '))})`;
    case 'array':
      return `array of ${describe(type.items, view)}`;
    case 'object':
      return type.properties.length ? 'object' : 'free-form object';
    case 'union':
      return `one of ${type.variants.length} shapes`;
    case 'intersection':
      return `all of ${type.parts.length} shapes`;
  }
}

/** Splits `T | null` into T and whether null is allowed. */
function splitNull(type: Type): { base: Type; nullable: boolean } {
  if (type.kind === 'enum' && type.values.includes(null)) return { base: { kind: 'enum', values: type.values.filter((v) => v !== null) }, nullable: true };
  if (type.kind === 'union') {
    const keep = type.variants.map((v, i) => ({ v, i })).filter(({ v }) => !(v.kind === 'scalar' && v.name === 'null'));
    if (keep.length === type.variants.length) return { base: type, nullable: false };
    if (keep.length === 1) return { base: keep[0]!.v, nullable: true };
    const discriminator = type.discriminator ? { ...type.discriminator, values: keep.map(({ i }) => type.discriminator!.values[i]) } : undefined;
    return { base: { kind: 'union', variants: keep.map(({ v }) => v), ...(discriminator ? { discriminator } : {}) }, nullable: true };
  }
  return { base: type, nullable: false };
}

interface ObjectView {
  readonly props: Map<string, { readonly p: Property; readonly at: string }>;
  readonly additional?: Type;
  readonly additionalAt: string;
}

const DIR_WORDS: Record<string, string> = { request: 'requests', response: 'responses' };

export function dirText(dirs: ReadonlySet<Dir>): string {
  return [...dirs].sort().map((d) => DIR_WORDS[d]).join(' and ');
}

function visible(dirs: ReadonlySet<Dir>, p: Property | undefined): Set<Dir> {
  if (!p) return new Set();
  return new Set([...dirs].filter((d) => (d === 'request' ? !p.readOnly : !p.writeOnly)));
}

function minus<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((x) => !b.has(x)));
}

function both<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((x) => b.has(x)));
}

/**
 * Compares IR types of the two sides, resolving references: a schema moved
 * into `components` (or out of it) is the same schema. References to the same
 * component on both sides are not followed: `diffSpecs` compares each
 * component once, so a change is reported where it is written.
 */
export class TypeComparer {
  constructor(
    private readonly a: View,
    private readonly b: View,
    private readonly emit: (change: SpecChange) => void,
  ) {}

  /** Records a change about an operation (`place` false) or a place in a schema. */
  change(kind: SpecChange['kind'], at: At, side: 'old' | 'new', message: string, dirs?: ReadonlySet<Dir>, place = true): void {
    const pointer = side === 'old' ? this.a.canonical(at.old) : this.b.canonical(at.new);
    this.emit({ kind, pointer, side, message, ...(dirs ? { dirs } : {}), ...(place ? { place } : {}) });
  }

  /** `shown`: the types as written (references unresolved), for messages. */
  compare(a: Type, b: Type, at: At, dirs: ReadonlySet<Dir>, where: Where, seen: ReadonlySet<string> = new Set(), shown: { a: Type; b: Type } = { a, b }): void {
    if (dirs.size === 0) return;
    if (a.kind === 'ref' && b.kind === 'ref' && this.a.key(a.model) === this.b.key(b.model)) return;
    if (a.kind === 'ref' || b.kind === 'ref') {
      const pair = `${a.kind === 'ref' ? this.a.key(a.model) : `~${at.old}`}|${b.kind === 'ref' ? this.b.key(b.model) : `~${at.new}`}`;
      if (seen.has(pair)) return;
      const next = new Set(seen).add(pair);
      const da = a.kind === 'ref' ? this.a.model(a.model)?.type : a;
      const db = b.kind === 'ref' ? this.b.model(b.model)?.type : b;
      if (da && db) this.compare(da, db, at, dirs, where, next, shown);
      return;
    }
    const na = splitNull(a);
    const nb = splitNull(b);
    if (na.nullable !== nb.nullable) {
      this.change(nb.nullable ? 'nullable-added' : 'nullable-removed', at, 'new', `${labelOf(where)} ${nb.nullable ? 'may now be null' : 'may no longer be null'}`, dirs);
    }
    if (na.nullable || nb.nullable) return this.compare(na.base, nb.base, at, dirs, where, seen, { a: splitNull(shown.a).base, b: splitNull(shown.b).base });

    if (a.kind !== b.kind || (a.kind === 'intersection' && b.kind === 'intersection' && a.parts.length !== b.parts.length)) {
      const va = this.objectView(a, at.old, this.a);
      const vb = this.objectView(b, at.new, this.b);
      if (va && vb) return this.compareObjects(va, vb, dirs, where, seen);
      this.change('type-changed', at, 'new', `${labelOf(where)} changed from ${describe(shown.a, this.a)} to ${describe(shown.b, this.b)}`, dirs);
      return;
    }
    switch (a.kind) {
      case 'scalar': {
        const s = b as typeof a;
        if (a.name !== s.name) this.change('type-changed', at, 'new', `${labelOf(where)} changed from ${describe(a, this.a)} to ${describe(s, this.b)}`, dirs);
        else if (a.format !== s.format) this.change('format-changed', at, 'new', `format of ${labelOf(where)} changed from ${a.format ?? 'none'} to ${s.format ?? 'none'}`, dirs);
        return;
      }
      case 'enum':
        return this.compareEnums(a.values, (b as typeof a).values, at, dirs, where);
      case 'array':
        return this.compare(a.items, (b as typeof a).items, { old: `${at.old}/items`, new: `${at.new}/items` }, dirs, childPath(where, '[]'), seen);
      case 'object':
        return this.compareObjects(this.objectView(a, at.old, this.a)!, this.objectView(b, at.new, this.b)!, dirs, where, seen);
      case 'union':
        return this.compareUnions(a, b as typeof a, at, dirs, where, seen);
      case 'intersection': {
        const parts = (b as typeof a).parts;
        a.parts.forEach((part, i) => this.compare(part, parts[i]!, { old: this.partAt(this.a, at.old, i), new: this.partAt(this.b, at.new, i) }, dirs, where, seen));
        return;
      }
    }
  }

  private compareEnums(a: readonly Literal[], b: readonly Literal[], at: At, dirs: ReadonlySet<Dir>, where: Where): void {
    const keys = (values: readonly Literal[]) => values.map((v) => JSON.stringify(v));
    const ka = keys(a);
    const kb = keys(b);
    ka.forEach((k, i) => {
      if (!kb.includes(k)) this.change('enum-value-removed', { old: `${at.old}/enum/${i}`, new: at.new }, 'old', `enum value ${k} removed from ${labelOf(where)}`, dirs);
    });
    kb.forEach((k, i) => {
      if (!ka.includes(k)) this.change('enum-value-added', { old: at.old, new: `${at.new}/enum/${i}` }, 'new', `enum value ${k} added to ${labelOf(where)}`, dirs);
    });
  }

  private compareUnions(a: Extract<Type, { kind: 'union' }>, b: Extract<Type, { kind: 'union' }>, at: At, dirs: ReadonlySet<Dir>, where: Where, seen: ReadonlySet<string>): void {
    if (a.discriminator?.property !== b.discriminator?.property) {
      this.change('type-changed', at, 'new', `discriminator of ${labelOf(where)} changed from ${a.discriminator ? `\`${a.discriminator.property}\`` : 'none'} to ${b.discriminator ? `\`${b.discriminator.property}\`` : 'none'}`, dirs);
    }
    const left = a.variants.map((v, i) => ({ v, i, shape: shapeOf(v, this.a) }));
    const right = b.variants.map((v, i) => ({ v, i, shape: shapeOf(v, this.b) }));
    // Variants of equal shape pair up wherever they are; the rest pair by position if their numbers match.
    const restA: typeof left = [];
    const restB = [...right];
    for (const l of left) {
      const j = restB.findIndex((r) => r.shape === l.shape);
      if (j === -1) restA.push(l);
      else {
        const r = restB.splice(j, 1)[0]!;
        this.compare(l.v, r.v, { old: this.variantAt(this.a, at.old, l.i), new: this.variantAt(this.b, at.new, r.i) }, dirs, childPath(where, `(variant ${r.i + 1})`), seen);
      }
    }
    if (restA.length === restB.length) {
      restA.forEach((l, k) => {
        const r = restB[k]!;
        this.compare(l.v, r.v, { old: this.variantAt(this.a, at.old, l.i), new: this.variantAt(this.b, at.new, r.i) }, dirs, childPath(where, `(variant ${r.i + 1})`), seen);
      });
      return;
    }
    for (const l of restA) this.change('variant-removed', { old: this.variantAt(this.a, at.old, l.i), new: at.new }, 'old', `variant ${l.i + 1} (${describe(l.v, this.a)}) removed from ${labelOf(where)}`, dirs);
    for (const r of restB) this.change('variant-added', { old: at.old, new: this.variantAt(this.b, at.new, r.i) }, 'new', `variant ${r.i + 1} (${describe(r.v, this.b)}) added to ${labelOf(where)}`, dirs);
  }

  private compareObjects(a: ObjectView, b: ObjectView, dirs: ReadonlySet<Dir>, where: Where, seen: ReadonlySet<string>): void {
    const names = [...new Set([...a.props.keys(), ...b.props.keys()])].sort();
    for (const name of names) {
      const pa = a.props.get(name);
      const pb = b.props.get(name);
      const at: At = { old: pa?.at ?? a.additionalAt.replace(/\/additionalProperties$/, ''), new: pb?.at ?? b.additionalAt.replace(/\/additionalProperties$/, '') };
      const here = childPath(where, name);
      const label = where.path ? `\`${here.path}\` in ${where.root}` : `\`${name}\` of ${where.root}`;
      const oldDirs = visible(dirs, pa?.p);
      const newDirs = visible(dirs, pb?.p);
      const removed = minus(oldDirs, newDirs);
      if (removed.size) {
        const now = pb ? ` from ${dirText(removed)} (now ${pb.p.readOnly ? 'readOnly' : 'writeOnly'})` : '';
        const why = [removed.has('response') ? 'readers lose it' : '', removed.has('request') ? 'callers that send it no longer compile' : ''].filter(Boolean).join('; ');
        this.change('property-removed', at, 'old', `property ${label} removed${now}: ${why}`, removed);
      }
      const added = minus(newDirs, oldDirs);
      if (added.size) {
        const kind = pb!.p.required ? 'required-property-added' : 'property-added';
        this.change(kind, at, 'new', `${pb!.p.required ? 'required' : 'optional'} property ${label} added`, added);
      }
      const common = both(oldDirs, newDirs);
      if (!common.size || !pa || !pb) continue;
      if (pa.p.required && !pb.p.required) this.change('property-optional', at, 'new', `property ${label} is no longer required`, common);
      if (!pa.p.required && pb.p.required) this.change('property-required', at, 'new', `property ${label} is now required`, common);
      this.compare(pa.p.type, pb.p.type, at, common, here, seen);
      this.compareDocs(pa.p, pb.p, at, `property ${label}`);
    }
    const at: At = { old: a.additionalAt, new: b.additionalAt };
    const label = where.path ? `\`${where.path}\` in ${where.root}` : where.root;
    if (!a.additional && b.additional) this.change('property-added', at, 'new', `${label} now allows other properties`, dirs);
    else if (a.additional && !b.additional) {
      this.change('type-changed', at, 'new', `${label} no longer allows other properties: callers sending them and readers indexing them break`, dirs);
    } else if (a.additional && b.additional) this.compare(a.additional, b.additional, at, dirs, childPath(where, '[key]'), seen);
  }

  /** Description, example, default and deprecation of a named thing. */
  compareDocs(a: { readonly description?: string | undefined; readonly example?: unknown; readonly default?: unknown; readonly deprecated?: boolean | undefined }, b: typeof a, at: At, label: string, schemaAt?: At): void {
    // A parameter's documentation may sit on the parameter or on its schema: point at whichever holds it.
    const where = (key: string): At => {
      const pick = (view: View, p: string, s: string | undefined): string => {
        const own = view.raw(p) as Record<string, unknown> | undefined;
        return s !== undefined && (own === null || typeof own !== 'object' || own[key] === undefined) ? `${s}/${key}` : `${p}/${key}`;
      };
      return { old: pick(this.a, at.old, schemaAt?.old), new: pick(this.b, at.new, schemaAt?.new) };
    };
    const verb = (x: unknown, y: unknown): string => (x === undefined ? 'added' : y === undefined ? 'removed' : 'changed');
    if ((a.description ?? '') !== (b.description ?? '')) {
      this.change('description-changed', where('description'), b.description === undefined ? 'old' : 'new', `description of ${label} ${verb(a.description, b.description)}`);
    }
    if (stable(a.example) !== stable(b.example)) {
      this.change('example-changed', where('example'), b.example === undefined ? 'old' : 'new', `example of ${label} ${verb(a.example, b.example)}`);
    }
    if (stable(a.default) !== stable(b.default)) {
      const text = (v: unknown) => (v === undefined ? 'none' : short(stable(v), 40));
      this.change('default-changed', where('default'), b.default === undefined ? 'old' : 'new', `default of ${label} changed from ${text(a.default)} to ${text(b.default)}`);
    }
    if ((a.deprecated ?? false) !== (b.deprecated ?? false)) {
      this.change('deprecated', where('deprecated'), b.deprecated ? 'new' : 'old', `${label} is ${b.deprecated ? 'now deprecated' : 'no longer deprecated'}`);
    }
  }

  /**
   * A type as the properties it has, when it is an object or all of its
   * parts are: `allOf: [Base, {...}]` and the flat object it amounts to
   * compare property by property.
   */
  private objectView(type: Type, at: string, view: View, depth = 0): ObjectView | undefined {
    if (depth > 16) return undefined;
    if (type.kind === 'ref') {
      const model = view.model(type.model);
      return model && this.objectView(model.type, at, view, depth + 1);
    }
    if (type.kind === 'object') {
      const props = new Map(type.properties.map((p) => [p.name, { p, at: `${at}/properties/${escapeSegment(p.name)}` }]));
      return { props, ...(type.additional ? { additional: type.additional } : {}), additionalAt: `${at}/additionalProperties` };
    }
    if (type.kind !== 'intersection') return undefined;
    const props = new Map<string, { p: Property; at: string }>();
    let additional: { type: Type; at: string } | undefined;
    for (let i = 0; i < type.parts.length; i++) {
      const part = this.objectView(type.parts[i]!, this.partAt(view, at, i), view, depth + 1);
      if (!part) return undefined;
      for (const [name, entry] of part.props) {
        const existing = props.get(name);
        props.set(name, existing ? { p: { ...existing.p, required: existing.p.required || entry.p.required }, at: existing.at } : entry);
      }
      if (!additional && part.additional && part.props.size > 0) additional = { type: part.additional, at: part.additionalAt };
    }
    return { props, ...(additional ? { additional: additional.type } : {}), additionalAt: additional?.at ?? `${at}/additionalProperties` };
  }

  private partAt(view: View, at: string, i: number): string {
    const raw = view.raw(at) as Record<string, unknown> | undefined;
    const allOf = raw?.['allOf'];
    return Array.isArray(allOf) && i < allOf.length ? `${at}/allOf/${i}` : at;
  }

  private variantAt(view: View, at: string, i: number): string {
    const raw = view.raw(at) as Record<string, unknown> | undefined;
    if (Array.isArray(raw?.['oneOf'])) return `${at}/oneOf/${i}`;
    if (Array.isArray(raw?.['anyOf'])) return `${at}/anyOf/${i}`;
    return at;
  }
}
