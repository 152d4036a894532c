import { pointerOf } from '../diagnostics/diagnostic.ts';
import { Lines } from './lines.ts';
import type { Cause } from './syntax.ts';

/** What a JSON text gets wrong: the first mistake in its syntax, and every key repeated within one object. */
export interface JsonScan {
  readonly syntax?: Cause;
  readonly duplicates: readonly Cause[];
}

interface Frame {
  readonly opener: '{' | '[';
  readonly offset: number;
  /** Indentation of the line the opener is on: a closer that starts a line lines up with it. */
  readonly indent: number;
  readonly pointer: string;
  readonly keys?: Map<string, number>;
  /** The entry being read: its key (none yet before the first), or its index. */
  entry: string | number | undefined;
}

type Expect = 'value' | 'key' | 'colon' | 'next';
type Related = Cause['related'];

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_LIKE = /[-+.\w]+/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * Reads a JSON text by the rules `JSON.parse` applies, saying where each
 * mistake was made in words a person editing the file knows: the comma
 * missing after a value rather than the token after it, the bracket never
 * closed rather than the end of the file. In a file laid out with
 * indentation, a closer that starts a line less indented than its opener's
 * line shows which opener lost its own closer.
 */
export function scanJson(text: string): JsonScan {
  const stack: Frame[] = [];
  const duplicates: Cause[] = [];
  let lines: Lines | undefined;
  const lineNumber = (offset: number): number => (lines ??= new Lines(text)).lineOf(offset) + 1;
  const pointerHere = (): string => {
    const entries = stack.map((f) => f.entry);
    const known = entries.indexOf(undefined);
    return pointerOf((known === -1 ? entries : entries.slice(0, known)) as (string | number)[]);
  };
  const fail = (offset: number, message: string, related?: Related, pointer = pointerHere()): JsonScan => ({
    syntax: related ? { offset, message, pointer, related } : { offset, message, pointer },
    duplicates,
  });
  /** The first frame a closer left while lining up with an outer opener, and that closer. */
  let lost: { frame: Frame; closer: number } | undefined;
  const unclosed = (frame: Frame, related: Related, around = 0): JsonScan => {
    const nor = around === 0 ? '' : around === 1 ? `, nor is the \`${stack[0]!.opener}\` around it` : `, nor are the ${around} around it`;
    if (lost) {
      const { frame: f, closer } = lost;
      return fail(f.offset, `\`${f.opener}\` opened here is never closed`, { offset: closer, message: `the \`${text[closer]!}\` here is indented to close an outer bracket` }, f.pointer);
    }
    return fail(frame.offset, `\`${frame.opener}\` opened here is never closed${nor}`, related, frame.pointer);
  };

  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let expect: Expect = 'value';
  let comma = -1; // the comma just read, while the value or key after it is due
  let end = 0; // where the last value or key ended
  let lineStart = 0;
  let indent = 0; // of the line being read
  for (;;) {
    let newLine = i === 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        lineStart = i + 1;
        newLine = true;
      } else if (c !== 32 && c !== 9 && c !== 13) break;
    }
    if (newLine) indent = i - lineStart;
    const top = stack.at(-1);
    if (i >= text.length) {
      if (top) return unclosed(top, { offset: text.length, message: 'the file ends here' }, stack.length - 1);
      return expect === 'value' ? fail(i, 'the file is empty: a spec is a JSON object') : { duplicates };
    }
    const c = text[i]!;
    if ((c === '}' || c === ']') && comma !== -1) {
      return fail(comma, `a \`,\` before \`${c}\`: JSON allows no trailing comma`, undefined, top!.pointer);
    }
    if (expect === 'next') {
      if (!top) return fail(i, c === '}' || c === ']' ? `\`${c}\` closes nothing: every bracket before it is closed` : 'more text after the end of the document');
      if (c === ',') {
        comma = i++;
        if (top.opener === '[') top.entry = (top.entry as number) + 1;
        expect = top.opener === '{' ? 'key' : 'value';
      } else if (c === '}' || c === ']') {
        if (c !== (top.opener === '{' ? '}' : ']')) return unclosed(top, { offset: i, message: `\`${c}\` cannot close a \`${top.opener}\`` });
        if (newLine && indent < top.indent) lost ??= { frame: top, closer: i };
        stack.pop();
        end = ++i;
      } else if (c === ':') {
        return fail(i, '`:` cannot follow a value: a key is a string in double quotes followed by `:`');
      } else if (newLine && indent <= top.indent) {
        // The next entry lines up with the opener's line, so it belongs to an outer bracket: this one lost its closer.
        return unclosed(top, { offset: i, message: 'the next entry lines up with an outer one' });
      } else {
        return fail(end, 'a `,` is missing after this value', { offset: i, message: `the next ${top.opener === '{' ? 'entry' : 'value'} starts here` });
      }
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return fail(end, `a \`:\` is missing after the key \`${String(top!.entry)}\``);
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'key') {
      if (c === '}') {
        stack.pop();
        end = ++i;
        expect = 'next';
        continue;
      }
      if (c !== '"') return fail(i, c === '/' ? 'JSON allows no comments' : /[\w$']/.test(c) ? 'JSON keys are written in double quotes' : `a key in double quotes is expected here, not \`${c}\``);
      const read = readString(text, i);
      if (typeof read !== 'number') return fail(read.offset, read.message, read.related);
      const key = keyOf(text, i, read);
      const seen = top!.keys!.get(key);
      top!.entry = key;
      if (seen === undefined) top!.keys!.set(key, i);
      else duplicates.push({ offset: i, message: `\`${key}\` is already defined at line ${lineNumber(seen)}`, pointer: pointerHere(), related: { offset: seen, message: 'first defined here' } });
      end = i = read;
      comma = -1;
      expect = 'colon';
      continue;
    }
    // A value is due: in an array right after its `[`, the `]` of an empty one may come instead.
    if (c === ']' && top?.opener === '[' && comma === -1) {
      stack.pop();
      end = ++i;
      expect = 'next';
      continue;
    }
    comma = -1;
    if (c === '{' || c === '[') {
      stack.push({ opener: c, offset: i, indent, pointer: pointerHere(), entry: c === '[' ? 0 : undefined, ...(c === '{' ? { keys: new Map() } : {}) });
      i++;
      expect = c === '{' ? 'key' : 'value';
      continue;
    }
    const read = readValue(text, i, c);
    if (typeof read !== 'number') return fail(read.offset, read.message, read.related);
    end = i = read;
    expect = 'next';
  }
}

type Read = number | { offset: number; message: string; related?: Related };

/** A string, number or literal starting at `i`: where it ends, or what is wrong with it. */
function readValue(text: string, i: number, c: string): Read {
  if (c === '"') return readString(text, i);
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = NUMBER_LIKE.lastIndex = i;
    const number = NUMBER.exec(text)?.[0] ?? '';
    const written = NUMBER_LIKE.exec(text)![0];
    return number === written ? i + number.length : { offset: i, message: `\`${written}\` is not a JSON number` };
  }
  WORD.lastIndex = i;
  const word = WORD.exec(text)?.[0];
  if (word === 'true' || word === 'false' || word === 'null') return i + word.length;
  if (word) return { offset: i, message: `\`${word}\` is not a JSON value: strings are written in double quotes` };
  if (c === "'") return { offset: i, message: 'JSON strings are written in double quotes, not single' };
  if (c === '/') return { offset: i, message: 'JSON allows no comments' };
  if (c === ',' || c === '}' || c === ']') return { offset: i, message: `a value is missing before \`${c}\`` };
  return { offset: i, message: `\`${c}\` cannot start a JSON value` };
}

/** A string whose `"` is at `i`: the offset after its closing quote, or what is wrong with it. */
function readString(text: string, i: number): Read {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c === 92) {
      ESCAPE.lastIndex = j;
      if (!ESCAPE.test(text)) return { offset: j, message: `\`${text.slice(j, j + 2)}\` is not a JSON escape` };
      j = ESCAPE.lastIndex - 1;
    } else if (c === 10 || c === 13) {
      return { offset: i, message: '`"` opened here is never closed: a JSON string ends on the line it starts', related: { offset: j, message: 'the line ends here' } };
    } else if (c < 32) {
      return { offset: j, message: `a control character (U+${c.toString(16).padStart(4, '0').toUpperCase()}) inside a string: write it as an escape, such as \`\\t\`` };
    }
  }
  return { offset: i, message: '`"` opened here is never closed' };
}

function keyOf(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}
