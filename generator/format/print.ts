import { createRequire } from 'node:module';
import { StructureKind, type StatementStructures } from 'ts-morph';
import { Writer } from './writer.ts';

/** ts-morph's own printer, loaded (with TypeScript, a few hundred milliseconds) only for a file that needs it. */
const printStructure = (...args: Parameters<typeof import('ts-morph').printStructure>): string =>
  (createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph')).printStructure(...args);

/**
 * The text of a source file made of these statements, the same as ts-morph's
 * `printStructure` gives (single quotes, four-space indentation), printed
 * straight into one writer. ts-morph builds a writer for every fragment and
 * scans its text again for each comma it places, which made printing most of
 * a large generation's time. Statements with parts the emitter does not use
 * (decorators, accessors, trivia, heritage clauses, ...) are left to ts-morph.
 */
export function printStatements(statements: readonly StatementStructures[]): string {
  const writer = new Writer();
  try {
    for (const statement of statements) printStatement(writer, statement);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return printStructure({ kind: StructureKind.SourceFile, statements: [...statements] }, { useSingleQuote: true });
  }
  if (!writer.isAtStartOfFirstLineOfBlock() && !writer.isLastNewLine()) writer.newLine();
  return writer.toString();
}

class Unsupported extends Error {}

// Structures are read loosely: each printer names the keys it knows, and any other key set sends the file to ts-morph.
type Loose = Record<string, unknown>;
type Members = readonly Loose[] | undefined;

/** Fails unless every key set on the structure is one this printer prints. */
function only(structure: Loose, keys: readonly string[]): Loose {
  for (const key in structure) {
    const value = structure[key];
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
    if (key !== 'kind' && !keys.includes(key)) throw new Unsupported(key);
  }
  return structure;
}

const MODIFIERS = ['isExported', 'hasDeclareKeyword', 'scope', 'isStatic', 'isAsync', 'isReadonly'];
const SIGNATURE = [...MODIFIERS, 'docs', 'name', 'typeParameters', 'parameters', 'returnType'];

function printStatement(w: Writer, statement: StatementStructures): void {
  const { leadingTrivia, ...s } = statement as unknown as Loose;
  if (w.isLastNonWhitespaceCloseBrace()) w.blankLineIfLastNot();
  else if (!w.isAtStartOfFirstLineOfBlock()) w.newLineIfLastNot();
  const blankBefore = (): void => void (w.isAtStartOfFirstLineOfBlock() || w.blankLineIfLastNot());
  if (statement.kind === StructureKind.Interface || statement.kind === StructureKind.Function || statement.kind === StructureKind.Class) blankBefore();
  trivia(w, leadingTrivia);
  switch (statement.kind) {
    case StructureKind.ImportDeclaration:
      return importDeclaration(w, only(s, ['isTypeOnly', 'defaultImport', 'namespaceImport', 'namedImports', 'moduleSpecifier']));
    case StructureKind.ExportDeclaration:
      return exportDeclaration(w, only(s, ['isTypeOnly', 'namedExports', 'namespaceExport', 'moduleSpecifier']));
    case StructureKind.TypeAlias:
      return typeAlias(w, only(s, [...MODIFIERS, 'docs', 'name', 'typeParameters', 'type']));
    case StructureKind.VariableStatement:
      return variableStatement(w, only(s, [...MODIFIERS, 'docs', 'declarationKind', 'declarations']));
    case StructureKind.Interface:
      return interfaceDeclaration(w, only(s, [...MODIFIERS, 'docs', 'name', 'typeParameters', 'properties', 'indexSignatures']));
    case StructureKind.Function:
      return functionDeclaration(w, only(s, [...SIGNATURE, 'statements', 'overloads']));
    case StructureKind.Class:
      return classDeclaration(w, only(s, [...MODIFIERS, 'docs', 'name', 'typeParameters', 'properties', 'ctors', 'methods']));
    default:
      throw new Unsupported(String(statement.kind));
  }
}

/** Text written before a statement (a comment, say), closed if it leaves a comment open. */
function trivia(w: Writer, value: unknown): void {
  if (value === undefined) return;
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => {
    w.write(text(item));
    if (i < items.length - 1) w.newLineIfLastNot();
  });
  w.closeComment();
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw new Unsupported('a text written by a function');
  return value.replace(/\r\n/g, '\n');
}

const blank = (value: string): boolean => !/\S/.test(value);

function docs(w: Writer, list: unknown): void {
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

function modifiers(w: Writer, s: Loose): void {
  if (s.isExported) w.write('export ');
  if (s.hasDeclareKeyword) w.write('declare ');
  if (s.scope != null) w.write(`${text(s.scope)} `);
  if (s.isStatic) w.write('static ');
  if (s.isAsync) w.write('async ');
  if (s.isReadonly) w.write('readonly ');
}

/** Items separated by `, `: ts-morph writes a space between items, then a comma after each but the last. */
function commaSeparated(w: Writer, items: Members, print: (item: Loose) => void): void {
  (items ?? []).forEach((item, i) => {
    if (i > 0) w.write(',').spaceIfLastNot();
    print(item);
    // ts-morph puts the comma before trailing whitespace and comments; items here end in code.
    if (!w.endsInCode()) throw new Unsupported('an item that ends in whitespace or a comment');
  });
}

/** `: type` (or another separator), on a hanging indent; nothing for a blank type. */
function typed(w: Writer, separator: string, type: unknown, always = false): void {
  if (type == null && !always) return;
  const t = text(type ?? 'any');
  if (!blank(t)) w.hangingIndent(() => w.write(`${separator} ${t}`));
}

function initializer(w: Writer, value: unknown): void {
  if (value == null) return;
  const t = text(value);
  if (!blank(t)) w.hangingIndent(() => w.spaceIfLastNot().write(`= ${t}`));
}

function typeParameters(w: Writer, list: Members): void {
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

function parameters(w: Writer, list: Members): void {
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

function returnType(w: Writer, type: unknown): void {
  if (type == null) return;
  const t = text(type);
  if (!blank(t)) w.hangingIndent(() => w.write(`: ${t}`));
}

/** Statements of a body, each on its line, a blank line after one that ends with a brace. */
function body(w: Writer, statements: unknown): void {
  for (const statement of (statements as readonly unknown[] | undefined) ?? []) {
    if (w.isLastNonWhitespaceCloseBrace()) w.blankLineIfLastNot();
    else if (!w.isAtStartOfFirstLineOfBlock()) w.newLineIfLastNot();
    w.write(text(statement));
  }
}

function quoted(specifier: unknown): string {
  const t = text(specifier);
  if (!/^[\w./@-]*$/.test(t)) throw new Unsupported('a module specifier that needs escaping');
  return `'${t}'`;
}

function specifiers(w: Writer, list: readonly unknown[]): void {
  const inner = new Writer();
  commaSeparated(inner, list as Members, (item) => {
    if (typeof item === 'string') return void inner.write(item);
    only(item, ['name', 'isTypeOnly', 'alias']);
    if (item.isTypeOnly) inner.write('type ');
    inner.write(text(item.name));
    if (item.alias != null && !blank(text(item.alias))) inner.write(` as ${text(item.alias)}`);
  });
  const t = inner.toString();
  if (t.includes('\n')) throw new Unsupported('a specifier over several lines');
  w.write(`{ ${t} }`);
}

function importDeclaration(w: Writer, s: Loose): void {
  const named = (s.namedImports as readonly unknown[] | undefined) ?? [];
  w.write(s.isTypeOnly ? 'import type' : 'import');
  if (s.defaultImport != null) w.write(` ${text(s.defaultImport)}${named.length || s.namespaceImport != null ? ',' : ''}`);
  if (s.namespaceImport != null) w.write(` * as ${text(s.namespaceImport)}`);
  if (named.length) specifiers(w.space(), named);
  if (s.defaultImport != null || named.length || s.namespaceImport != null) w.write(' from');
  w.write(` ${quoted(s.moduleSpecifier)};`);
}

function exportDeclaration(w: Writer, s: Loose): void {
  const named = (s.namedExports as readonly unknown[] | undefined) ?? [];
  const from = typeof s.moduleSpecifier === 'string' && s.moduleSpecifier.length > 0;
  w.write(s.isTypeOnly ? 'export type' : 'export');
  if (named.length) specifiers(w.space(), named);
  else if (s.namespaceExport != null) w.write(blank(text(s.namespaceExport)) ? ' *' : ` * as ${text(s.namespaceExport)}`);
  else w.write(from ? ' *' : ' { }');
  if (from) w.write(` from ${quoted(s.moduleSpecifier)}`);
  w.write(';');
}

function typeAlias(w: Writer, s: Loose): void {
  docs(w, s.docs);
  modifiers(w, s);
  w.write(`type ${text(s.name)}`);
  typeParameters(w, s.typeParameters as Members);
  typed(w, ' =', s.type);
  w.write(';');
}

function variableStatement(w: Writer, s: Loose): void {
  docs(w, s.docs);
  w.hangingIndent(() => {
    modifiers(w, s);
    w.write(`${s.declarationKind == null ? 'let' : text(s.declarationKind)} `);
    commaSeparated(w, s.declarations as Members, (d) => {
      only(d, ['name', 'type', 'initializer', 'hasExclamationToken']);
      w.write(text(d.name));
      if (d.hasExclamationToken) w.write('!');
      typed(w, ':', d.type);
      initializer(w, d.initializer);
    });
    w.write(';');
  });
}

function interfaceDeclaration(w: Writer, s: Loose): void {
  docs(w, s.docs);
  modifiers(w, s);
  w.write(`interface ${text(s.name)}`);
  typeParameters(w, s.typeParameters as Members);
  w.space().inlineBlock(() => {
    const indexes = (s.indexSignatures as Members) ?? [];
    indexes.forEach((index, i) => {
      only(index, ['docs', 'keyName', 'keyType', 'returnType', 'isReadonly']);
      if (i > 0) w.newLine();
      docs(w, index.docs);
      modifiers(w, index);
      w.write(`[${(index.keyName as string) || 'key'}: ${(index.keyType as string) || 'string'}]`);
      returnType(w, index.returnType);
      w.write(';');
    });
    const properties = (s.properties as Members) ?? [];
    if (properties.length && !w.isAtStartOfFirstLineOfBlock()) w.newLine();
    properties.forEach((p, i) => {
      only(p, ['docs', 'name', 'hasQuestionToken', 'type', 'isReadonly', 'initializer']);
      if (i > 0) w.newLine();
      property(w, p);
    });
  });
}

function property(w: Writer, p: Loose): void {
  docs(w, p.docs);
  modifiers(w, p);
  w.write(text(p.name));
  if (p.hasQuestionToken) w.write('?');
  else if (p.hasExclamationToken) w.write('!');
  typed(w, ':', p.type);
  initializer(w, p.initializer);
  w.write(';');
}

function functionDeclaration(w: Writer, s: Loose): void {
  const inherited = { hasDeclareKeyword: s.hasDeclareKeyword, isExported: s.isExported };
  for (const overload of (s.overloads as Members) ?? []) {
    only(overload, SIGNATURE);
    functionHeader(w, s.name, { ...overload, ...Object.fromEntries(Object.entries(inherited).filter(([k]) => overload[k] === undefined)) });
    w.write(';').newLine();
  }
  functionHeader(w, s.name, s);
  if (s.hasDeclareKeyword) w.write(';');
  else w.space().inlineBlock(() => body(w, s.statements));
}

function functionHeader(w: Writer, name: unknown, s: Loose): void {
  docs(w, s.docs);
  modifiers(w, s);
  w.write('function');
  if (name != null && !blank(text(name))) w.write(` ${text(name)}`);
  typeParameters(w, s.typeParameters as Members);
  parameters(w, s.parameters as Members);
  returnType(w, s.returnType);
}

function classDeclaration(w: Writer, s: Loose): void {
  const ambient = Boolean(s.hasDeclareKeyword);
  const separate = (): void => void (w.isAtStartOfFirstLineOfBlock() || (ambient ? w.newLine() : w.blankLine()));
  docs(w, s.docs);
  modifiers(w, s);
  w.write('class');
  if (s.name != null && !blank(text(s.name))) w.space().write(text(s.name));
  typeParameters(w, s.typeParameters as Members);
  w.space().inlineBlock(() => {
    ((s.properties as Members) ?? []).forEach((p, i) => {
      only(p, ['docs', 'name', 'hasQuestionToken', 'hasExclamationToken', 'type', 'initializer', ...MODIFIERS]);
      if (i > 0) w.newLine();
      property(w, p);
    });
    for (const ctor of (s.ctors as Members) ?? []) {
      only(ctor, ['docs', 'scope', 'parameters', 'statements']);
      separate();
      docs(w, ctor.docs);
      modifiers(w, ctor);
      w.write('constructor');
      parameters(w, ctor.parameters as Members);
      if (ambient) w.write(';');
      else w.space().inlineBlock(() => body(w, ctor.statements));
    }
    const methods = (s.methods as Members) ?? [];
    if (methods.length) separate();
    methods.forEach((m, i) => {
      if (i > 0) (ambient ? w.newLine() : w.blankLine());
      method(w, only(m, [...SIGNATURE, 'hasQuestionToken', 'statements', 'overloads']), ambient);
    });
  });
}

function method(w: Writer, m: Loose, ambient: boolean): void {
  const inherited = { scope: m.scope, isStatic: m.isStatic, hasQuestionToken: m.hasQuestionToken };
  for (const overload of (m.overloads as Members) ?? []) {
    only(overload, [...SIGNATURE, 'hasQuestionToken']);
    methodHeader(w, m.name, { ...overload, ...Object.fromEntries(Object.entries(inherited).filter(([k]) => overload[k] === undefined)) });
    w.write(';').newLine();
  }
  methodHeader(w, m.name, m);
  if (ambient) w.write(';');
  else w.spaceIfLastNot().inlineBlock(() => body(w, m.statements));
}

function methodHeader(w: Writer, name: unknown, m: Loose): void {
  docs(w, m.docs);
  modifiers(w, m);
  w.write(text(name));
  if (m.hasQuestionToken) w.write('?');
  typeParameters(w, m.typeParameters as Members);
  parameters(w, m.parameters as Members);
  returnType(w, m.returnType);
}

