import type { Options } from 'prettier';
import { format } from 'prettier/standalone';
import * as estree from 'prettier/plugins/estree';
import * as typescript from 'prettier/plugins/typescript';

/**
 * The pinned style of generated TypeScript. The standalone build with its
 * plugins given explicitly ignores any prettier config lying around, so the
 * output is the same on every machine.
 */
const OPTIONS: Options = {
  parser: 'typescript',
  plugins: [estree, typescript],
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
};

/**
 * Formatted text by source text. The runtime is the same in every package and
 * most files survive a one-operation change, so a long-lived process (watch,
 * tests, diff) formats each distinct text once.
 */
const formatted = new Map<string, Promise<string>>();

/** Formats every `.ts` file; other files pass through. */
export async function formatSources(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const entries = await Promise.all([...files].map(async ([path, text]) => [path, path.endsWith('.ts') ? await formatOnce(text) : text] as const));
  return new Map(entries);
}

function formatOnce(text: string): Promise<string> {
  let result = formatted.get(text);
  if (!result) {
    result = format(text, OPTIONS);
    formatted.set(text, result);
  }
  return result;
}
