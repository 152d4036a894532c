import type { Docs } from '../ir/types.ts';

/**
 * The text of a JSDoc comment, or undefined when there is nothing to say.
 * Spec text is untrusted: `*\/` would end the comment early and a line
 * starting with `@` would read as a tag, so both are defused.
 */
export function docText(parts: {
  summary?: string | undefined;
  docs?: Docs | undefined;
  /** Paragraphs of our own after the description. */
  notes?: readonly (string | undefined)[];
  /** Extra `@tag` lines. */
  tags?: readonly (string | undefined)[];
}): string | undefined {
  const { summary, docs } = parts;
  const paragraphs: string[] = [];
  if (summary) paragraphs.push(summary.trim());
  if (docs?.description && docs.description.trim() !== summary?.trim()) paragraphs.push(docs.description.trim());
  for (const note of parts.notes ?? []) if (note) paragraphs.push(note);
  const tags: string[] = [];
  if (docs?.format) tags.push(`@format ${oneLine(docs.format)}`);
  if (docs?.default !== undefined) tags.push(`@default ${oneLine(JSON.stringify(docs.default))}`);
  if (docs?.example !== undefined) tags.push(`@example ${oneLine(JSON.stringify(docs.example))}`);
  for (const tag of parts.tags ?? []) if (tag) tags.push(tag);
  if (docs?.deprecated) tags.push('@deprecated');
  const text = [
    ...paragraphs.map(defuse),
    ...(tags.length ? [tags.map((t) => t.replace(/\*\//g, '*\\/')).join('\n')] : []),
  ].join('\n\n');
  return text === '' ? undefined : text;
}

function defuse(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/^(\s*)@/gm, '$1\\@');
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').slice(0, 200);
}
