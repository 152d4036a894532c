import { pointerOf } from '../diagnostics/diagnostic.ts';
import { Lines } from './lines.ts';
import type { Cause } from './syntax.ts';

/** What a JSON text gets wrong: the first mistake in its syntax, and every key repeated within one object. */
export interface JsonScan {
  readonly syntax?: Cause;
  readonly duplicates: readonly Cause[];
}

/**
 * Reads a JSON text by the rules `JSON.parse` applies, saying where each
 * mistake was made in words a person editing the file knows: the comma
 * missing after a value rather than the token after it, the bracket never
 * closed rather than the end of the file. In a file laid out with
 * indentation, a line less indented than the line a bracket opened on shows
 * which bracket lost its closer.
 */
export function scanJson(text: string): JsonScan {
  const scanner = new Scanner(text);
  const syntax = scanner.scan();
  return syntax ? { syntax, duplicates: scanner.duplicates } : { duplicates: scanner.duplicates };
}

interface Frame {
  readonly opener: '{' | '[';
  readonly offset: number;
  /** Indentation of the line the opener is on: a closer that starts a line lines up with it. */
  readonly indent: number;
  readonly pointer: string;
  readonly keys?: Map<string, number>;
  /** The entry being read: its key (none before the first), or its index. */
  entry: string | number | undefined;
}

type Related = Cause['related'];

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_LIKE = /[-+.\w]+/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class Scanner {
  readonly duplicates: Cause[] = [];
  private readonly stack: Frame[] = [];
  private i: number;
  private expect: 'value' | 'key' | 'colon' | 'next' = 'value';
  /** The comma just read, while the value or key after it is due. */
  private comma = -1;
  /** Where the last value or key ended. */
  private end = 0;
  private lineStart = 0;
  /** Whether the token at `i` is the first on its line, and that line's indentation. */
  private newLine = true;
  private indent = 0;
  /** The first bracket a closer left while lining up with an outer one, and that closer. */
  private lost: { frame: Frame; closer: number } | undefined;
  private lines: Lines | undefined;

  constructor(private readonly text: string) {
    this.i = this.lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** The first mistake, or none. */
  scan(): Cause | undefined {
    for (;;) {
      this.skipSpace();
      const top = this.stack.at(-1);
      if (this.i >= this.text.length) {
        if (top)
          return this.unclosed(top, { offset: this.text.length, message: 'the file ends here' }, this.stack.length - 1);
        return this.expect === 'value' ? this.fail(this.i, 'the file is empty: a spec is a JSON object') : undefined;
      }
      const c = this.text[this.i]!;
      if ((c === '}' || c === ']') && this.comma !== -1)
        return this.fail(this.comma, `a \`,\` before \`${c}\`: JSON allows no trailing comma`, undefined, top!.pointer);
      const mistake =
        this.expect === 'next'
          ? this.afterValue(c, top)
          : this.expect === 'colon'
            ? this.colon(c, top!)
            : this.expect === 'key'
              ? this.key(c, top!)
              : this.value(c, top);
      if (mistake) return mistake;
    }
  }

  private skipSpace(): void {
    for (; this.i < this.text.length; this.i++) {
      const c = this.text.charCodeAt(this.i);
      if (c === 10) {
        this.lineStart = this.i + 1;
        this.newLine = true;
      } else if (c !== 32 && c !== 9 && c !== 13) break;
    }
    if (this.newLine) this.indent = this.i - this.lineStart;
  }

  /** Moves past what was read; the next token is on this line unless whitespace says otherwise. */
  private advance(to: number): void {
    this.i = to;
    this.newLine = false;
  }

  private afterValue(c: string, top: Frame | undefined): Cause | undefined {
    if (!top)
      return this.fail(
        this.i,
        c === '}' || c === ']'
          ? `\`${c}\` closes nothing: every bracket before it is closed`
          : 'more text after the end of the document',
      );
    if (c === ',') {
      this.comma = this.i;
      this.advance(this.i + 1);
      if (top.opener === '[') top.entry = (top.entry as number) + 1;
      this.expect = top.opener === '{' ? 'key' : 'value';
      return undefined;
    }
    if (c === '}' || c === ']') {
      if (c !== (top.opener === '{' ? '}' : ']'))
        return this.unclosed(top, { offset: this.i, message: `\`${c}\` cannot close a \`${top.opener}\`` });
      if (this.newLine && this.indent < top.indent) this.lost ??= { frame: top, closer: this.i };
      return this.close();
    }
    if (c === ':')
      return this.fail(this.i, '`:` cannot follow a value: a key is a string in double quotes followed by `:`');
    // Lined up with the opener's line, the next entry belongs to an outer bracket: this one lost its closer.
    if (this.newLine && this.indent <= top.indent)
      return this.unclosed(top, { offset: this.i, message: 'the next entry lines up with an outer one' });
    return this.fail(this.end, 'a `,` is missing after this value', {
      offset: this.i,
      message: `the next ${top.opener === '{' ? 'entry' : 'value'} starts here`,
    });
  }

  private colon(c: string, top: Frame): Cause | undefined {
    if (c !== ':') return this.fail(this.end, `a \`:\` is missing after the key \`${String(top.entry)}\``);
    this.advance(this.i + 1);
    this.expect = 'value';
    return undefined;
  }

  private key(c: string, top: Frame): Cause | undefined {
    if (c === '}') return this.close();
    if (c !== '"')
      return this.fail(
        this.i,
        c === '/'
          ? 'JSON allows no comments'
          : /[\w$']/.test(c)
            ? 'JSON keys are written in double quotes'
            : `a key in double quotes is expected here, not \`${c}\``,
      );
    const read = readString(this.text, this.i);
    if (typeof read !== 'number') return this.fail(read.offset, read.message, read.related);
    const key = keyOf(this.text, this.i, read);
    const seen = top.keys!.get(key);
    top.entry = key;
    if (seen === undefined) top.keys!.set(key, this.i);
    else
      this.duplicates.push({
        offset: this.i,
        message: `\`${key}\` is already defined at line ${this.lineNumber(seen)}`,
        pointer: this.pointer(),
        related: { offset: seen, message: 'first defined here' },
      });
    this.end = read;
    this.advance(read);
    this.comma = -1;
    this.expect = 'colon';
    return undefined;
  }

  private value(c: string, top: Frame | undefined): Cause | undefined {
    // Right after an array's `[`, the `]` of an empty one may come instead.
    if (c === ']' && top?.opener === '[' && this.comma === -1) return this.close();
    this.comma = -1;
    if (c === '{' || c === '[') {
      this.stack.push({
        opener: c,
        offset: this.i,
        indent: this.indent,
        pointer: this.pointer(),
        entry: c === '[' ? 0 : undefined,
        ...(c === '{' ? { keys: new Map() } : {}),
      });
      this.advance(this.i + 1);
      this.expect = c === '{' ? 'key' : 'value';
      return undefined;
    }
    const read = readValue(this.text, this.i, c);
    if (typeof read !== 'number') return this.fail(read.offset, read.message, read.related);
    this.end = read;
    this.advance(read);
    this.expect = 'next';
    return undefined;
  }

  private close(): undefined {
    this.stack.pop();
    this.end = this.i + 1;
    this.advance(this.i + 1);
    this.expect = 'next';
    return undefined;
  }

  /** A bracket never closed: the one a closer left early, if any, else `frame` (and `around` more outside it). */
  private unclosed(frame: Frame, related: Related, around = 0): Cause {
    if (this.lost) {
      const { frame: f, closer } = this.lost;
      return this.fail(
        f.offset,
        `\`${f.opener}\` opened here is never closed`,
        { offset: closer, message: `the \`${this.text[closer]!}\` here is indented to close an outer bracket` },
        f.pointer,
      );
    }
    const nor =
      around === 0
        ? ''
        : around === 1
          ? `, nor is the \`${this.stack[0]!.opener}\` around it`
          : `, nor are the ${around} around it`;
    return this.fail(frame.offset, `\`${frame.opener}\` opened here is never closed${nor}`, related, frame.pointer);
  }

  private fail(offset: number, message: string, related?: Related, pointer = this.pointer()): Cause {
    return related ? { offset, message, pointer, related } : { offset, message, pointer };
  }

  /** The pointer of the entry being read. */
  private pointer(): string {
    const entries = this.stack.map((f) => f.entry);
    const known = entries.indexOf(undefined);
    return pointerOf((known === -1 ? entries : entries.slice(0, known)) as (string | number)[]);
  }

  private lineNumber(offset: number): number {
    return (this.lines ??= new Lines(this.text)).position(offset).line;
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
      return {
        offset: i,
        message: '`"` opened here is never closed: a JSON string ends on the line it starts',
        related: { offset: j, message: 'the line ends here' },
      };
    } else if (c < 32) {
      return {
        offset: j,
        message: `a control character (U+${c.toString(16).padStart(4, '0').toUpperCase()}) inside a string: write it as an escape, such as \`\\t\``,
      };
    }
  }
  return { offset: i, message: '`"` opened here is never closed' };
}

function keyOf(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}
