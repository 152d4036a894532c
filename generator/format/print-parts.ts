import { Writer } from './writer.ts';

/** A structure with a part the fast printer does not print: the file goes to ts-morph. */
export class Unsupported extends Error {}

// Structures are read loosely: each printer names the keys it knows, and any other key set sends the file to ts-morph.
export type Loose = Record<string, unknown>;
export type Members = readonly Loose[] | undefined;

/** Fails unless every key set on the structure is one this printer prints. */
export function only(structure: Loose, keys: readonly string[]): Loose {
  for (const key in structure) {
    const value = structure[key];
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
    if (key !== 'kind' && !keys.includes(key)) throw new Unsupported(key);
  }
  return structure;
}

export const MODIFIERS = ['isExported', 'hasDeclareKeyword', 'scope', 'isStatic', 'isAsync', 'isReadonly'];
export const SIGNATURE = [...MODIFIERS, 'docs', 'name', 'typeParameters', 'parameters', 'returnType'];
export function text(value: unknown): string {
  if (typeof value !== 'string') throw new Unsupported('a text written by a function');
  return value.replace(/\r\n/g, '\n');
}

export const blank = (value: string): boolean => !/\S/.test(value);

export function docs(w: Writer, list: unknown): void {
  for (const doc of (list as readonly unknown[] | undefined) ?? []) {
    const lines = text(doc).split(/\r?\n/);
    w.write('/**');
    if (lines.length <= 1) w.space().write(lines[0]!);
    else {
      w.newLine();
      for (let i = lines[0]!.length === 0 ? 1 : 0; i < lines.length; i++) {
        w.write(' *');
        if (lines[i]!.length > 0) w.write(` ${lines[i]}`);
        w.newLine();
      }
    }
    w.spaceIfLastNot().write('*/').newLine();
  }
}

export function modifiers(w: Writer, s: Loose): void {
  if (s.isExported) w.write('export ');
  if (s.hasDeclareKeyword) w.write('declare ');
  if (s.scope != null) w.write(`${text(s.scope)} `);
  if (s.isStatic) w.write('static ');
  if (s.isAsync) w.write('async ');
  if (s.isReadonly) w.write('readonly ');
}

/** Items separated by `, `: ts-morph writes a space between items, then a comma after each but the last. */
export function commaSeparated(w: Writer, items: Members, print: (item: Loose) => void): void {
  (items ?? []).forEach((item, i) => {
    if (i > 0) w.write(',').spaceIfLastNot();
    print(item);
    // ts-morph puts the comma before trailing whitespace and comments; items here end in code.
    if (!w.endsInCode()) throw new Unsupported('an item that ends in whitespace or a comment');
  });
}

/** `: type` (or another separator), on a hanging indent; nothing for a blank type. */
export function typed(w: Writer, separator: string, type: unknown, always = false): void {
  if (type == null && !always) return;
  const t = text(type ?? 'any');
  if (!blank(t)) w.hangingIndent(() => w.write(`${separator} ${t}`));
}

export function initializer(w: Writer, value: unknown): void {
  if (value == null) return;
  const t = text(value);
  if (!blank(t)) w.hangingIndent(() => w.spaceIfLastNot().write(`= ${t}`));
}

export function typeParameters(w: Writer, list: Members): void {
  if (!list?.length) return;
  w.write('<');
  commaSeparated(w, list, (p) => {
    if (typeof p === 'string') return void w.write(p);
    only(p, ['name', 'constraint', 'default']);
    w.hangingIndent(() => {
      w.write(text(p.name));
      if (p.constraint != null && !blank(text(p.constraint))) w.write(` extends ${text(p.constraint)}`);
      if (p.default != null && !blank(text(p.default))) w.write(` = ${text(p.default)}`);
    });
  });
  w.write('>');
}

export function parameters(w: Writer, list: Members): void {
  w.write('(');
  if (list?.length) {
    w.hangingIndent(() =>
      commaSeparated(w, list, (p) => {
        only(p, ['name', 'type', 'hasQuestionToken', 'initializer', 'isReadonly', 'scope', 'isRestParameter']);
        modifiers(w, p);
        if (p.isRestParameter) w.write('...');
        w.write(text(p.name));
        if (p.hasQuestionToken) w.write('?');
        typed(w, ':', p.type, Boolean(p.hasQuestionToken));
        initializer(w, p.initializer);
      }),
    );
  }
  w.write(')');
}

export function returnType(w: Writer, type: unknown): void {
  if (type == null) return;
  const t = text(type);
  if (!blank(t)) w.hangingIndent(() => w.write(`: ${t}`));
}

/** Statements of a body, each on its line, a blank line after one that ends with a brace. */
export function body(w: Writer, statements: unknown): void {
  for (const statement of (statements as readonly unknown[] | undefined) ?? []) {
    if (w.isLastNonWhitespaceCloseBrace()) w.blankLineIfLastNot();
    else if (!w.isAtStartOfFirstLineOfBlock()) w.newLineIfLastNot();
    w.write(text(statement));
  }
}

export function property(w: Writer, p: Loose): void {
  docs(w, p.docs);
  modifiers(w, p);
  w.write(text(p.name));
  if (p.hasQuestionToken) w.write('?');
  else if (p.hasExclamationToken) w.write('!');
  typed(w, ':', p.type);
  initializer(w, p.initializer);
  w.write(';');
}
