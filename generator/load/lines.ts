/** A text seen as lines: offsets to line numbers, and what each line's indentation is. Lines count from 0. */
export class Lines {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Line and column of an offset, counted from 1 as editors show them. */
  position(offset: number): { line: number; col: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, col: offset - this.start(line) + 1 };
  }

  start(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  /** The line without its line break. */
  textOf(line: number): string {
    const end = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
    return this.text.slice(this.start(line), end).replace(/\r$/, '');
  }

  /** Spaces and tabs before the line's first other character. */
  indentation(line: number): string {
    return /^[ \t]*/.exec(this.textOf(line))![0];
  }

  /** Offset of the line's first character that is not a space or tab. */
  contentStart(line: number): number {
    return this.start(line) + this.indentation(line).length;
  }

  /** Blank, or only a comment. */
  isEmpty(line: number): boolean {
    return /^[ \t]*(#.*)?$/.test(this.textOf(line));
  }
}
