import type { Lines } from './lines.ts';

/** A line indented wrongly, found from the indentation of the lines around it. */
export interface Misindented {
  /** The line whose indentation is wrong. */
  readonly line: number;
  readonly message: string;
  /** Deeper than an entry that has its value; between two levels; or the first entry of a level, off by some spaces. */
  readonly kind: 'deeper' | 'between' | 'first';
  /** The line of the entry the mistake is in, and whether the mistake is in that entry's parent instead. */
  readonly within: { readonly line: number; readonly parent: boolean };
  readonly related?: { readonly line: number; readonly message: string };
}

interface Level {
  readonly level: number;
  readonly line: number;
}

/**
 * Which line's indentation is wrong, when the parser stopped at `line`. The
 * parser blames the first line it cannot place, but the mistake may be the
 * line that set the level it compares with: a first entry indented one
 * space off makes its correctly indented siblings look wrong. When one of
 * the two steps from the parent is the file's usual one (2 spaces, say) and
 * the other is not, the other is the mistake.
 */
export function misindented(lines: Lines, line: number, skip: (line: number) => boolean): Misindented | undefined {
  const indent = lines.indentation(line).length;
  const levels = levelsAbove(lines, line, skip);
  const i = levels.findIndex((l) => l.level <= indent);
  const step = stepRule(lines, skip);
  const setter = (child: Level | undefined, parent: Level | undefined): Misindented | undefined => {
    if (!child || !firstChildOf(lines, skip, parent, child)) return undefined;
    const parentLevel = parent?.level ?? -step.unit;
    if (!step.fits(line, indent - parentLevel) || step.fits(child.line, child.level - parentLevel)) return undefined;
    return {
      line: child.line,
      message: `${label(lines, child.line)} is indented ${spaces(child.level)}; the entries after it, like ${label(lines, line)} on line ${line + 1}, are at ${indent}`,
      kind: 'first',
      within: { line: child.line, parent: false },
      related: { line, message: 'the next entry of the same level' },
    };
  };
  if (i === -1) return setter(levels.at(-1), undefined);
  const at = levels[i]!;
  if (at.level === indent) return setter(levels[i - 1], at);
  if (i === 0) {
    // Deeper than the entry above: wrong only if that entry already has its value.
    if (!hasValue(lines.textOf(at.line))) return undefined;
    return (
      setter(at, levels[1]) ?? {
        line,
        message: `${label(lines, line)} is indented more than ${label(lines, at.line)} above it, but ${label(lines, at.line)} already has a value`,
        kind: 'deeper',
        within: { line: at.line, parent: false },
      }
    );
  }
  const deeper = levels[i - 1]!;
  return (
    setter(deeper, at) ??
    setter(at, levels[i + 1]) ?? {
      line,
      message:
        `${label(lines, line)} is indented ${spaces(indent)}, which lines it up with nothing above it: ` +
        `${label(lines, deeper.line)} (line ${deeper.line + 1}) is indented ${deeper.level}, ${label(lines, at.line)} (line ${at.line + 1}) ${at.level}`,
      kind: 'between',
      within: { line: deeper.line, parent: true },
    }
  );
}

/** Walking up from a line, the levels it could belong to: each nearer one deeper than those above it. */
function levelsAbove(lines: Lines, line: number, skip: (line: number) => boolean): Level[] {
  const levels: Level[] = [];
  // A mapping entry cannot line up with the `-` of a sequence item, only with what follows it.
  const item = isItem(lines.textOf(line));
  for (let l = line - 1; l >= 0 && (levels.at(-1)?.level ?? 1) > 0; l--) {
    if (lines.isEmpty(l) || skip(l)) continue;
    const text = lines.textOf(l);
    const own = levelsOf(text);
    for (const level of (item || !isItem(text) ? own : own.slice(1)).reverse()) {
      if (level < (levels.at(-1)?.level ?? Infinity)) levels.push({ level, line: l });
    }
  }
  return levels;
}

/** Column of a line's entry, and of each entry nested in it after `- `. */
function levelsOf(text: string): number[] {
  const [, indent, dashes] = /^( *)((?:- +)*)/.exec(text)!;
  const levels = [indent!.length];
  for (const dash of dashes!.match(/- +/g) ?? []) levels.push(levels.at(-1)! + dash.length);
  return levels;
}

/** The child is the first entry under the parent (or in the file, without one): the line that set its level. */
function firstChildOf(lines: Lines, skip: (line: number) => boolean, parent: Level | undefined, child: Level): boolean {
  for (let l = child.line - 1; l > (parent?.line ?? -1); l--) if (!lines.isEmpty(l) && !skip(l)) return false;
  return lines.indentation(child.line).length === child.level;
}

/**
 * The file's usual indentation step: the most common one from a line to its
 * first child. A sequence may also start at its key's own indentation.
 */
function stepRule(
  lines: Lines,
  skip: (line: number) => boolean,
): { unit: number; fits: (line: number, step: number) => boolean } {
  const counts = new Map<number, number>();
  let previous: number | undefined;
  for (let l = 0; l < lines.count; l++) {
    if (lines.isEmpty(l) || skip(l)) continue;
    const indent = lines.indentation(l).length;
    if (previous !== undefined && indent > previous)
      counts.set(indent - previous, (counts.get(indent - previous) ?? 0) + 1);
    previous = indent;
  }
  const unit = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
  return { unit, fits: (line, step) => step === unit || (step === 0 && isItem(lines.textOf(line))) };
}

function isItem(text: string): boolean {
  return /^\s*-( |$)/.test(text);
}

function hasValue(text: string): boolean {
  return /^\s*(- +)*[^#\s]/.test(text) && (/:\s+[^#\s]/.test(text) || !/:(\s|$)/.test(text));
}

/** How a line is named in a message: its key, or the start of its text. */
export function label(lines: Lines, line: number): string {
  const text = lines.textOf(line).trim();
  const key = /^(?:- +)*([^\s#'"][^#]*?)\s*:(\s|$)/.exec(text)?.[1];
  const shown = key ?? (text.length > 24 ? `${text.slice(0, 24)}…` : text);
  return `\`${shown}\``;
}

function spaces(n: number): string {
  return `${n} space${n === 1 ? '' : 's'}`;
}
