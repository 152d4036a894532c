import { DIFF_KINDS, type DiffKind } from './kinds.ts';
import { classify, diffSpecs } from './spec.ts';
import { diffSurfaces, surfaceOf, type Impact } from './surface.ts';
import type { SpecChange } from './types.ts';
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

/** Within one spec: by pointer (old and new documents mixed, as places in the spec), kind, message. */
const order = (a: DiffItem, b: DiffItem): number =>
  cmp(a.pointer, b.pointer) || cmp(a.kind, b.kind) || cmp(a.message, b.message) || cmp(a.file, b.file);

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares every pair and classifies what changed; the same input always gives the same report. */
export function buildReport(pairs: readonly Pair[]): DiffReport {
  const breaking: DiffItem[] = [];
  const nonBreaking: DiffItem[] = [];
  const surface: SurfaceItem[] = [];
  // Specs by name, and each spec's items in order: the same input always prints the same.
  for (const pair of [...pairs].sort((x, y) => cmp(x.name, y.name))) {
    const breakingHere: DiffItem[] = [];
    const nonBreakingHere: DiffItem[] = [];
    const surfaceHere: SurfaceItem[] = [];
    const file = (side: 'old' | 'new') => (side === 'old' ? pair.oldLabel : pair.newLabel);
    const changes: SpecChange[] = [];
    if (pair.old && pair.new) changes.push(...diffSpecs(pair.old, pair.new));
    else if (pair.new) {
      const api = pair.new.api;
      changes.push({ kind: 'spec-added', pointer: '', side: 'new', message: `new spec ${pair.name}: client \`${api.clientName}\` (\`cloud-api-clients/${api.entry}\`) with ${api.operations.length} operation${api.operations.length === 1 ? '' : 's'}` });
    } else if (pair.old) {
      const api = pair.old.api;
      changes.push({ kind: 'spec-removed', pointer: '', side: 'old', message: `spec ${pair.name} removed: client \`${api.clientName}\` (\`cloud-api-clients/${api.entry}\`) is gone` });
    }
    const seen = new Map<string, { item: DiffItem; breaking: boolean }>();
    for (const change of changes) {
      const { breaking: breaks, message } = classify(change);
      const item: DiffItem = { kind: change.kind, pointer: change.pointer, message, file: file(change.side) };
      // The same place reached twice (a schema through two routes) is reported once, the breaking way if either is.
      const key = `${item.file}\n${item.kind}\n${item.pointer}${change.place ? '' : `\n${item.message}`}`;
      const prior = seen.get(key);
      if (!prior || (breaks && !prior.breaking) || (breaks === prior.breaking && order(item, prior.item) < 0)) seen.set(key, { item, breaking: breaks });
    }
    for (const { item, breaking: breaks } of seen.values()) (breaks ? breakingHere : nonBreakingHere).push(item);
    const sa = pair.old && surfaceOf(pair.old);
    const sb = pair.new && surfaceOf(pair.new);
    for (const s of diffSurfaces(pair.old, sa, pair.new, sb)) surfaceHere.push({ kind: s.kind, pointer: s.pointer, message: s.message, file: file(s.side), impact: s.impact });
    breaking.push(...breakingHere.sort(order));
    nonBreaking.push(...nonBreakingHere.sort(order));
    surface.push(...surfaceHere.sort(order));
  }
  return { breaking, nonBreaking, surface, semver: semverOf(breaking, nonBreaking, surface) };
}

/** Major if anything breaks, minor if anything is added, patch otherwise. */
function semverOf(breaking: readonly DiffItem[], nonBreaking: readonly DiffItem[], surface: readonly SurfaceItem[]): Semver {
  if (breaking.length || surface.some((s) => s.impact === 'breaking')) return 'major';
  const adds = (kind: DiffKind): boolean => (DIFF_KINDS[kind] as { adds?: boolean }).adds === true;
  if (nonBreaking.some((i) => adds(i.kind)) || surface.some((s) => s.impact === 'addition')) return 'minor';
  return 'patch';
}

export function isBreaking(report: DiffReport): boolean {
  return report.semver === 'major';
}

/** The report as JSON: `{ breaking, nonBreaking, surface, semver }`. */
export function renderJson(report: DiffReport): string {
  return JSON.stringify(report, null, 2);
}

/** The report as Markdown, ready to paste into a review. */
export function renderMarkdown(report: DiffReport, pairs: readonly Pair[]): string {
  const lines: string[] = ['# API diff', ''];
  for (const p of pairs) lines.push(`- \`${p.old ? p.oldLabel : '(none)'}\` → \`${p.new ? p.newLabel : '(none)'}\``);
  const oldLabels = new Set(pairs.map((p) => p.oldLabel));
  const several = pairs.length > 1;
  const bullet = (item: DiffItem, prefix = ''): string => {
    const where = `\`${item.pointer || '/'}\`${oldLabels.has(item.file) && !pairs.some((p) => p.newLabel === item.file) ? ' (old)' : ''}`;
    return `- ${several ? `${item.file.replace(/^.*?:(?=[^:]+$)/, '')} ` : ''}${prefix}\`${item.kind}\` ${where}: ${item.message.replace(/\s*\n\s*/g, ' ')}`;
  };
  const section = (heading: string, items: readonly string[]): void => {
    lines.push('', `## ${heading}`, '');
    if (items.length) lines.push(...items);
    else lines.push('None.');
  };
  section('Breaking', report.breaking.map((i) => bullet(i)));
  section('Non-breaking', report.nonBreaking.map((i) => bullet(i)));
  section('Generated package', report.surface.map((i) => bullet(i, i.impact === 'breaking' ? '**breaking** ' : '')));
  const surfaceBreaking = report.surface.filter((s) => s.impact === 'breaking').length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const nothing = !report.breaking.length && !report.nonBreaking.length && !report.surface.length;
  const why =
    report.semver === 'major'
      ? `${plural(report.breaking.length, 'breaking change')} in the spec, ${plural(surfaceBreaking, 'breaking change')} in the generated package.`
      : report.semver === 'minor'
        ? 'additions only; nothing breaks.'
        : nothing
          ? 'no changes.'
          : 'no additions, nothing breaks (documentation and other compatible changes only).';
  lines.push('', '## Suggested version bump', '', `**${report.semver}**: ${why}`);
  return lines.join('\n');
}
