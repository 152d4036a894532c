/**
 * The small grammar of type and value text that the prettier-layout printer
 * (layout.ts) knows how to lay out: the type expressions and literals the
 * emitter writes. Text that steps outside it (a function type, a template
 * literal, a comment, a computed key, ...) parses to undefined, and its
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
  | { readonly kind: 'list'; readonly elements: readonly Node[] }
  | { readonly kind: 'call'; readonly callee: string; readonly args: readonly Node[] };

/** A property of an object literal: `key: value`, or the shorthand `key`. */
export interface Property {
  /** An identifier, or a string literal as written. */
  readonly key: string;
  readonly value: Node | undefined;
}

type Token = { readonly kind: 'name' | 'private' | 'string' | 'number' | 'punct'; readonly text: string };

/** ASCII only: prettier measures other characters by their display width, which this printer does not. */
const TOKEN =
  /\s*(?:([A-Za-z_$][\w$]*)|(#[A-Za-z_$][\w$]*)|('(?:[^'\\\n]|\\[^\n\r])*'|"(?:[^"\\\n]|\\[^\n\r])*")|((?:0|[1-9]\d*)(?:\.\d*[1-9])?)|([{}[\]()<>,:;.|=?]))/y;

function tokenize(text: string): Token[] | undefined {
  if (!/^[\x20-\x7e]*$/.test(text)) return undefined;
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) return /^\s*$/.test(text.slice(at)) ? tokens : undefined;
    const kind = m[1] ? 'name' : m[2] ? 'private' : m[3] ? 'string' : m[4] ? 'number' : 'punct';
    tokens.push({ kind, text: m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]! });
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

function parsed(text: string, parse: (p: Parser) => Node | undefined): Node | undefined {
  const tokens = tokenize(text);
  if (!tokens) return undefined;
  const p = new Parser(tokens);
  const node = parse(p);
  return node && p.done ? node : undefined;
}

export const typeNode = (text: string): Node | undefined => parsed(text, parseType);
export const valueNode = (text: string): Node | undefined => parsed(text, parseValue);
