import type { SurfaceKind } from './kinds.ts';
import type { ModelMatch } from './renames.ts';
import type { ClientProperty, ExportedSymbol, Method, Signature, Surface } from './surface.ts';
import { short, type Side } from './types.ts';
import type { View } from './view.ts';

/** What a surface item does to users: breaks them, adds something, or changes something the spec items judge. */
export type Impact = 'breaking' | 'addition' | 'change';

export interface SurfaceChange {
  readonly kind: SurfaceKind;
  readonly pointer: string;
  readonly side: Side;
  readonly message: string;
  readonly impact: Impact;
  /** Every exported name stays the same: listed with the changes that leave the generated code as it was. */
  readonly sameCode?: boolean;
}

/** Records one surface item. */
export type Add = (kind: SurfaceKind, pointer: string, side: Side, message: string, impact: Impact) => void;

/** One side of the diff, either of which is missing when a spec is new or gone. */
export interface SurfaceSide {
  readonly view?: View | undefined;
  readonly surface?: Surface | undefined;
}

/**
 * How the generated package changes: exported symbols, client properties and
 * method signatures added, removed or changed, and component schemas renamed.
 */
export function diffSurfaces(a: SurfaceSide, b: SurfaceSide, models?: ModelMatch): SurfaceChange[] {
  const out: SurfaceChange[] = [];
  const add: Add = (kind, pointer, side, message, impact) => out.push({ kind, pointer, side, message, impact });
  if (a.view && b.view && models) out.push(...renamedTypes(a.view, b.view, models));
  diffExports(add, a.surface?.exports ?? new Map(), b.surface?.exports ?? new Map());
  const names = { old: a.view?.api.clientName ?? 'client', new: b.view?.api.clientName ?? 'client' };
  diffProperties(add, names, a.surface?.properties ?? new Map(), b.surface?.properties ?? new Map());
  diffMethods(add, a.surface?.methods ?? new Map(), b.surface?.methods ?? new Map());
  return out;
}

/** Renamed component schemas (see `matchModels`): their exported types are renamed, unless the names stay. */
function renamedTypes(a: View, b: View, models: ModelMatch): SurfaceChange[] {
  const out: SurfaceChange[] = [];
  for (const [fromKey, rename] of [...models.renamed].sort(([, x], [, y]) => x.to.localeCompare(y.to))) {
    const m = a.modelsByKey.get(fromKey)!;
    const n = b.modelsByKey.get(rename.to)!;
    const from = a.typeName(m.id);
    const to = b.typeName(n.id);
    const derived = (v: View, id: string): string => `${v.plan.writeNames.get(id)} ${v.plan.itemNames.get(id)}`;
    const pointer = b.canonical(n.pointer);
    const how =
      rename.by === 'shape' ? 'with the same shape' : `(the operations that used \`${m.name}\` use \`${n.name}\` now)`;
    const renamed = `component schema \`${m.name}\` renamed to \`${n.name}\` ${how}`;
    if (from === to && derived(a, m.id) === derived(b, n.id)) {
      const message = `${renamed}: its exported types keep their names (\`${to}\`)`;
      out.push({ kind: 'type-renamed', pointer, side: 'new', message, impact: 'change', sameCode: true });
      continue;
    }
    // The old name may now hold another renamed schema (two swapped names): code using it gets that shape.
    const previous = models.sourceOf(fromKey);
    const effect =
      previous === undefined
        ? `code importing \`${from}\` breaks`
        : `\`${from}\` now names the shape that was \`${a.typeName(a.modelsByKey.get(previous)!.id)}\`, so code using it breaks`;
    const message = `${renamed}: exported type \`${from}\` is now \`${to}\`; ${effect}`;
    out.push({ kind: 'type-renamed', pointer, side: 'new', message, impact: 'breaking' });
  }
  return out;
}

function diffExports(
  add: Add,
  oldExports: ReadonlyMap<string, ExportedSymbol>,
  newExports: ReadonlyMap<string, ExportedSymbol>,
): void {
  for (const [name, s] of oldExports) {
    if (!newExports.has(name))
      add('export-removed', s.pointer, 'old', `${s.what} \`${name}\` removed: imports of it break`, 'breaking');
  }
  for (const [name, s] of newExports) {
    const old = oldExports.get(name);
    if (!old) add('export-added', s.pointer, 'new', `${s.what} \`${name}\` added`, 'addition');
    else if (old.text !== s.text) exportChanged(add, old, s);
  }
}

function exportChanged(add: Add, old: ExportedSymbol, s: ExportedSymbol): void {
  if (!old.members || !s.members) {
    add(
      'export-changed',
      s.pointer,
      'new',
      `type \`${s.name}\` changed from \`${short(old.text, 200)}\` to \`${short(s.text, 200)}\``,
      'change',
    );
    return;
  }
  const [before, after] = [old.members, s.members];
  const removed = [...before.keys()].filter((k) => !after.has(k));
  const gained = [...after.keys()].filter((k) => !before.has(k));
  const changed = [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k));
  const list = (keys: string[], members: ReadonlyMap<string, string>): string =>
    keys.map((k) => `\`${members.get(k)}\``).join(', ');
  const parts = [
    gained.length ? `added ${list(gained, after)}` : '',
    removed.length ? `removed ${list(removed, before)}` : '',
    changed.length ? `changed ${changed.map((k) => `\`${before.get(k)}\` to \`${after.get(k)}\``).join(', ')}` : '',
  ];
  const head = (x: ExportedSymbol): string => short(x.text.split(' {')[0]!, 200);
  const header =
    old.text.split('{')[0] === s.text.split('{')[0] ? '' : `declared as \`${head(s)}\` (was \`${head(old)}\`)`;
  const onlyOptionalAdded = !removed.length && !changed.length && gained.every((k) => /^[^:]*\?:/.test(after.get(k)!));
  const message = `type \`${s.name}\` changed: ${[header, ...parts].filter(Boolean).join('; ')}`;
  add('export-changed', s.pointer, 'new', message, onlyOptionalAdded && !header ? 'addition' : 'change');
}

function diffProperties(
  add: Add,
  client: { old: string; new: string },
  oldProps: ReadonlyMap<string, ClientProperty>,
  newProps: ReadonlyMap<string, ClientProperty>,
): void {
  for (const [name, p] of oldProps) {
    if (newProps.has(name)) continue;
    const message = `client property \`${client.old}.${name}: ${p.type}\` removed: code reaching the group through it breaks`;
    add('client-property-removed', p.pointer, 'old', message, 'breaking');
  }
  for (const [name, p] of newProps) {
    const old = oldProps.get(name);
    if (!old)
      add(
        'client-property-added',
        p.pointer,
        'new',
        `client property \`${client.new}.${name}: ${p.type}\` added`,
        'addition',
      );
    else if (old.type !== p.type) {
      const message = `client property \`${client.new}.${name}\` changed from \`${old.type}\` to \`${p.type}\``;
      add('client-property-changed', p.pointer, 'new', message, 'breaking');
    }
  }
}

function diffMethods(add: Add, oldMethods: ReadonlyMap<string, Method>, newMethods: ReadonlyMap<string, Method>): void {
  for (const [name, m] of oldMethods) {
    if (!newMethods.has(name)) add('method-removed', m.pointer, 'old', `method ${methodText(m)} removed`, 'breaking');
  }
  for (const [name, m] of newMethods) {
    const old = oldMethods.get(name);
    if (!old) {
      add('method-added', m.pointer, 'new', `method ${methodText(m)} added`, 'addition');
      continue;
    }
    if (methodText(old) === methodText(m)) continue;
    const safe =
      old.signatures.length === m.signatures.length && old.signatures.every((s, i) => widens(s, m.signatures[i]!));
    const message = `method \`${name}\` changed from ${methodText(old)} to ${methodText(m)}${safe ? ': it accepts every call it did' : ''}`;
    add('signature-changed', m.pointer, 'new', message, safe ? 'addition' : 'breaking');
  }
}

function signatureText(name: string, s: Signature): string {
  return `${name}${s.typeParameters}(${s.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`).join(', ')}): ${s.returns}`;
}

function methodText(m: Method): string {
  return m.signatures.map((s) => `\`${signatureText(m.name, s)}\``).join(' / ');
}

/** Whether a new signature accepts every call the old one did and returns the same. */
function widens(a: Signature, b: Signature): boolean {
  if (a.returns !== b.returns || a.typeParameters !== b.typeParameters || b.parameters.length < a.parameters.length)
    return false;
  const same = a.parameters.every((p, i) => {
    const q = b.parameters[i]!;
    return p.name === q.name && p.type === q.type && (q.optional || !p.optional);
  });
  return same && b.parameters.slice(a.parameters.length).every((q) => q.optional);
}
