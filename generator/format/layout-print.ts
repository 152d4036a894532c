import type { Node, Property } from './layout-syntax.ts';
import { text } from './print-parts.ts';

/** Prettier's `printWidth` (format.ts): no line this printer writes is longer. */
export const WIDTH = 120;

/** Thrown where prettier's layout is not one this printer knows for certain: the statement goes to prettier. */
export class Unknown extends Error {}

/** Fails unless `line` fits the print width (every character is ASCII: one column each). */
export function fitting(line: string): string {
  if (line.length > WIDTH) throw new Unknown('a line too long to lay out');
  return line;
}

export const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A name as written, where it is an (ASCII) identifier. */
export function identifier(value: unknown): string {
  const t = text(value);
  if (!IDENTIFIER.test(t)) throw new Unknown('a name');
  return t;
}

/**
 * A string literal as prettier prints it (`printString` of prettier 3.10.1, singleQuote): in
 * single quotes unless the text holds more single than double quotes; quotes escaped or
 * unescaped to suit, every other escape kept as written.
 */
export function stringLiteral(raw: string): string {
  const content = raw.slice(1, -1);
  let singles = 0;
  let doubles = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 39) singles++;
    else if (c === 34) doubles++;
  }
  const quote = singles > doubles ? '"' : "'";
  if (raw[0] === quote) return raw;
  const other = quote === '"' ? "'" : '"';
  const body = content.replace(/\\(["'\\])|(["'])/g, (match, escaped?: string, bare?: string) =>
    escaped ? (escaped === other ? escaped : match) : bare === quote ? `\\${bare}` : bare!,
  );
  return quote + body + quote;
}

/**
 * A property key as prettier prints it with quoteProps "as-needed": a quoted key whose text is an
 * identifier name and holds no escape loses its quotes (only ASCII text reaches here, so ES5's
 * identifier names are the ASCII ones); any other quoted key keeps them, in prettier's quotes.
 */
export function propertyKey(key: string): string {
  if (!/^['"]/.test(key)) return key;
  const content = key.slice(1, -1);
  return IDENTIFIER.test(content) ? content : stringLiteral(key);
}

/** A type or value on one line. */
export function flat(node: Node): string {
  switch (node.kind) {
    case 'name':
      return node.args ? `${node.text}<${node.args.map(flat).join(', ')}>` : node.text;
    case 'string':
      return stringLiteral(node.raw);
    case 'number':
      return node.text;
    case 'union':
      return node.types.map(flat).join(' | ');
    case 'array':
      return node.element.kind === 'union' ? `(${flat(node.element)})[]` : `${flat(node.element)}[]`;
    case 'readonly':
      return `readonly ${flat(node.type)}`;
    case 'conditional':
      return `${flat(node.check)} extends ${flat(node.extends)} ? ${flat(node.then)} : ${flat(node.else)}`;
    case 'object':
      return node.properties.length ? `{ ${node.properties.map(property).join(', ')} }` : '{}';
    case 'list':
      if (alwaysBroken(node.elements)) throw new Unknown('a list prettier always breaks');
      return `[${node.elements.map(flat).join(', ')}]`;
    case 'call':
      return `${node.callee}(${node.args.map(flat).join(', ')})`;
  }
}

/**
 * Prettier breaks a list of several objects or lists, each of several members, even where it
 * would fit on one line (and with it every enclosing object); such a list is refused whatever its
 * members' kinds, which is more than prettier's rule takes in.
 */
function alwaysBroken(elements: readonly Node[]): boolean {
  const size = (e: Node): number =>
    e.kind === 'object' ? e.properties.length : e.kind === 'list' ? e.elements.length : -1;
  return elements.length > 1 && elements.every((e) => size(e) >= 0) && elements.some((e) => size(e) > 1);
}

function property(p: Property): string {
  return p.value ? `${propertyKey(p.key)}: ${flat(p.value)}` : p.key;
}

/**
 * A value that starts at column `column` after `prefix` and is followed by `suffix` on its last
 * line, as prettier lays it out: on one line where that fits; otherwise an object or array
 * literal broken one member a line, each member laid out the same way one level in, with a
 * trailing comma. Values without such a layout (a long string, a long call) are unknown.
 */
export function value(node: Node, prefix: string, suffix: string, indent: string): string {
  const line = `${prefix}${flat(node)}${suffix}`;
  if (line.length <= WIDTH) return line;
  const inner = `${indent}  `;
  if (node.kind === 'object' && node.properties.length) {
    const lines = node.properties.map((p) =>
      p.value ? value(p.value, `${inner}${propertyKey(p.key)}: `, ',', inner) : fitting(`${inner}${p.key},`),
    );
    return `${fitting(`${prefix}{`)}\n${lines.join('\n')}\n${fitting(`${indent}}${suffix}`)}`;
  }
  if (node.kind === 'list' && node.elements.length) {
    // Prettier fills lines with numbers rather than giving each its own.
    if (node.elements.every((e) => e.kind === 'number')) throw new Unknown('a list prettier fills');
    const lines = node.elements.map((e) => value(e, inner, ',', inner));
    return `${fitting(`${prefix}[`)}\n${lines.join('\n')}\n${fitting(`${indent}]${suffix}`)}`;
  }
  throw new Unknown('a value too long for one line');
}
