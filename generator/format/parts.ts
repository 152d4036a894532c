import type { StatementStructures } from 'ts-morph';
import { layoutStatement } from './layout.ts';
import { printSource } from './print.ts';

/**
 * A run of a module's top-level statements: laid out already in prettier's
 * layout, or raw (as printed) for prettier to format. Each ends with a line
 * break once formatted; `blankAfter` is the blank line prettier keeps after
 * it, as the printed text has one there.
 */
export interface Part {
  readonly text: string;
  readonly raw: boolean;
  readonly blankAfter: boolean;
}

/** A module's printed source, and (on demand) its parts, when any of its statements could be laid out. */
export interface PrintedModule {
  readonly text: string;
  parts(): readonly Part[] | undefined;
}

/** A comment line and a blank line before the statements, which prettier leaves as they are. */
const HEADER = /^\/\/[ -~]*[!-~]\n\n$/;

/**
 * Prints a module, `header` then its statements. Prettier formats top-level
 * statements one by one, keeping a blank line between two where the source
 * has one: so the formatted module is its parts in order, each raw run
 * formatted on its own, with the printed text's blank lines between them.
 */
export function printModule(header: string, statements: readonly StatementStructures[]): PrintedModule {
  const printed = printSource(statements);
  const text = header + printed.text;
  let parts: readonly Part[] | undefined | null = null;
  return {
    text,
    parts: () => {
      if (parts === null)
        parts =
          HEADER.test(header) && printed.starts ? partsOf(text, header.length, statements, printed.starts) : undefined;
      return parts;
    },
  };
}

/** The formatted module: each raw part formatted by `format`, the parts joined with their blank lines. */
export async function joinParts(parts: readonly Part[], format: (text: string) => Promise<string>): Promise<string> {
  const done = await Promise.all(parts.map((part) => (part.raw ? format(part.text) : `${part.text}\n`)));
  return done.map((text, i) => (parts[i]!.blankAfter ? `${text}\n` : text)).join('');
}

function partsOf(
  text: string,
  offset: number,
  statements: readonly StatementStructures[],
  starts: readonly number[],
): Part[] | undefined {
  const laid = statements.map(layoutStatement);
  if (laid.every((t) => t === undefined)) return undefined;
  // Where each statement's text (with its docs) begins and ends in the module, without the whitespace around it.
  const begins = starts.map((start) => trimmedStart(text, offset + start));
  const ends = begins.map((_, i) => trimmedEnd(text, i + 1 < begins.length ? begins[i + 1]! : text.length));
  const parts: Part[] = [];
  let run: number | undefined;
  laid.forEach((laidOut, i) => {
    const last = i === laid.length - 1;
    const blankAfter = !last && /\n\s*\n/.test(text.slice(ends[i], begins[i + 1]));
    if (laidOut !== undefined) {
      parts.push({ text: i === 0 ? text.slice(0, offset) + laidOut : laidOut, raw: false, blankAfter });
      return;
    }
    // A raw run takes the header with it when it opens the module.
    run ??= i === 0 ? 0 : begins[i];
    if (last || laid[i + 1] !== undefined) {
      parts.push({ text: `${text.slice(run, ends[i])}\n`, raw: true, blankAfter });
      run = undefined;
    }
  });
  return parts;
}

function trimmedStart(text: string, start: number): number {
  let i = start;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function trimmedEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}
