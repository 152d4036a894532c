import type { Constraints, Type } from '../ir/types.ts';
import { short, type Side } from './types.ts';

/** What a validation change does to the values accepted. */
export type Effect = 'narrowed' | 'widened' | 'changed';

/** One validation keyword changed: `maxLength` from 255 to 30. */
export interface ValidationChange {
  readonly effect: Effect;
  /** The keyword the pointer ends in. */
  readonly keyword: string;
  /** `` `maxLength` `` or `lower bound`, for messages. */
  readonly what: string;
  /** Its values as text, undefined where it is absent (`>= 0`, `30`). */
  readonly from: string | undefined;
  readonly to: string | undefined;
}

/** The side a change points into: the old document for a keyword removed. */
export function sideOf(change: ValidationChange): Side {
  return change.to === undefined ? 'old' : 'new';
}

/** `maxLength` 30 added to `name` in schema `Pet`; `pattern` of ... changed from A to B. */
export function validationText(change: ValidationChange, label: string): string {
  const { what, from, to } = change;
  const value = (v: string): string => (v ? ` ${v}` : '');
  if (from === undefined) return `${what}${value(to!)} added to ${label}`;
  if (to === undefined) return `${what}${value(from)} removed from ${label}`;
  return `${what} of ${label} changed from ${from} to ${to}`;
}

type Scalar = Extract<Type, { kind: 'scalar' }>;

/**
 * String formats whose values a validator checks (JSON Schema Validation,
 * section 7.3, and OpenAPI's `byte`). Others (`password`, `int64`, a
 * vendor's own) describe the value and accept anything of its type.
 */
const CHECKED_FORMATS = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uri-template',
  'uuid',
  'json-pointer',
  'relative-json-pointer',
  'regex',
  'byte',
]);

/** Formats that accept every value of another and more. */
const WIDER_FORMATS: Record<string, readonly string[]> = {
  uri: ['uri-reference', 'iri', 'iri-reference'],
  'uri-reference': ['iri-reference'],
  iri: ['iri-reference'],
  email: ['idn-email'],
  hostname: ['idn-hostname'],
};

/** Every keyword of the two that accepts other values now. */
export function constraintChanges(a: Constraints = {}, b: Constraints = {}): ValidationChange[] {
  return [
    ...count('minLength', 'min', a.minLength, b.minLength),
    ...count('maxLength', 'max', a.maxLength, b.maxLength),
    ...patternChange(a.pattern, b.pattern),
    ...boundChange('lower', a, b),
    ...boundChange('upper', a, b),
    ...multipleChange(a.multipleOf, b.multipleOf),
    ...count('minItems', 'min', a.minItems, b.minItems),
    ...count('maxItems', 'max', a.maxItems, b.maxItems),
    ...uniqueChange(a.uniqueItems ?? false, b.uniqueItems ?? false),
  ];
}

/**
 * A change of `format` that changes which strings are accepted, or undefined
 * when the format only documents the value (the generated type and what is
 * accepted are the same; only the `@format` doc tag changes).
 */
export function formatChange(a: Scalar, b: Scalar): ValidationChange | undefined {
  const checked = (s: Scalar): string | undefined =>
    s.name === 'string' && s.format !== undefined && CHECKED_FORMATS.has(s.format) ? s.format : undefined;
  const [x, y] = [checked(a), checked(b)];
  if (x === y) return undefined;
  const effect = effectOf(x, y, () =>
    WIDER_FORMATS[x!]?.includes(y!) ? 'widened' : WIDER_FORMATS[y!]?.includes(x!) ? 'narrowed' : 'changed',
  );
  return { effect, keyword: 'format', what: '`format`', from: x, to: y };
}

/** Added narrows, removed widens; a value changed narrows, widens or replaces as `changed` says. */
function effectOf(x: unknown, y: unknown, changed: () => Effect): Effect {
  if (x === undefined) return 'narrowed';
  if (y === undefined) return 'widened';
  return changed();
}

/** A lower limit raised or an upper one lowered narrows; a limit of 0 on a minimum limits nothing. */
function count(keyword: string, end: 'min' | 'max', x: number | undefined, y: number | undefined): ValidationChange[] {
  const [p, q] = end === 'min' ? [x || undefined, y || undefined] : [x, y];
  if (p === q) return [];
  const effect = effectOf(p, q, () => ((end === 'min' ? q! > p! : q! < p!) ? 'narrowed' : 'widened'));
  return [{ effect, keyword, what: `\`${keyword}\``, from: p?.toString(), to: q?.toString() }];
}

function patternChange(x: string | undefined, y: string | undefined): ValidationChange[] {
  if (x === y) return [];
  const text = (p: string | undefined): string | undefined => (p === undefined ? undefined : `\`${short(p, 60)}\``);
  return [
    { effect: effectOf(x, y, () => 'changed'), keyword: 'pattern', what: '`pattern`', from: text(x), to: text(y) },
  ];
}

interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
  readonly keyword: string;
}

/** The bound in effect: the tighter of the inclusive and the exclusive keyword. */
function boundOf(end: 'lower' | 'upper', c: Constraints): Bound | undefined {
  const [inclusive, exclusive] =
    end === 'lower' ? (['minimum', 'exclusiveMinimum'] as const) : (['maximum', 'exclusiveMaximum'] as const);
  const i = c[inclusive];
  const e = c[exclusive];
  if (e !== undefined && (i === undefined || (end === 'lower' ? e >= i : e <= i)))
    return { value: e, exclusive: true, keyword: exclusive };
  return i === undefined ? undefined : { value: i, exclusive: false, keyword: inclusive };
}

function boundChange(end: 'lower' | 'upper', a: Constraints, b: Constraints): ValidationChange[] {
  const p = boundOf(end, a);
  const q = boundOf(end, b);
  if (p?.value === q?.value && p?.exclusive === q?.exclusive) return [];
  const text = (x: Bound | undefined): string | undefined =>
    x && `${end === 'lower' ? '>' : '<'}${x.exclusive ? '' : '='} ${x.value}`;
  const effect = effectOf(p, q, () => {
    const beyond = end === 'lower' ? q!.value > p!.value : q!.value < p!.value;
    return beyond || (q!.value === p!.value && q!.exclusive) ? 'narrowed' : 'widened';
  });
  return [{ effect, keyword: (q ?? p)!.keyword, what: `${end} bound`, from: text(p), to: text(q) }];
}

/** Multiples of 4 are multiples of 2: a step that is a multiple of the old one narrows. */
function multipleChange(x: number | undefined, y: number | undefined): ValidationChange[] {
  if (x === y) return [];
  const divides = (n: number, d: number): boolean => Math.abs(n / d - Math.round(n / d)) < 1e-9;
  const effect = effectOf(x, y, () => (divides(y!, x!) ? 'narrowed' : divides(x!, y!) ? 'widened' : 'changed'));
  return [{ effect, keyword: 'multipleOf', what: '`multipleOf`', from: x?.toString(), to: y?.toString() }];
}

function uniqueChange(x: boolean, y: boolean): ValidationChange[] {
  if (x === y) return [];
  return [
    {
      effect: y ? 'narrowed' : 'widened',
      keyword: 'uniqueItems',
      what: '`uniqueItems`',
      from: x ? '' : undefined,
      to: y ? '' : undefined,
    },
  ];
}
