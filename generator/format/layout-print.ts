import type { Node, Property, TypeMember } from './layout-syntax.ts';
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
    case 'objectType':
      // Prettier keeps an object type broken where its text is; such a one has no one-line form.
      if (node.expanded && node.members.length) throw new Unknown('an object type on several lines');
      return node.members.length ? `{ ${node.members.map(typeMember).join('; ')} }` : '{}';
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

function typeMember(m: TypeMember): string {
  const key = m.index ? `[${m.key}: ${flat(m.index)}]` : `${propertyKey(m.key)}${m.optional ? '?' : ''}`;
  return `${m.readonly ? 'readonly ' : ''}${key}: ${flat(m.type)}`;
}

/**
 * A type after `prefix` and before `suffix` on its last line, as prettier lays out a member's or
 * an alias's type: on one line where it has a one-line form that fits; an object type (or an
 * array of one) otherwise broken one member a line, each after its doc comments, one level in.
 * An object type broken inside a union or type arguments is not laid out.
 */
export function typeLayout(node: Node, prefix: string, suffix: string, indent: string): string {
  const objectType = node.kind === 'array' ? node.element : node;
  if (objectType.kind !== 'objectType' || objectType.members.length === 0 || (!objectType.expanded && fits()))
    return fitting(`${prefix}${flat(node)}${suffix}`);
  const inner = `${indent}  `;
  const members = objectType.members.map((m) => {
    const head = `${inner}${m.readonly ? 'readonly ' : ''}${m.index ? `[${m.key}: ${flat(m.index)}]` : `${propertyKey(m.key)}${m.optional ? '?' : ''}`}: `;
    return `${m.docs.map((doc) => `${blockComment(doc, inner)}\n`).join('')}${typeLayout(m.type, head, ';', inner)}`;
  });
  const close = `${indent}}${node.kind === 'array' ? '[]' : ''}${suffix}`;
  return `${fitting(`${prefix}{`)}\n${members.join('\n')}\n${fitting(close)}`;

  function fits(): boolean {
    try {
      return `${prefix}${flat(node)}${suffix}`.length <= WIDTH;
    } catch (error) {
      if (error instanceof Unknown) return false;
      throw error;
    }
  }
}

/**
 * A block comment as prettier prints it at this indentation (printIndentableBlockComment of
 * prettier 3.10.1): one on a single line as written; one whose every line starts with `*` with
 * each line re-indented and its trailing whitespace dropped, except the two spaces of a Markdown
 * line break in a doc comment. Any other is kept as written, which this printer does not do.
 */
export function blockComment(raw: string, indent: string): string {
  const value = raw.slice(2, -2);
  if (!value.includes('\n')) return `${indent}${raw}`;
  const lines = `*${value}*`.split('\n').map((line) => line.trimStart());
  if (lines.some((line) => !line.startsWith('*'))) throw new Unknown('a block comment prettier keeps as written');
  const doc = value[0] === '*' && value[1] !== '*';
  return lines
    .map((line, i) => {
      if (i === 0) return `${indent}/${line.trimEnd()}`;
      if (i === lines.length - 1) return `${indent} ${line}/`;
      const kept = line.trimEnd();
      return `${indent} ${kept}${doc && kept !== '*' && line.endsWith('  ') ? '  ' : ''}`;
    })
    .join('\n');
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
