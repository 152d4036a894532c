import { pointerOf, segmentsOf } from '../diagnostics/diagnostic.ts';

/**
 * Where a JSON pointer sits in JSON text, found by walking the text along
 * the pointer and skipping every other value, instead of parsing the whole
 * file again with a parser that keeps positions (seconds for a description
 * of a few megabytes). Offsets of the containers passed are remembered, so
 * pointers with a common prefix start where the last one left off. For a
 * member, the offset is its key's, where an editor should put the cursor.
 */
export class JsonLocator {
  /** Pointer to the offset of its value's first character, and of its key where it has one. */
  private readonly known = new Map<string, { value: number; key: number }>();

  constructor(private readonly text: string) {
    const start = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
    this.known.set('', { value: start, key: start });
  }

  offsetOf(pointer: string): number {
    const segments = segmentsOf(pointer);
    let depth = segments.length;
    let prefix = pointer;
    // The deepest part of the pointer already walked.
    while (!this.known.has(prefix)) {
      depth--;
      prefix = prefix.slice(0, prefix.lastIndexOf('/'));
    }
    let at = this.known.get(prefix)!;
    for (const segment of segments.slice(depth)) {
      const next = this.child(at.value, prefix, segment);
      if (!next) break;
      prefix += pointerOf([segment]);
      at = next;
    }
    return at.key;
  }

  /**
   * The member or element `segment` of the object or array whose text starts
   * at `start`; every member passed on the way is remembered too, so that no
   * part of the text is walked twice.
   */
  private child(start: number, prefix: string, segment: string): { value: number; key: number } | undefined {
    const text = this.text;
    const open = text[start];
    if (open !== '{' && open !== '[') return undefined;
    let i = skipSpace(text, start + 1);
    for (let index = 0; i < text.length && text[i] !== '}' && text[i] !== ']'; index++) {
      const key = i;
      let name: string | undefined;
      if (open === '{') {
        const end = skipString(text, i);
        name = JSON.parse(text.slice(i, end)) as string;
        i = skipSpace(text, skipSpace(text, end) + 1); // past the colon
      }
      const member = open === '{' ? name! : String(index);
      const place = { value: i, key };
      this.known.set(prefix + pointerOf([member]), place);
      if (member === segment) return place;
      i = skipSpace(text, skipValue(text, i));
      if (text[i] === ',') i = skipSpace(text, i + 1);
    }
    return undefined;
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  return i;
}

/** Past the string that starts at `i` (its opening quote). */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return text.length;
}

/** What ends a number, `true`, `false` or `null`. */
const STOPS = new Set([',', '}', ']', ' ', '\n', '\r', '\t']);

/** Past the value that starts at `i`: strings skipped whole, brackets counted. */
function skipValue(text: string, i: number): number {
  if (text[i] === '"') return skipString(text, i);
  if (text[i] !== '{' && text[i] !== '[') {
    while (i < text.length && !STOPS.has(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '"') j = skipString(text, j) - 1;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return j + 1;
  }
  return text.length;
}
