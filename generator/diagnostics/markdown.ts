import { CATALOGUE } from './catalogue.ts';

/** The catalogue as a Markdown table, as the README shows it (a test keeps the two equal). */
export function catalogueTable(): string {
  const rows = Object.entries(CATALOGUE).map(([code, entry]) => `| \`${code}\` | ${entry.severity} | ${entry.help.replace(/\|/g, '\\|')} |`);
  return ['| code | severity | meaning |', '|---|---|---|', ...rows].join('\n');
}
