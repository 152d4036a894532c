import { format } from 'prettier/standalone';
import * as estree from 'prettier/plugins/estree';
import * as babel from 'prettier/plugins/babel';
import type { StatementStructures } from 'ts-morph';
import { HEADER } from '../../generator/emit/emit.ts';
import { OPTIONS } from '../../generator/format/format.ts';
import { layoutStatement } from '../../generator/format/layout.ts';
import { joinParts, printModule } from '../../generator/format/parts.ts';

/** Prettier as format.ts runs it, called directly: no cache, no threads. */
export const prettier = (text: string): Promise<string> => format(text, { ...OPTIONS, plugins: [estree, babel] });

/**
 * Formats a module both ways, all of it through prettier and in parts (the
 * laid-out statements as they are, the raw ones through prettier), and hands
 * both to `equal`; answers how many statements there were and how many were
 * laid out, with their formatted bytes.
 */
export async function compareBothWays(
  statements: readonly StatementStructures[],
  equal: (parts: string, whole: string) => void,
): Promise<{ statements: number; laidOut: number; bytes: number; laidOutBytes: number }> {
  const module = printModule(HEADER, statements);
  const whole = await prettier(module.text);
  const parts = module.parts();
  equal(parts ? await joinParts(parts, prettier) : whole, whole);
  const laid = statements.map(layoutStatement).filter((t) => t !== undefined);
  const laidOutBytes = laid.reduce((n, t) => n + t.length + 1, 0);
  return {
    statements: statements.length,
    laidOut: parts ? laid.length : 0,
    bytes: whole.length,
    laidOutBytes: parts ? laidOutBytes : 0,
  };
}
