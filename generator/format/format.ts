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

/** Formats every `.ts` file; other files pass through. */
export async function formatSources(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const entries = await Promise.all(
    [...files].map(async ([path, text]) => [path, path.endsWith('.ts') ? await format(text, OPTIONS) : text] as const),
  );
  return new Map(entries);
}
