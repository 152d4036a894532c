import type { Changes } from './changes.ts';
import { short, stable, type At } from './types.ts';
import type { View } from './view.ts';

export interface Documented {
  readonly description?: string | undefined;
  readonly example?: unknown;
  readonly default?: unknown;
  readonly deprecated?: boolean | undefined;
}

/**
 * Description, example, default and deprecation of a named thing. A
 * parameter's documentation may sit on the parameter or on its schema
 * (`schemaAt`): the pointer is to whichever holds it.
 */
export function compareDocs(
  changes: Changes,
  a: Documented,
  b: Documented,
  where: At,
  label: string,
  schemaAt?: At,
): void {
  const keyAt = (key: string): At => {
    const pick = (view: View, own: string, schema: string | undefined): string => {
      const value = view.raw(own) as Record<string, unknown> | undefined;
      const onSchema =
        schema !== undefined && (value === null || typeof value !== 'object' || value[key] === undefined);
      return onSchema ? `${schema}/${key}` : `${own}/${key}`;
    };
    return { old: pick(changes.a, where.old, schemaAt?.old), new: pick(changes.b, where.new, schemaAt?.new) };
  };
  const add = (kind: Parameters<Changes['add']>[0], key: string, removed: boolean, message: string): void =>
    changes.add(kind, keyAt(key), removed ? 'old' : 'new', message, { place: true });
  const verb = (x: unknown, y: unknown): string =>
    x === undefined ? 'added' : y === undefined ? 'removed' : 'changed';
  if ((a.description ?? '') !== (b.description ?? '')) {
    add(
      'description-changed',
      'description',
      b.description === undefined,
      `description of ${label} ${verb(a.description, b.description)}`,
    );
  }
  if (stable(a.example) !== stable(b.example)) {
    add('example-changed', 'example', b.example === undefined, `example of ${label} ${verb(a.example, b.example)}`);
  }
  if (stable(a.default) !== stable(b.default)) {
    const text = (v: unknown): string => (v === undefined ? 'none' : short(stable(v), 40));
    add(
      'default-changed',
      'default',
      b.default === undefined,
      `default of ${label} changed from ${text(a.default)} to ${text(b.default)}`,
    );
  }
  if ((a.deprecated ?? false) !== (b.deprecated ?? false)) {
    add(
      'deprecated',
      'deprecated',
      !b.deprecated,
      `${label} is ${b.deprecated ? 'now deprecated' : 'no longer deprecated'}`,
    );
  }
}
