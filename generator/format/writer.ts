/**
 * A text writer with the layout rules of the code-block-writer that ts-morph
 * prints structures with: four-space indentation written at the start of a
 * line unless the line starts inside a string, hanging indentation for the
 * lines that follow within a construct, blank lines collapsed where asked. It
 * tracks strings and comments character by character as that writer does, so
 * the same calls give the same text, but it keeps one buffer for the whole
 * file and a handful of fields instead of building a writer per fragment.
 */
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const SLASH = 47;
const BACKSLASH = 92;
const STAR = 42;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKTICK = 96;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const DOLLAR = 36;
const INDENT = '    ';
/** Characters that can change the string, comment or regular-expression state. */
const STATEFUL = /["'`{}/*\\\n\r]/;
const WHITESPACE = /\s/;

export class Writer {
  private readonly parts: string[] = [];
  private last = -1;
  private beforeLast = -1;
  /** Newlines at the end, with nothing but carriage returns between them. */
  private trailingNewlines = 0;
  /** The last character that is not whitespace. */
  private lastSolid = -1;
  private indentation = 0;
  private queued: number | undefined;
  private firstLineOfBlock = true;
  private readonly strings: number[] = [];
  private comment: 'line' | 'star' | undefined;
  private regex = false;
  /** Characters written so far. */
  private written = 0;

  write(text: string): this {
    if (text.length === 0) return this.piece('');
    if (text.indexOf('\n') === -1) return this.piece(text);
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) this.breakLine();
      if (lines[i]!.length > 0) this.piece(lines[i]!);
    }
    return this;
  }

  newLine(): this {
    this.breakLine();
    return this;
  }

  newLineIfLastNot(): this {
    if (!this.isLastNewLine()) this.breakLine();
    return this;
  }

  blankLine(): this {
    return this.newLineIfLastNot().newLine();
  }

  blankLineIfLastNot(): this {
    return this.trailingNewlines >= 2 ? this : this.blankLine();
  }

  space(): this {
    return this.piece(' ');
  }

  spaceIfLastNot(): this {
    return this.last === 32 ? this : this.piece(' ');
  }

  /** `{`, the block's lines one level in, `}`. */
  inlineBlock(block: () => void): this {
    this.write('{');
    if (this.last !== -1) this.newLineIfLastNot();
    this.indentation++;
    this.firstLineOfBlock = true;
    block();
    this.firstLineOfBlock = false;
    this.indentation = Math.max(0, this.indentation - 1);
    return this.newLineIfLastNot().write('}');
  }

  /** Lines after the first one written inside `action` go one level further in. */
  hangingIndent(action: () => void): this {
    const saved = { indentation: this.indentation, queued: this.queued };
    this.queued = this.indentation + 1;
    try {
      action();
    } finally {
      this.indentation = saved.indentation;
      this.queued = saved.queued;
    }
    return this;
  }

  /** Ends a comment the text so far leaves open. */
  closeComment(): this {
    if (this.comment === 'line') return this.newLine();
    if (this.comment === 'star') {
      if (!this.isLastNewLine()) this.spaceIfLastNot();
      this.write('*/');
    }
    return this;
  }

  isLastNewLine(): boolean {
    return this.last === NEWLINE || this.last === CARRIAGE_RETURN;
  }

  isAtStartOfFirstLineOfBlock(): boolean {
    return this.firstLineOfBlock && (this.isLastNewLine() || this.last === -1);
  }

  isLastNonWhitespaceCloseBrace(): boolean {
    return this.lastSolid === CLOSE_BRACE;
  }

  /** The last character is code: not whitespace, and not the end of a comment or inside one. */
  endsInCode(): boolean {
    return (
      this.last !== -1 &&
      !WHITESPACE.test(String.fromCharCode(this.last)) &&
      this.comment === undefined &&
      !(this.last === SLASH && this.beforeLast === STAR)
    );
  }

  get length(): number {
    return this.written;
  }

  toString(): string {
    return this.parts.join('');
  }

  /** Text without a newline, indented when it starts a line outside a string. */
  private piece(text: string): this {
    if (this.strings.length === 0 && (this.last === NEWLINE || this.last === CARRIAGE_RETURN || this.last === -1)) {
      this.append(INDENT.repeat(this.indentation));
    }
    if (STATEFUL.test(text)) this.track(text);
    this.append(text);
    return this;
  }

  private breakLine(): void {
    if (this.comment === 'line') this.comment = undefined;
    const open = this.strings.at(-1);
    if ((open === DOUBLE_QUOTE || open === SINGLE_QUOTE) && this.last !== BACKSLASH) this.strings.pop();
    this.append('\n');
    this.firstLineOfBlock = false;
    if (this.queued !== undefined) {
      this.indentation = this.queued;
      this.queued = undefined;
    }
  }

  private append(text: string): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.written += text.length;
    this.beforeLast = text.length > 1 ? text.charCodeAt(text.length - 2) : this.last;
    this.last = text.charCodeAt(text.length - 1);
    let i = text.length - 1;
    let newlines = 0;
    for (; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) newlines++;
      else if (c !== CARRIAGE_RETURN) break;
    }
    this.trailingNewlines = i < 0 ? this.trailingNewlines + newlines : newlines;
    for (; i >= 0; i--) {
      if (!WHITESPACE.test(text[i]!)) {
        this.lastSolid = text.charCodeAt(i);
        break;
      }
    }
  }

  /** The string, comment and regular-expression state after `text`, as code-block-writer keeps it. */
  private track(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isStateful(c)) continue;
      const past = i === 0 ? this.last : text.charCodeAt(i - 1);
      const pastPast = i === 0 ? this.beforeLast : i === 1 ? this.last : text.charCodeAt(i - 2);
      if (this.regex) {
        if ((past === SLASH && pastPast !== BACKSLASH) || past === NEWLINE) this.regex = false;
        else continue;
      } else if (
        this.strings.length === 0 &&
        this.comment === undefined &&
        past === SLASH &&
        c !== SLASH &&
        c !== STAR &&
        pastPast !== STAR &&
        pastPast !== SLASH
      ) {
        this.regex = true;
        continue;
      }
      if (this.strings.length === 0) {
        if (this.comment === undefined && past === SLASH && c === SLASH) this.comment = 'line';
        else if (this.comment === undefined && past === SLASH && c === STAR) this.comment = 'star';
        else if (this.comment === 'star' && past === STAR && c === SLASH) this.comment = undefined;
      }
      if (this.comment !== undefined) continue;
      const open = this.strings.at(-1);
      if (past !== BACKSLASH && (c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === BACKTICK)) {
        if (open === c) this.strings.pop();
        else if (open === OPEN_BRACE || open === undefined) this.strings.push(c);
      } else if (pastPast !== BACKSLASH && past === DOLLAR && c === OPEN_BRACE && open === BACKTICK) {
        this.strings.push(c);
      } else if (c === CLOSE_BRACE && open === OPEN_BRACE) {
        this.strings.pop();
      }
    }
  }
}

function isStateful(c: number): boolean {
  return (
    c === DOUBLE_QUOTE ||
    c === SINGLE_QUOTE ||
    c === BACKTICK ||
    c === OPEN_BRACE ||
    c === CLOSE_BRACE ||
    c === SLASH ||
    c === STAR ||
    c === BACKSLASH ||
    c === NEWLINE ||
    c === CARRIAGE_RETURN
  );
}
