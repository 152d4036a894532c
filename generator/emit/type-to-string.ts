import type { Literal, Property, Type } from '../ir/types.ts';
import { propertyKey } from '../plan/names.ts';
import type { Plan } from '../plan/plan.ts';
import { docText } from './docs.ts';
import { MODELS, RUNTIME, type Imports } from './imports.ts';

/**
 * Where a type is printed: read (responses) or write (requests) shape, the
 * depth level in scope for depth-aware types (a type expression such as `D`
 * or `Prev<D>`; `0` outside any), and the imports of the module it is printed
 * into, where each model it names is recorded (none for a type printed into a
 * message).
 */
export interface TypeContext {
  readonly plan: Plan;
  readonly direction: 'read' | 'write';
  readonly depth: string;
  readonly imports?: Imports | undefined;
}

/** The depth parameter of a depth-aware declaration: `D extends Depth = 0`, or another default. */
export function depthParameters(
  imports: Imports,
  fallback = '0',
): { name: string; constraint: string; default: string }[] {
  return [{ name: 'D', constraint: imports.type('Depth', RUNTIME), default: fallback }];
}

/** A type another module exports (a model, from types.ts), recorded in the imports of the module it is printed into, if any. */
export function usedType(name: string, imports: Imports | undefined, from: string = MODELS): string {
  return imports ? imports.type(name, from) : name;
}

/** The one place IR types become TypeScript type expressions. */
export function typeToString(type: Type, ctx: TypeContext): string {
  switch (type.kind) {
    case 'ref':
      return refName(type.model, ctx);
    case 'scalar':
      return SCALARS[type.name];
    case 'enum':
      return unique(type.values.map(literal)).join(' | ') || 'never';
    case 'array': {
      // Requests take readonly arrays, so `as const` data and frozen arrays can be sent as they are.
      const items = wrap(type.items, ctx);
      if (ctx.direction === 'read') return `${items}[]`;
      return `readonly ${items.startsWith('readonly ') ? `(${items})` : items}[]`;
    }
    case 'object':
      return showsNothing(type, ctx) ? NO_KEYS : objectLiteral(type.properties, type.additional, ctx);
    case 'union':
      return unionString(type, ctx);
    case 'intersection': {
      // A part with nothing to show in this direction adds nothing to the others.
      const kept = type.parts.filter((p) => !showsNothing(p, ctx));
      if (kept.length === 0 && type.parts.length > 0) return NO_KEYS;
      const parts = unique(kept.map((p) => wrap(p, ctx)).filter((p) => p !== 'unknown'));
      return parts.join(' & ') || 'unknown';
    }
  }
}

const SCALARS = {
  string: 'string',
  number: 'number',
  integer: 'number',
  boolean: 'boolean',
  null: 'null',
  unknown: 'unknown',
  binary: 'Blob',
} as const;

/** An object with no key to show, typed so that it admits none: `{}` would accept any value but null. */
const NO_KEYS = '{ [key: string]: never }';

/**
 * An object type (or a model that is one) with no property shown in this
 * direction and no additional ones: every field readOnly in a request,
 * writeOnly in a response, or none allowed at all.
 */
function showsNothing(type: Type, ctx: TypeContext): boolean {
  const object = type.kind === 'ref' ? ctx.plan.models.get(type.model)?.type : type;
  return object?.kind === 'object' && object.additional === undefined && shown(object.properties, ctx).length === 0;
}

/** The properties a direction shows: responses never carry writeOnly ones, requests never readOnly ones. */
function shown(properties: readonly Property[], ctx: TypeContext): Property[] {
  return properties.filter((p) => !(ctx.direction === 'read' ? p.writeOnly : p.readOnly));
}

/** A model's name in this context, with its depth argument when it has one. */
function refName(id: string, ctx: TypeContext): string {
  const { plan } = ctx;
  const name =
    ctx.direction === 'write'
      ? (plan.writeNames.get(id) ?? plan.readNames.get(id))
      : (plan.itemNames.get(id) ?? plan.readNames.get(id));
  if (name === undefined) return 'unknown';
  const used = usedType(name, ctx.imports);
  // Nested in a response, a resource is an element: a reference where depth has run out.
  const generic = ctx.direction === 'read' && (plan.itemNames.has(id) || plan.depthGeneric.has(id));
  return generic ? withDepth(used, ctx.depth) : used;
}

/** `Name<D>`, or just `Name` at the default depth 0. */
export function withDepth(name: string, depth: string): string {
  return depth === '0' ? name : `${name}<${depth}>`;
}

/** An object type literal; properties filtered and made optional as the direction requires. */
export function objectLiteral(properties: readonly Property[], additional: Type | undefined, ctx: TypeContext): string {
  const members = propertyMembers(properties, ctx);
  if (additional) {
    // An index signature must admit every named property's type; with named ones, only unknown does.
    const value = members.length > 0 ? 'unknown' : typeToString(additional, ctx);
    members.push(`[key: string]: ${value};`);
  }
  return members.length === 0 ? '{}' : `{\n${members.join('\n')}\n}`;
}

export interface Member {
  readonly key: string;
  readonly type: string;
  readonly optional: boolean;
  readonly doc: string | undefined;
}

/** The properties a direction shows, typed, optional where the schema allows. */
export function members(properties: readonly Property[], ctx: TypeContext): Member[] {
  return shown(properties, ctx).map((p) => {
    const optional = !p.required;
    // Requests accept an explicit undefined for an absent field: callers spread partial objects.
    const type = typeToString(p.type, ctx) + (optional && ctx.direction === 'write' ? ' | undefined' : '');
    return { key: propertyKey(p.name), type, optional, doc: docText({ docs: p }) };
  });
}

/** Property signatures as lines of an object type literal. */
function propertyMembers(properties: readonly Property[], ctx: TypeContext): string[] {
  return members(properties, ctx).map(
    (m) => `${m.doc ? jsDoc(m.doc) : ''}${m.key}${m.optional ? '?' : ''}: ${m.type};`,
  );
}

function jsDoc(text: string): string {
  return `/**\n${text
    .split('\n')
    .map((line) => ` * ${line}`.trimEnd())
    .join('\n')}\n */\n`;
}

function unionString(type: Extract<Type, { kind: 'union' }>, ctx: TypeContext): string {
  const variants = type.variants.map((v, i) => {
    const value = type.discriminator?.values[i];
    const printed = wrap(v, ctx);
    return value === undefined
      ? printed
      : `(${printed} & { ${propertyKey(type.discriminator!.property)}: ${JSON.stringify(value)} })`;
  });
  return unique(variants).join(' | ') || 'never';
}

/** Parenthesises compound types where an array suffix or intersection would bind wrongly. */
function wrap(type: Type, ctx: TypeContext): string {
  const printed = typeToString(type, ctx);
  const compound =
    type.kind === 'union' || type.kind === 'intersection' || (type.kind === 'enum' && type.values.length > 1);
  return compound && /[|&]/.test(printed) ? `(${printed})` : printed;
}

/** A JSON value as its literal type: JSON text is a valid TypeScript type for objects (type literals) and arrays (tuples) too. */
function literal(value: Literal): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return 'number';
  return JSON.stringify(value);
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
