import { CATALOGUE } from './catalogue.ts';

/** The README's table of diagnostic codes, with each code's severity under the strict and the lenient profile. */
export function catalogueTable(): string {
  const rows = Object.entries(CATALOGUE).map(([code, entry]) => {
    const lenient = (entry as { lenient?: string }).lenient ?? entry.severity;
    return `| \`${code}\` | ${entry.severity} | ${lenient} | ${entry.help.replace(/\|/g, '\\|')} |`;
  });
  return ['| code | strict | lenient | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
