import type { Operation } from '../ir/types.ts';
import type { SpecKind } from './kinds.ts';
import type { Dir } from './view.ts';

/** Which document a pointer is into: the old one for what was removed, else the new one. */
export type Side = 'old' | 'new';

/** A change found in the spec, before it is classified. */
export interface SpecChange {
  readonly kind: SpecKind;
  /** Canonical pointer into the side named by `side`. */
  readonly pointer: string;
  readonly side: Side;
  readonly message: string;
  /** For schema changes: whether the place is sent, read, or both. */
  readonly dirs?: ReadonlySet<Dir>;
  /**
   * The change is about a place in the document, whichever route reached it
   * (a shared schema compared through two operations): reported once.
   * Otherwise it is about an operation, and each operation gets its item.
   */
  readonly place?: boolean;
  /**
   * Every name and type the generator emits is the same on both sides (a tag
   * renamed only in case, `number` to `integer`): the change breaks nothing
   * and is listed apart.
   */
  readonly sameCode?: boolean;
}

/** A pointer on both sides of the diff. */
export interface At {
  readonly old: string;
  readonly new: string;
}

export function at(old: string, updated: string = old): At {
  return { old, new: updated };
}

/** What is being compared, for messages: `owner.name` in schema `Pet`. */
export interface Where {
  readonly root: string;
  readonly path: string;
}

export function labelOf(where: Where): string {
  return where.path ? `\`${where.path}\` in ${where.root}` : where.root;
}

export function childPath(where: Where, segment: string): Where {
  const path = where.path ? `${where.path}${segment.startsWith('[') ? '' : '.'}${segment}` : segment.replace(/^\./, '');
  return { root: where.root, path };
}

/** `GET /pets (listPets)`: an operation in messages. */
export function title(op: Operation): string {
  return `${op.method} ${op.path} (${op.id})`;
}

/** JSON with sorted keys: equal values print equally. */
export function stable(value: unknown): string {
  const sorted = (_key: string, v: unknown): unknown =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v;
  return JSON.stringify(value, sorted) ?? 'undefined';
}

export function short(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const DIR_WORDS: Record<Dir, string> = { request: 'requests', response: 'responses' };

export function dirText(dirs: ReadonlySet<Dir>): string {
  return [...dirs]
    .sort()
    .map((d) => DIR_WORDS[d])
    .join(' and ');
}
