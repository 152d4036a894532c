/**
 * The small grammar of type and value text that the prettier-layout printer
 * (layout.ts) knows how to lay out: the type expressions and literals the
 * emitter writes. Text that steps outside it (a function type, a template
 * literal, a comment other than an object type member's doc comment, a
 * computed key, ...) parses to undefined, and its
 * statement goes to prettier.
 */

export type Node =
  /** An identifier or dotted name (`string`, `shared.page`, `this.#transport`), with type arguments if any. */
  | { readonly kind: 'name'; readonly text: string; readonly args?: readonly Node[] }
  /** A string literal as written, quotes included. */
  | { readonly kind: 'string'; readonly raw: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'union'; readonly types: readonly Node[] }
  /** `T[]`; `T` a union stands in parentheses. */
  | { readonly kind: 'array'; readonly element: Node }
  | { readonly kind: 'readonly'; readonly type: Node }
  /** `C extends E ? T : F`, laid out only on one line. */
  | {
      readonly kind: 'conditional';
      readonly check: Node;
      readonly extends: Node;
      readonly then: Node;
      readonly else: Node;
    }
  | { readonly kind: 'object'; readonly properties: readonly Property[] }
  /** `{ a: T; [key: string]: U }`; `expanded` where the text breaks the line after `{`, which prettier keeps. */
  | { readonly kind: 'objectType'; readonly members: readonly TypeMember[]; readonly expanded: boolean }
  | { readonly kind: 'list'; readonly elements: readonly Node[] }
  | { readonly kind: 'call'; readonly callee: string; readonly args: readonly Node[] };

/** A property of an object literal: `key: value`, or the shorthand `key`. */
export interface Property {
  /** An identifier, or a string literal as written. */
  readonly key: string;
  readonly value: Node | undefined;
}

/** A member of an object type: `key?: T` (key an identifier or a string literal as written) or `[name: K]: T`. */
export interface TypeMember {
  /** The doc comments before it, as written (`/** ... *\/`). */
  readonly docs: readonly string[];
  readonly readonly: boolean;
  readonly key: string;
  readonly index?: Node;
  readonly optional: boolean;
  readonly type: Node;
}

type Token = {
  readonly kind: 'name' | 'private' | 'string' | 'number' | 'punct' | 'doc';
  readonly text: string;
  /** Line breaks in the space before it. */
  readonly breaks: number;
};

/** ASCII only: prettier measures other characters by their display width, which this printer does not. */
const TOKEN =
  /(\s*)(?:([A-Za-z_$][\w$]*)|(#[A-Za-z_$][\w$]*)|('(?:[^'\\\n]|\\[^\n\r])*'|"(?:[^"\\\n]|\\[^\n\r])*")|((?:0|[1-9]\d*)(?:\.\d*[1-9])?)|([{}[\]()<>,:;.|=?])|(\/\*\*(?:[^*]|\*(?!\/))*\*\/))/y;

/** Tokens of text on one line; `lines`: of text that may run over several, with doc comments (an object type's). */
function tokenize(text: string, lines: boolean): Token[] | undefined {
  if (!(lines ? /^[\x20-\x7e\n]*$/ : /^[\x20-\x7e]*$/).test(text)) return undefined;
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) return /^\s*$/.test(text.slice(at)) ? tokens : undefined;
    const kind = m[2] ? 'name' : m[3] ? 'private' : m[4] ? 'string' : m[5] ? 'number' : m[6] ? 'punct' : 'doc';
    if (kind === 'doc' && !lines) return undefined;
    tokens.push({ kind, text: m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]!, breaks: m[1]!.split('\n').length - 1 });
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  get done(): boolean {
    return this.at === this.tokens.length;
  }

  peekName(text: string): boolean {
    return this.tokens[this.at]?.text === text && this.tokens[this.at]!.kind === 'name';
  }

  peek(text: string): boolean {
    return this.tokens[this.at]?.text === text && this.tokens[this.at]!.kind === 'punct';
  }

  eat(text: string): boolean {
    if (!this.peek(text)) return false;
    this.at++;
    return true;
  }

  /** Line breaks the grammar took where it allows them (an object type's lines): there may be no others. */
  accepted = 0;

  /** Line breaks before the next token. */
  get breaks(): number {
    return this.tokens[this.at]?.breaks ?? 0;
  }

  accept(breaks: number): void {
    this.accepted += breaks;
  }

  peekKind(kind: Token['kind']): boolean {
    return this.tokens[this.at]?.kind === kind;
  }

  /** Whether the token after the next is this punctuation. */
  peekSecond(text: string): boolean {
    const token = this.tokens[this.at + 1];
    return token?.kind === 'punct' && token.text === text;
  }

  take(kind: Token['kind']): string | undefined {
    const token = this.tokens[this.at];
    if (token?.kind !== kind) return undefined;
    this.at++;
    return token.text;
  }

  /** `a`, `a.b.c`, `this.#field`. */
  dotted(): string | undefined {
    let name = this.take('name');
    while (name !== undefined && this.eat('.')) {
      const part = this.take('name') ?? this.take('private');
      name = part === undefined ? undefined : `${name}.${part}`;
    }
    return name;
  }

  /** Items up to `close`, separated by commas, none trailing. */
  items<T>(close: string, item: () => T | undefined): T[] | undefined {
    const out: T[] = [];
    if (this.eat(close)) return out;
    do {
      const next = item();
      if (next === undefined) return undefined;
      out.push(next);
    } while (this.eat(','));
    return this.eat(close) ? out : undefined;
  }
}

/** A type: a conditional type, or a union of array, `readonly` array, name (with type arguments), string or number literal types. */
function parseType(p: Parser): Node | undefined {
  const check = parseUnion(p);
  if (!check || !p.peekName('extends')) return check;
  if (check.kind === 'union') return undefined;
  p.take('name');
  const extended = parseUnion(p);
  const then = extended && p.eat('?') ? parseType(p) : undefined;
  const otherwise = then && p.eat(':') ? parseType(p) : undefined;
  return otherwise && { kind: 'conditional', check, extends: extended!, then: then!, else: otherwise };
}

function parseUnion(p: Parser): Node | undefined {
  const types: Node[] = [];
  do {
    const type = parseOperand(p);
    if (!type) return undefined;
    types.push(type);
  } while (p.eat('|'));
  return types.length === 1 ? types[0] : { kind: 'union', types };
}

function parseOperand(p: Parser): Node | undefined {
  if (p.peekName('readonly')) {
    p.take('name');
    const type = parseOperand(p);
    return type?.kind === 'array' ? { kind: 'readonly', type } : undefined;
  }
  let type = parsePrimary(p);
  while (type && p.eat('[')) type = p.eat(']') ? { kind: 'array', element: type } : undefined;
  return type;
}

function parsePrimary(p: Parser): Node | undefined {
  if (p.eat('{')) return parseObjectType(p);
  if (p.eat('(')) {
    // Parentheses only where they are needed, around a union an array suffix applies to: prettier drops others.
    const inner = parseType(p);
    return inner?.kind === 'union' && p.eat(')') && p.peek('[') ? inner : undefined;
  }
  const literal = p.take('string') ?? p.take('number');
  if (literal !== undefined)
    return /^['"]/.test(literal) ? { kind: 'string', raw: literal } : { kind: 'number', text: literal };
  const name = p.dotted();
  if (name === undefined || name.includes('#')) return undefined;
  if (!p.eat('<')) return { kind: 'name', text: name };
  const args = p.items('>', () => parseType(p));
  return args?.length ? { kind: 'name', text: name, args } : undefined;
}

/**
 * The members of an object type, after its `{`: each on a line of its own
 * where the text breaks the line after `{`, a doc comment before it on the
 * lines above; no blank line anywhere, which prettier would keep.
 */
function parseObjectType(p: Parser): Node | undefined {
  const expanded = p.breaks > 0;
  const members: TypeMember[] = [];
  // Each member, doc comment and the closing `}` on a line of its own where expanded; all on one line where not.
  const atLineStart = (): boolean => p.breaks === (expanded ? 1 : 0) && (p.accept(p.breaks), true);
  for (;;) {
    if (p.peek('}')) {
      if (members.length > 0 && !atLineStart()) return undefined;
      p.eat('}');
      return { kind: 'objectType', members, expanded };
    }
    const docs: string[] = [];
    while (p.peekKind('doc')) {
      if (!expanded || !atLineStart()) return undefined;
      docs.push(p.take('doc')!);
    }
    if (!atLineStart()) return undefined;
    const member = parseTypeMember(p, docs);
    if (!member) return undefined;
    members.push(member);
    if (!p.eat(';') && !p.eat(',') && !p.peek('}')) return undefined;
  }
}

function parseTypeMember(p: Parser, docs: readonly string[]): TypeMember | undefined {
  // `readonly` is a modifier unless it is the member's name (`readonly: boolean`).
  const readonly = p.peekName('readonly') && !p.peekSecond(':') && !p.peekSecond('?') && !!p.take('name');
  if (p.eat('[')) {
    const key = p.take('name');
    const index = key !== undefined && p.eat(':') ? parseType(p) : undefined;
    const type = index && p.eat(']') && p.eat(':') ? parseType(p) : undefined;
    return type && { docs, readonly, key: key!, index: index!, optional: false, type };
  }
  const key = p.take('name') ?? p.take('string');
  if (key === undefined) return undefined;
  const optional = p.eat('?');
  const type = p.eat(':') ? parseType(p) : undefined;
  return type && { docs, readonly, key, optional, type };
}

/** A value: object and array literals, strings, numbers, `true`/`false`/`null`/`undefined`, names and calls of names. */
function parseValue(p: Parser): Node | undefined {
  if (p.eat('{')) {
    const properties = p.items('}', () => parseProperty(p));
    return properties && { kind: 'object', properties };
  }
  if (p.eat('[')) {
    const elements = p.items(']', () => parseValue(p));
    return elements && { kind: 'list', elements };
  }
  const literal = p.take('string') ?? p.take('number');
  if (literal !== undefined)
    return /^['"]/.test(literal) ? { kind: 'string', raw: literal } : { kind: 'number', text: literal };
  const name = p.dotted();
  if (name === undefined) return undefined;
  if (!p.eat('(')) return { kind: 'name', text: name };
  const args = p.items(')', () => parseValue(p));
  return args && { kind: 'call', callee: name, args };
}

function parseProperty(p: Parser): Property | undefined {
  const key = p.take('name') ?? p.take('string');
  if (key === undefined) return undefined;
  if (!p.eat(':')) return /^['"]/.test(key) ? undefined : { key, value: undefined };
  const value = parseValue(p);
  return value && { key, value };
}

function parsed(text: string, parse: (p: Parser) => Node | undefined, lines = false): Node | undefined {
  const tokens = tokenize(text, lines);
  if (!tokens) return undefined;
  const p = new Parser(tokens);
  const node = parse(p);
  const breaks = tokens.reduce((n, t) => n + t.breaks, 0);
  return node && p.done && p.accepted === breaks ? node : undefined;
}

export const typeNode = (text: string): Node | undefined => parsed(text, parseType, true);
export const valueNode = (text: string): Node | undefined => parsed(text, parseValue);
