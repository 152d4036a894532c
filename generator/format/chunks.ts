/** About how much source a formatting job holds: small enough to share out, large enough that sending it costs little. */
const CHUNK = 24 * 1024;

/**
 * A printed source cut into runs of whole top-level statements, each about
 * CHUNK long, at blank lines followed by a line that starts in column 0.
 * The printer indents every line inside a statement, so such a line starts
 * a statement (or its doc comment); inside a template literal or a comment a
 * cut would leave a piece that does not parse, and the caller formats the
 * source whole instead. Prettier keeps one blank line between statements
 * that had at least one, so the formatted pieces joined by a blank line are
 * the formatted source.
 */
export function chunksOf(text: string): string[] {
  if (text.length < 2 * CHUNK) return [text];
  const chunks: string[] = [];
  const boundary = /\n\n(?=\S)/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    if (match.index - start < CHUNK) continue;
    chunks.push(text.slice(start, match.index + 1));
    start = match.index + 2;
  }
  // A short tail goes with the chunk before it.
  if (chunks.length > 0 && text.length - start < CHUNK / 2) chunks.push(`${chunks.pop()!}\n${text.slice(start)}`);
  else chunks.push(text.slice(start));
  return chunks;
}
