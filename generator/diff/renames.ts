import type { Model, Operation, Type } from '../ir/types.ts';
import { pairOperations } from './operations.ts';
import { paramKey } from './requests.ts';
import { shapeOf } from './shape.ts';
import type { View } from './view.ts';

/** How a rename was found: the same shape under another name, or the same places referring to another name. */
export type RenameEvidence = 'shape' | 'references';

export interface Rename {
  readonly to: string;
  readonly by: RenameEvidence;
}

/**
 * Which model of the new side each model of the old side became: the one
 * under the same key, unless it was renamed or its key now names another,
 * renamed model.
 */
export class ModelMatch {
  private readonly targets: ReadonlySet<string>;
  private readonly sources: ReadonlyMap<string, string>;

  constructor(
    private readonly a: View,
    private readonly b: View,
    /** By old key. */
    readonly renamed: ReadonlyMap<string, Rename>,
  ) {
    this.targets = new Set([...renamed.values()].map((r) => r.to));
    this.sources = new Map([...renamed].map(([from, r]) => [r.to, from]));
  }

  /** The new key of an old model; undefined when it is gone. */
  counterpart(oldKey: string): string | undefined {
    const rename = this.renamed.get(oldKey);
    if (rename) return rename.to;
    return this.targets.has(oldKey) || !this.b.modelsByKey.has(oldKey) ? undefined : oldKey;
  }

  /** An old reference in the new side's names (its own key when the model is gone), for comparing shapes across sides. */
  readonly inNewNames = (oldKey: string): string => this.counterpart(oldKey) ?? oldKey;

  /** Whether an old and a new model are the same one. */
  same(oldKey: string, newKey: string): boolean {
    return this.counterpart(oldKey) === newKey;
  }

  /** The old key a new model was renamed from. */
  sourceOf(newKey: string): string | undefined {
    return this.sources.get(newKey);
  }

  /** The old model each new model was, by new key. */
  pairs(): { readonly old: Model; readonly new: Model; readonly oldKey: string }[] {
    const out: { old: Model; new: Model; oldKey: string }[] = [];
    for (const [key, updated] of [...this.b.modelsByKey].sort(([x], [y]) => x.localeCompare(y))) {
      const oldKey = this.sources.get(key) ?? (this.renamed.has(key) ? undefined : key);
      const old = oldKey === undefined ? undefined : this.a.modelsByKey.get(oldKey);
      if (old && oldKey !== undefined) out.push({ old, new: updated, oldKey });
    }
    return out;
  }
}

/** One round's view of the models not yet explained. */
interface Round {
  readonly a: View;
  readonly b: View;
  readonly renamed: ReadonlyMap<string, Rename>;
  readonly oldShapes: ReadonlyMap<string, string>;
  readonly newShapes: ReadonlyMap<string, string>;
  /** The same key holds the same shape on both sides. */
  settled(key: string): boolean;
  /** New keys free to be a rename's target. */
  readonly open: ReadonlySet<string>;
}

/**
 * Finds renamed models. A model gone from one key and found with the same
 * shape under another was renamed. Names may be reused (generated specs
 * number schemas, and `TagResponse` and `TagResponse1` can swap shapes
 * between versions), so a rename is believed only when every name it
 * involves is accounted for: the old name is gone or now holds another
 * renamed model, and the new name is new or its old model moved on. Where
 * both names are reused and the shape changed too, the operations decide:
 * every place that referred to one refers to the other now. Each round
 * compares the old side's references through the renames found so far, so a
 * model that refers to a renamed one is recognised in the next.
 */
export function matchModels(a: View, b: View): ModelMatch {
  const renamed = new Map<string, Rename>();
  const newShapes = new Map([...b.modelsByKey].map(([key, m]) => [key, shapeOf(m.type, b)]));
  let votes: Map<string, Set<string>> | undefined;
  for (let i = 0; i < a.modelsByKey.size; i++) {
    const round = roundOf(a, b, newShapes, renamed);
    let found = accounted(round, byShape(round), 'shape');
    if (!found.size) found = accounted(round, byReferences(round, (votes ??= referenceVotes(a, b))), 'references');
    if (!found.size) break;
    for (const [from, rename] of found) renamed.set(from, rename);
  }
  return new ModelMatch(a, b, renamed);
}

function roundOf(
  a: View,
  b: View,
  newShapes: ReadonlyMap<string, string>,
  renamed: ReadonlyMap<string, Rename>,
): Round {
  const targets = new Set([...renamed.values()].map((r) => r.to));
  const oldShapes = new Map<string, string>();
  for (const [key, m] of a.modelsByKey) {
    if (!renamed.has(key))
      oldShapes.set(
        key,
        shapeOf(m.type, a, (k) => renamed.get(k)?.to ?? k),
      );
  }
  const settled = (key: string): boolean => !targets.has(key) && newShapes.get(key) === oldShapes.get(key);
  const open = new Set([...newShapes.keys()].filter((key) => !targets.has(key) && !settled(key)));
  return { a, b, renamed, oldShapes, newShapes, settled, open };
}

/** In order, each unsettled old model takes the one open model of its shape, if there is only one. */
function byShape(round: Round): Map<string, string> {
  const proposed = new Map<string, string>();
  const taken = new Set<string>();
  for (const [key, shape] of round.oldShapes) {
    if (round.settled(key)) continue;
    const matches = [...round.open].filter((n) => n !== key && !taken.has(n) && round.newShapes.get(n) === shape);
    if (matches.length !== 1) continue;
    proposed.set(key, matches[0]!);
    taken.add(matches[0]!);
  }
  return proposed;
}

/** Reused names whose shapes changed: renamed when every place referring to one now refers to the other, and only those. */
function byReferences(round: Round, votes: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string> {
  const into = new Map<string, Set<string>>();
  for (const [from, targets] of votes) for (const to of targets) into.set(to, (into.get(to) ?? new Set()).add(from));
  const proposed = new Map<string, string>();
  for (const [from, targets] of votes) {
    const to = [...targets][0]!;
    const reused = round.b.modelsByKey.has(from) && round.a.modelsByKey.has(to);
    if (
      targets.size !== 1 ||
      to === from ||
      !reused ||
      round.renamed.has(from) ||
      round.settled(from) ||
      !round.open.has(to)
    )
      continue;
    if (into.get(to)!.size === 1) proposed.set(from, to);
  }
  return proposed;
}

/** The proposals whose names are all accounted for (see `matchModels`). */
function accounted(round: Round, proposed: Map<string, string>, by: RenameEvidence): Map<string, Rename> {
  const { a, b, renamed } = round;
  for (let dropped = true; dropped;) {
    dropped = false;
    const from = new Set([...renamed.keys(), ...proposed.keys()]);
    const into = new Set([...[...renamed.values()].map((r) => r.to), ...proposed.values()]);
    for (const [o, n] of proposed) {
      if ((!b.modelsByKey.has(o) || into.has(o)) && (!a.modelsByKey.has(n) || from.has(n))) continue;
      proposed.delete(o);
      dropped = true;
    }
  }
  return new Map([...proposed].map(([o, n]) => [o, { to: n, by }]));
}

/** For each old model key, the new keys that the same places of the operations both sides have refer to. */
function referenceVotes(a: View, b: View): Map<string, Set<string>> {
  const votes = new Map<string, Set<string>>();
  const walk = (x: Type, y: Type): void => {
    if (x.kind === 'ref' && y.kind === 'ref') {
      const from = a.key(x.model);
      votes.set(from, (votes.get(from) ?? new Set()).add(b.key(y.model)));
    } else if (x.kind === 'array' && y.kind === 'array') walk(x.items, y.items);
    else if (x.kind === 'object' && y.kind === 'object') {
      for (const p of x.properties) {
        const q = y.properties.find((q) => q.name === p.name);
        if (q) walk(p.type, q.type);
      }
    } else if (x.kind === 'union' && y.kind === 'union' && x.variants.length === y.variants.length) {
      x.variants.forEach((v, i) => walk(v, y.variants[i]!));
    }
  };
  for (const { o, n } of pairOperations(a, b).pairs) for (const [x, y] of placesOf(o, n)) walk(x, y);
  return votes;
}

/** The types at the same places of two versions of an operation: parameters, body, responses and their headers. */
function placesOf(o: Operation, n: Operation): [Type, Type][] {
  const places: [Type, Type][] = [];
  for (const p of o.parameters) {
    const q = n.parameters.find((q) => paramKey(q) === paramKey(p));
    if (q) places.push([p.type, q.type]);
  }
  if (o.body && n.body) places.push([o.body.type, n.body.type]);
  for (const r of o.responses) {
    const s = n.responses.find((s) => s.status === r.status);
    if (!s) continue;
    if (r.type && s.type) places.push([r.type, s.type]);
    for (const h of r.headers) {
      const k = s.headers.find((k) => k.name.toLowerCase() === h.name.toLowerCase());
      if (k) places.push([h.type, k.type]);
    }
  }
  return places;
}
