import { typeToString } from '../emit/type-to-string.ts';
import type { Literal, Type } from '../ir/types.ts';
import type { Changes, ChangeOptions } from './changes.ts';
import type { SpecKind } from './kinds.ts';
import { compareObjects, objectView, partAt, variantAt } from './objects.ts';
import type { ModelMatch } from './renames.ts';
import { describe, shapeOf, splitNull } from './shape.ts';
import { childPath, dirText, labelOf, type At, type Side, type Where } from './types.ts';
import {
  constraintChanges,
  formatChange,
  sideOf,
  validationText,
  type Effect,
  type ValidationChange,
} from './validation.ts';
import type { Dir, View } from './view.ts';

type Union = Extract<Type, { kind: 'union' }>;
type Scalar = Extract<Type, { kind: 'scalar' }>;

const VALIDATION_KINDS: Record<Effect, SpecKind> = {
  narrowed: 'constraint-narrowed',
  widened: 'constraint-widened',
  changed: 'constraint-changed',
};

/** Why a validation rule replaced by one neither narrower nor wider breaks, whichever the direction. */
const REPLACED =
  'neither accepts all the other does, so calls may be refused and readers may get values it did not allow before, at run time; the compiler does not see it';

/**
 * Compares IR types of the two sides, resolving references: a schema moved
 * into `components` (or out of it) is the same schema. References to the same
 * model on both sides (renamed or not) are not followed: `diffSpecs` compares
 * each model once, so a change is reported where it is written.
 */
export class TypeComparer {
  private readonly a: View;
  private readonly b: View;

  constructor(
    readonly changes: Changes,
    private readonly models: ModelMatch,
  ) {
    this.a = changes.a;
    this.b = changes.b;
  }

  /** `shown`: the types as written (references unresolved), for messages. */
  compare(
    a: Type,
    b: Type,
    at: At,
    dirs: ReadonlySet<Dir>,
    where: Where,
    seen: ReadonlySet<string> = new Set(),
    shown = { a, b },
  ): void {
    if (dirs.size === 0) return;
    if (a.kind === 'ref' || b.kind === 'ref') return this.compareRefs(a, b, at, dirs, where, seen, shown);
    const na = splitNull(a);
    const nb = splitNull(b);
    if (na.nullable !== nb.nullable) {
      const text = nb.nullable ? 'may now be null' : 'may no longer be null';
      this.change(nb.nullable ? 'nullable-added' : 'nullable-removed', at, 'new', `${labelOf(where)} ${text}`, {
        dirs,
      });
    }
    if (na.nullable || nb.nullable) {
      return this.compare(na.base, nb.base, at, dirs, where, seen, {
        a: splitNull(shown.a).base,
        b: splitNull(shown.b).base,
      });
    }
    if (
      a.kind !== b.kind ||
      (a.kind === 'intersection' && b.kind === 'intersection' && a.parts.length !== b.parts.length)
    ) {
      const va = objectView(a, at.old, this.a);
      const vb = objectView(b, at.new, this.b);
      if (va && vb) compareObjects(this, va, vb, dirs, where, seen);
      else this.typeChanged(a, b, at, dirs, where, shown);
      return;
    }
    switch (a.kind) {
      case 'scalar':
        return this.compareScalars(a, b as Scalar, at, dirs, where, shown);
      case 'enum':
        return this.compareEnums(a.values, (b as typeof a).values, at, dirs, where);
      case 'array': {
        const items = (b as typeof a).items;
        this.compareValidation(constraintChanges(a.constraints, (b as typeof a).constraints), at, dirs, where);
        return this.compare(
          a.items,
          items,
          { old: `${at.old}/items`, new: `${at.new}/items` },
          dirs,
          childPath(where, '[]'),
          seen,
        );
      }
      case 'object':
        return compareObjects(this, objectView(a, at.old, this.a)!, objectView(b, at.new, this.b)!, dirs, where, seen);
      case 'union':
        return this.compareUnions(a, b as Union, at, dirs, where, seen);
      case 'intersection': {
        const parts = (b as typeof a).parts;
        a.parts.forEach((part, i) => {
          const here = { old: partAt(this.a, at.old, i), new: partAt(this.b, at.new, i) };
          this.compare(part, parts[i]!, here, dirs, where, seen);
        });
        return;
      }
    }
  }

  /** Records a change about a place in a schema. */
  change(kind: SpecKind, at: At, side: Side, message: string, options: ChangeOptions = {}): void {
    this.changes.add(kind, at, side, message, { place: true, ...options });
  }

  private compareRefs(
    a: Type,
    b: Type,
    at: At,
    dirs: ReadonlySet<Dir>,
    where: Where,
    seen: ReadonlySet<string>,
    shown: { a: Type; b: Type },
  ): void {
    const ka = a.kind === 'ref' ? this.a.key(a.model) : undefined;
    const kb = b.kind === 'ref' ? this.b.key(b.model) : undefined;
    if (ka !== undefined && kb !== undefined && this.models.same(ka, kb)) return;
    const pair = `${ka ?? `~${at.old}`}|${kb ?? `~${at.new}`}`;
    if (seen.has(pair)) return;
    const da = a.kind === 'ref' ? this.a.model(a.model)?.type : a;
    const db = b.kind === 'ref' ? this.b.model(b.model)?.type : b;
    if (da && db) this.compare(da, db, at, dirs, where, new Set(seen).add(pair), shown);
  }

  private compareScalars(
    a: Scalar,
    b: Scalar,
    at: At,
    dirs: ReadonlySet<Dir>,
    where: Where,
    shown: { a: Type; b: Type },
  ): void {
    // `number` to `integer` prints `number` either way: its formats and bounds still compare.
    if (a.name !== b.name && !this.typeChanged(a, b, at, dirs, where, shown)) return;
    if (a.format !== b.format) {
      const accepted = formatChange(a, b);
      if (accepted) this.compareValidation([accepted], at, dirs, where);
      else {
        const side = b.format === undefined ? 'old' : 'new';
        const text = `format of ${labelOf(where)} changed from ${a.format ?? 'none'} to ${b.format ?? 'none'}`;
        const reason = `the generated type is \`${this.printed(b, 'response', this.b)}\` either way; only its \`@format\` doc tag changes`;
        const pointer = { old: `${at.old}/format`, new: `${at.new}/format` };
        this.change('format-changed', pointer, side, `${text}: ${reason}`, { dirs, sameCode: true });
      }
    }
    this.compareValidation(constraintChanges(a.constraints, b.constraints), at, dirs, where);
  }

  /** Records a type change; true when the generated TypeScript is the same on both sides. */
  private typeChanged(
    a: Type,
    b: Type,
    at: At,
    dirs: ReadonlySet<Dir>,
    where: Where,
    shown: { a: Type; b: Type },
  ): boolean {
    const text = `${labelOf(where)} changed from ${describe(shown.a, this.a)} to ${describe(shown.b, this.b)}`;
    const same = [...dirs].every(
      (d) =>
        this.printed(a, d) === this.printed(b, d, this.b) &&
        this.printed(shown.a, d) === this.printed(shown.b, d, this.b),
    );
    if (!same) {
      this.change('type-changed', at, 'new', text, { dirs });
      return false;
    }
    const printed = this.printed(shown.b, [...dirs][0]!, this.b);
    const reason = printed.length <= 40 && !printed.includes('\n') ? `\`${printed}\`` : 'the same';
    this.change('type-changed', at, 'new', `${text}: the generated type is ${reason} either way`, {
      dirs,
      sameCode: true,
    });
    return true;
  }

  /** A type as the generator prints it where the place is used. */
  private printed(type: Type, dir: Dir, view: View = this.a): string {
    return typeToString(type, { plan: view.plan, direction: dir === 'request' ? 'write' : 'read', depth: '0' });
  }

  private compareValidation(list: readonly ValidationChange[], at: At, dirs: ReadonlySet<Dir>, where: Where): void {
    for (const v of list) {
      const text = validationText(v, labelOf(where));
      // Narrowed and widened are judged by direction when classified; a replaced rule breaks both ways.
      const message = v.effect === 'changed' ? `${text} (in ${dirText(dirs)}): ${REPLACED}` : text;
      const pointer = { old: `${at.old}/${v.keyword}`, new: `${at.new}/${v.keyword}` };
      this.change(VALIDATION_KINDS[v.effect], pointer, sideOf(v), message, { dirs });
    }
  }

  private compareEnums(
    a: readonly Literal[],
    b: readonly Literal[],
    at: At,
    dirs: ReadonlySet<Dir>,
    where: Where,
  ): void {
    const ka = a.map((v) => JSON.stringify(v));
    const kb = b.map((v) => JSON.stringify(v));
    ka.forEach((k, i) => {
      if (kb.includes(k)) return;
      this.change(
        'enum-value-removed',
        { old: `${at.old}/enum/${i}`, new: at.new },
        'old',
        `enum value ${k} removed from ${labelOf(where)}`,
        { dirs },
      );
    });
    kb.forEach((k, i) => {
      if (ka.includes(k)) return;
      this.change(
        'enum-value-added',
        { old: at.old, new: `${at.new}/enum/${i}` },
        'new',
        `enum value ${k} added to ${labelOf(where)}`,
        { dirs },
      );
    });
  }

  private compareUnions(
    a: Union,
    b: Union,
    at: At,
    dirs: ReadonlySet<Dir>,
    where: Where,
    seen: ReadonlySet<string>,
  ): void {
    if (a.discriminator?.property !== b.discriminator?.property) {
      const name = (u: Union): string => (u.discriminator ? `\`${u.discriminator.property}\`` : 'none');
      this.change(
        'type-changed',
        at,
        'new',
        `discriminator of ${labelOf(where)} changed from ${name(a)} to ${name(b)}`,
        { dirs },
      );
    }
    // In the new side's names, so a variant whose schema was renamed still pairs up.
    const left = a.variants.map((v, i) => ({ v, i, shape: shapeOf(v, this.a, this.models.inNewNames) }));
    const right = b.variants.map((v, i) => ({ v, i, shape: shapeOf(v, this.b) }));
    const pair = (l: (typeof left)[number], r: (typeof right)[number]): void => {
      const here = { old: variantAt(this.a, at.old, l.i), new: variantAt(this.b, at.new, r.i) };
      this.compare(l.v, r.v, here, dirs, childPath(where, `(variant ${r.i + 1})`), seen);
    };
    // Variants of equal shape pair up wherever they are; the rest pair by position if their numbers match.
    const restA: typeof left = [];
    const restB = [...right];
    for (const l of left) {
      const j = restB.findIndex((r) => r.shape === l.shape);
      if (j === -1) restA.push(l);
      else pair(l, restB.splice(j, 1)[0]!);
    }
    if (restA.length === restB.length) return restA.forEach((l, k) => pair(l, restB[k]!));
    for (const l of restA) {
      const message = `variant ${l.i + 1} (${describe(l.v, this.a)}) removed from ${labelOf(where)}`;
      this.change('variant-removed', { old: variantAt(this.a, at.old, l.i), new: at.new }, 'old', message, { dirs });
    }
    for (const r of restB) {
      const message = `variant ${r.i + 1} (${describe(r.v, this.b)}) added to ${labelOf(where)}`;
      this.change('variant-added', { old: at.old, new: variantAt(this.b, at.new, r.i) }, 'new', message, { dirs });
    }
  }
}
