import type { Type } from '../ir/types.ts';
import { short, stable } from './types.ts';
import type { View } from './view.ts';

/**
 * A type's shape without documentation or validation keywords, references by
 * model key: equal shapes give equal strings. `keyOf` translates the keys
 * (the old side's references in the new side's names, once renames are known).
 */
export function shapeOf(type: Type, view: View, keyOf: (key: string) => string = (key) => key): string {
  const strip = (t: Type): unknown => {
    switch (t.kind) {
      case 'ref':
        return { ref: keyOf(view.key(t.model)) };
      case 'scalar':
        return t.format === undefined
          ? { kind: t.kind, name: t.name }
          : { kind: t.kind, name: t.name, format: t.format };
      case 'array':
        return { array: strip(t.items) };
      case 'object':
        return {
          object: t.properties.map((p) => ({
            name: p.name,
            required: p.required,
            readOnly: p.readOnly,
            writeOnly: p.writeOnly,
            type: strip(p.type),
          })),
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
export function splitNull(type: Type): { base: Type; nullable: boolean } {
  if (type.kind === 'enum' && type.values.includes(null)) {
    return { base: { kind: 'enum', values: type.values.filter((v) => v !== null) }, nullable: true };
  }
  if (type.kind !== 'union') return { base: type, nullable: false };
  const keep = type.variants.map((v, i) => ({ v, i })).filter(({ v }) => !(v.kind === 'scalar' && v.name === 'null'));
  if (keep.length === type.variants.length) return { base: type, nullable: false };
  if (keep.length === 1) return { base: keep[0]!.v, nullable: true };
  const d = type.discriminator;
  const discriminator = d ? { ...d, values: keep.map(({ i }) => d.values[i]) } : undefined;
  return {
    base: { kind: 'union', variants: keep.map(({ v }) => v), ...(discriminator ? { discriminator } : {}) },
    nullable: true,
  };
}
