import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { formatDiagnostic } from '../../generator/diagnostics/diagnostic.ts';
import { loadSpec } from '../../generator/diff/load.ts';
import { buildReport, type DiffReport, type Pair } from '../../generator/diff/report.ts';

export const fixtures = join(import.meta.dirname, 'fixtures');

/** The shop spec every rule starts from, as YAML text. */
export const shop = readFileSync(join(fixtures, 'shop.yaml'), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

/** The shop spec with one change made to its parsed document. */
export function changed(mutate: (doc: Doc) => void, text: string = shop): string {
  const doc = parse(text) as Doc;
  mutate(doc);
  return stringify(doc);
}

/** Both sides through load, validate, build and plan, in memory; the pair the report compares. */
export function pairOf(oldText: string, newText: string): Pair {
  const files: Record<string, string> = { 'old/shop.yaml': oldText, 'new/shop.yaml': newText };
  const read = (p: string): string => {
    if (Object.hasOwn(files, p)) return files[p]!;
    throw Object.assign(new Error(`no ${p}`), { code: 'ENOENT' });
  };
  const a = loadSpec('old/shop.yaml', read);
  const b = loadSpec('new/shop.yaml', read);
  if (!a.view || !b.view) throw new Error([...a.diagnostics, ...b.diagnostics].map(formatDiagnostic).join('\n'));
  return { name: 'shop.yaml', old: a.view, new: b.view, oldLabel: 'old/shop.yaml', newLabel: 'new/shop.yaml' };
}

export function diffTexts(oldText: string, newText: string): DiffReport {
  return buildReport([pairOf(oldText, newText)]);
}

/** The spec items of a report as `section kind pointer`, for compact expectations. */
export function specItems(report: DiffReport): string[] {
  return [
    ...report.breaking.map((i) => `breaking ${i.kind} ${i.pointer}`),
    ...report.nonBreaking.map((i) => `non-breaking ${i.kind} ${i.pointer}`),
    ...report.noCodeChange.map((i) => `no-code-change ${i.kind} ${i.pointer}`),
  ];
}

/** A report with nothing in it. */
export const EMPTY: DiffReport = { breaking: [], nonBreaking: [], noCodeChange: [], surface: [], semver: 'patch' };

export function surfaceItems(report: DiffReport): string[] {
  return report.surface.map((i) => `${i.impact} ${i.kind} ${i.pointer}`);
}
