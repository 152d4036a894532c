import { DIFF_KINDS, type DiffKind } from './kinds.ts';
import { matchModels } from './renames.ts';
import { classify, diffSpecs, type Outcome } from './spec.ts';
import { diffSurfaces, type Impact, type SurfaceChange } from './surface-diff.ts';
import { diffRuntime } from './runtime-diff.ts';
import { runtimeSurface } from './runtime-surface.ts';
import { surfaceOf } from './surface.ts';
import type { Side, SpecChange } from './types.ts';
import type { View } from './view.ts';

export interface DiffItem {
  readonly kind: DiffKind;
  /** JSON pointer into `file`: the new document, or the old one for what was removed. */
  readonly pointer: string;
  readonly message: string;
  /** The document the pointer is into. */
  readonly file: string;
}

export interface SurfaceItem extends DiffItem {
  readonly impact: Impact;
}

export type Semver = 'major' | 'minor' | 'patch';

export interface DiffReport {
  readonly breaking: DiffItem[];
  readonly nonBreaking: DiffItem[];
  /** Changes to names or types in the spec that leave every generated name and type the same. */
  readonly noCodeChange: DiffItem[];
  readonly surface: SurfaceItem[];
  readonly semver: Semver;
}

/** Two versions of one spec; a side is missing when the spec is new or gone. */
export interface Pair {
  /** The spec's name in reports. */
  readonly name: string;
  readonly old?: View;
  readonly new?: View;
  readonly oldLabel: string;
  readonly newLabel: string;
}

/**
 * The runtime every package carries, on both sides (with `--base`): the one
 * in the package folder at the base, and the one this generator writes.
 */
export interface RuntimePair {
  /** Sources by file name. */
  readonly old: ReadonlyMap<string, string>;
  readonly new: ReadonlyMap<string, string>;
  /** Its `index.ts` in reports: `REF:generated/src/runtime/index.ts`, `generated/src/runtime/index.ts`. */
  readonly oldLabel: string;
  readonly newLabel: string;
}

/** Within one spec: by pointer (old and new documents mixed, as places in the spec), kind, message. */
const order = (a: DiffItem, b: DiffItem): number =>
  cmp(a.pointer, b.pointer) || cmp(a.kind, b.kind) || cmp(a.message, b.message) || cmp(a.file, b.file);

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** When one place is reached twice with different outcomes, the report keeps the weightier. */
const WEIGHT: Record<Outcome, number> = { breaking: 2, nonBreaking: 1, noCodeChange: 0 };

/** Compares every pair, and the runtime if given, and classifies what changed; the same input always gives the same report. */
export function buildReport(pairs: readonly Pair[], runtime?: RuntimePair): DiffReport {
  const report: DiffReport = { breaking: [], nonBreaking: [], noCodeChange: [], surface: [], semver: 'patch' };
  // Specs by name, and each spec's items in order: the same input always prints the same.
  for (const pair of [...pairs].sort((x, y) => cmp(x.name, y.name))) {
    const file = (side: Side): string => (side === 'old' ? pair.oldLabel : pair.newLabel);
    const models = pair.old && pair.new ? matchModels(pair.old, pair.new) : undefined;
    const changes = pair.old && pair.new && models ? diffSpecs(pair.old, pair.new, models) : specPresence(pair);
    const sides = {
      old: { view: pair.old, surface: pair.old && surfaceOf(pair.old) },
      new: { view: pair.new, surface: pair.new && surfaceOf(pair.new) },
    };
    const listed = specItems(changes, file);
    const surface: SurfaceItem[] = [];
    for (const s of diffSurfaces(sides.old, sides.new, models)) {
      if (s.sameCode) listed.noCodeChange.push(itemOf(s, file));
      else surface.push({ ...itemOf(s, file), impact: s.impact });
    }
    for (const outcome of ['breaking', 'nonBreaking', 'noCodeChange'] as const)
      report[outcome].push(...listed[outcome].sort(order));
    report.surface.push(...surface.sort(order));
  }
  // After every spec's items: the runtime is the package's, not one spec's.
  if (runtime) report.surface.push(...runtimeItems(runtime).sort(order));
  return { ...report, semver: semverOf(report) };
}

function runtimeItems(runtime: RuntimePair): SurfaceItem[] {
  const same =
    runtime.old.size === runtime.new.size && [...runtime.old].every(([name, text]) => runtime.new.get(name) === text);
  if (same) return [];
  const file = (side: Side): string => (side === 'old' ? runtime.oldLabel : runtime.newLabel);
  return diffRuntime(runtimeSurface(runtime.old), runtimeSurface(runtime.new)).map((s) => ({
    ...itemOf(s, file),
    impact: s.impact,
  }));
}

/** A spec only on one side: added or removed as a whole. */
function specPresence(pair: Pair): SpecChange[] {
  if (pair.new) {
    const { api } = pair.new;
    const count = `${api.operations.length} operation${api.operations.length === 1 ? '' : 's'}`;
    const message = `new spec ${pair.name}: client \`${api.clientName}\` (\`cloud-api-clients/${api.entry}\`) with ${count}`;
    return [{ kind: 'spec-added', pointer: '', side: 'new', message }];
  }
  if (!pair.old) return [];
  const { api } = pair.old;
  const message = `spec ${pair.name} removed: client \`${api.clientName}\` (\`cloud-api-clients/${api.entry}\`) is gone`;
  return [{ kind: 'spec-removed', pointer: '', side: 'old', message }];
}

/** The changes of one spec classified, each place once. */
function specItems(changes: readonly SpecChange[], file: (side: Side) => string): Record<Outcome, DiffItem[]> {
  const seen = new Map<string, { item: DiffItem; outcome: Outcome }>();
  for (const change of changes) {
    const { outcome, message } = classify(change);
    const item: DiffItem = { kind: change.kind, pointer: change.pointer, message, file: file(change.side) };
    // The same place reached twice (a schema through two routes) is reported once, the breaking way if either is.
    const key = `${item.file}\n${item.kind}\n${item.pointer}${change.place ? '' : `\n${item.message}`}`;
    const prior = seen.get(key);
    const weight = WEIGHT[outcome] - (prior ? WEIGHT[prior.outcome] : -1);
    if (weight > 0 || (weight === 0 && order(item, prior!.item) < 0)) seen.set(key, { item, outcome });
  }
  const out: Record<Outcome, DiffItem[]> = { breaking: [], nonBreaking: [], noCodeChange: [] };
  for (const { item, outcome } of seen.values()) out[outcome].push(item);
  return out;
}

function itemOf(s: SurfaceChange, file: (side: Side) => string): DiffItem {
  return { kind: s.kind, pointer: s.pointer, message: s.message, file: file(s.side) };
}

/** Major if anything breaks, minor if anything is added, patch otherwise. */
function semverOf(report: DiffReport): Semver {
  if (report.breaking.length || report.surface.some((s) => s.impact === 'breaking')) return 'major';
  const adds = (kind: DiffKind): boolean => (DIFF_KINDS[kind] as { adds?: boolean }).adds === true;
  if (report.nonBreaking.some((i) => adds(i.kind)) || report.surface.some((s) => s.impact === 'addition'))
    return 'minor';
  return 'patch';
}

export function isBreaking(report: DiffReport): boolean {
  return report.semver === 'major';
}

/** The report as JSON: `{ breaking, nonBreaking, noCodeChange, surface, semver }`. */
export function renderJson(report: DiffReport): string {
  return JSON.stringify(report, null, 2);
}
