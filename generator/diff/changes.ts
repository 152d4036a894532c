import type { TypeComparer } from './compare.ts';
import type { SpecKind } from './kinds.ts';
import type { ModelMatch } from './renames.ts';
import type { At, Side, SpecChange } from './types.ts';
import type { Dir, View } from './view.ts';

export interface ChangeOptions {
  /** The directions the changed place is used in, for kinds whose breaking-ness depends on them. */
  readonly dirs?: ReadonlySet<Dir> | undefined;
  /** About a place in a schema, reported once whichever route reached it (see `SpecChange.place`). */
  readonly place?: boolean;
  /** Every generated name and type stays the same. */
  readonly sameCode?: boolean;
}

/** The changes found between two sides, each with its pointer made canonical on the side it is about. */
export class Changes {
  readonly list: SpecChange[] = [];

  constructor(
    readonly a: View,
    readonly b: View,
  ) {}

  add(kind: SpecKind, where: At, side: Side, message: string, options: ChangeOptions = {}): void {
    const pointer = side === 'old' ? this.a.canonical(where.old) : this.b.canonical(where.new);
    this.list.push({
      kind,
      pointer,
      side,
      message,
      ...(options.dirs ? { dirs: options.dirs } : {}),
      ...(options.place ? { place: true } : {}),
      ...(options.sameCode ? { sameCode: true } : {}),
    });
  }
}

/** What every part of a spec comparison works with: both sides, where changes go, and the type comparer. */
export interface Comparison {
  readonly a: View;
  readonly b: View;
  readonly changes: Changes;
  readonly types: TypeComparer;
  /** Which model each old one became. */
  readonly models: ModelMatch;
}
