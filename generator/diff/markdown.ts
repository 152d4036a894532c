import type { DiffItem, DiffReport, Pair, RuntimePair } from './report.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The report as Markdown, ready to paste into a review. */
export function renderMarkdown(report: DiffReport, pairs: readonly Pair[], runtime?: RuntimePair): string {
  const lines: string[] = ['# API diff', ''];
  for (const p of pairs) lines.push(`- \`${p.old ? p.oldLabel : '(none)'}\` → \`${p.new ? p.newLabel : '(none)'}\``);
  if (runtime) lines.push(`- \`${runtime.oldLabel}\` → \`${runtime.newLabel}\` (the runtime's exports)`);
  const bullet = bulletOf([...pairs, ...(runtime ? [runtime] : [])]);
  const section = (heading: string, items: readonly string[]): void => {
    lines.push('', `## ${heading}`, '', ...(items.length ? items : ['None.']));
  };
  section(
    'Breaking',
    report.breaking.map((i) => bullet(i)),
  );
  section(
    'Non-breaking',
    report.nonBreaking.map((i) => bullet(i)),
  );
  // Shown only when there is something: these change nothing a user of the package sees.
  if (report.noCodeChange.length)
    section(
      'No change to the generated code',
      report.noCodeChange.map((i) => bullet(i)),
    );
  section(
    'Generated package',
    report.surface.map((i) => bullet(i, i.impact === 'breaking' ? '**breaking** ' : '')),
  );
  lines.push('', '## Suggested version bump', '', `**${report.semver}**: ${verdict(report)}`);
  return lines.join('\n');
}

/** One item as a list entry: the spec or runtime file (when there are several), kind, pointer, `(old)` for the old document, message. */
function bulletOf(pairs: readonly Pick<Pair, 'oldLabel' | 'newLabel'>[]): (item: DiffItem, prefix?: string) => string {
  const oldLabels = new Set(pairs.map((p) => p.oldLabel));
  const newLabels = new Set(pairs.map((p) => p.newLabel));
  const several = pairs.length > 1;
  return (item, prefix = '') => {
    const where = `\`${item.pointer || '/'}\`${oldLabels.has(item.file) && !newLabels.has(item.file) ? ' (old)' : ''}`;
    const spec = several ? `${item.file.replace(/^.*?:(?=[^:]+$)/, '')} ` : '';
    return `- ${spec}${prefix}\`${item.kind}\` ${where}: ${item.message.replace(/\s*\n\s*/g, ' ')}`;
  };
}

function verdict(report: DiffReport): string {
  if (report.semver === 'major') {
    const surfaceBreaking = report.surface.filter((s) => s.impact === 'breaking').length;
    return `${plural(report.breaking.length, 'breaking change')} in the spec, ${plural(surfaceBreaking, 'breaking change')} in the generated package.`;
  }
  if (report.semver === 'minor') return 'additions only; nothing breaks.';
  const nothing =
    !report.breaking.length && !report.nonBreaking.length && !report.noCodeChange.length && !report.surface.length;
  return nothing ? 'no changes.' : 'no additions, nothing breaks (documentation and other compatible changes only).';
}
