import { createRequire } from 'node:module';
import { StructureKind, type StatementStructures } from 'ts-morph';
import { Writer } from './writer.ts';
import {
  blank,
  body,
  commaSeparated,
  docs,
  type Loose,
  type Members,
  MODIFIERS,
  modifiers,
  only,
  parameters,
  property,
  returnType,
  SIGNATURE,
  text,
  typed,
  typeParameters,
  initializer,
  Unsupported,
} from './print-parts.ts';

/** ts-morph's own printer, loaded (with TypeScript, a few hundred milliseconds) only for a file that needs it. */
const printStructure = (...args: Parameters<typeof import('ts-morph').printStructure>): string =>
  (createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph')).printStructure(...args);

/**
 * The text of a source file made of these statements, the same as ts-morph's
 * `printStructure` gives (single quotes, four-space indentation), printed
 * straight into one writer. ts-morph builds a writer for every fragment and
 * scans its text again for each comma it places, which made printing most of
 * a large generation's time. Statements with parts the emitter does not use
 * (decorators, accessors, trailing trivia, heritage clauses, ...) are left to
 * ts-morph.
 */
export function printStatements(statements: readonly StatementStructures[]): string {
  return printSource(statements).text;
}

/** The printed text, and where each statement's text starts in it (unknown where ts-morph printed it). */
export interface PrintedSource {
  readonly text: string;
  readonly starts?: readonly number[];
}

export function printSource(statements: readonly StatementStructures[]): PrintedSource {
  const writer = new Writer();
  const starts: number[] = [];
  try {
    for (const statement of statements) {
      starts.push(writer.length);
      printStatement(writer, statement);
    }
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return {
      text: printStructure({ kind: StructureKind.SourceFile, statements: [...statements] }, { useSingleQuote: true }),
    };
  }
  if (!writer.isAtStartOfFirstLineOfBlock() && !writer.isLastNewLine()) writer.newLine();
  return { text: writer.toString(), starts };
}
function printStatement(w: Writer, statement: StatementStructures): void {
  const { leadingTrivia, ...s } = statement as unknown as Loose;
  if (w.isLastNonWhitespaceCloseBrace()) w.blankLineIfLastNot();
  else if (!w.isAtStartOfFirstLineOfBlock()) w.newLineIfLastNot();
  const blankBefore = (): void => void (w.isAtStartOfFirstLineOfBlock() || w.blankLineIfLastNot());
  if (
    statement.kind === StructureKind.Interface ||
    statement.kind === StructureKind.Function ||
    statement.kind === StructureKind.Class
  )
    blankBefore();
  trivia(w, leadingTrivia);
  switch (statement.kind) {
    case StructureKind.ImportDeclaration:
      return importDeclaration(
        w,
        only(s, ['isTypeOnly', 'defaultImport', 'namespaceImport', 'namedImports', 'moduleSpecifier']),
      );
    case StructureKind.ExportDeclaration:
      return exportDeclaration(w, only(s, ['isTypeOnly', 'namedExports', 'namespaceExport', 'moduleSpecifier']));
    case StructureKind.TypeAlias:
      return typeAlias(w, only(s, [...MODIFIERS, 'docs', 'name', 'typeParameters', 'type']));
    case StructureKind.VariableStatement:
      return variableStatement(w, only(s, [...MODIFIERS, 'docs', 'declarationKind', 'declarations']));
    case StructureKind.Interface:
      return interfaceDeclaration(
        w,
        only(s, [...MODIFIERS, 'docs', 'name', 'typeParameters', 'properties', 'indexSignatures']),
      );
    case StructureKind.Function:
      return functionDeclaration(w, only(s, [...SIGNATURE, 'statements', 'overloads']));
    case StructureKind.Class:
      return classDeclaration(
        w,
        only(s, [...MODIFIERS, 'docs', 'name', 'typeParameters', 'properties', 'ctors', 'methods']),
      );
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
  if (s.defaultImport != null)
    w.write(` ${text(s.defaultImport)}${named.length || s.namespaceImport != null ? ',' : ''}`);
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
  else if (s.namespaceExport != null)
    w.write(blank(text(s.namespaceExport)) ? ' *' : ` * as ${text(s.namespaceExport)}`);
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
function functionDeclaration(w: Writer, s: Loose): void {
  const inherited = { hasDeclareKeyword: s.hasDeclareKeyword, isExported: s.isExported };
  for (const overload of (s.overloads as Members) ?? []) {
    only(overload, SIGNATURE);
    functionHeader(w, s.name, {
      ...overload,
      ...Object.fromEntries(Object.entries(inherited).filter(([k]) => overload[k] === undefined)),
    });
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
      if (i > 0) ambient ? w.newLine() : w.blankLine();
      method(w, only(m, [...SIGNATURE, 'hasQuestionToken', 'statements', 'overloads']), ambient);
    });
  });
}

function method(w: Writer, m: Loose, ambient: boolean): void {
  const inherited = { scope: m.scope, isStatic: m.isStatic, hasQuestionToken: m.hasQuestionToken };
  for (const overload of (m.overloads as Members) ?? []) {
    only(overload, [...SIGNATURE, 'hasQuestionToken']);
    methodHeader(w, m.name, {
      ...overload,
      ...Object.fromEntries(Object.entries(inherited).filter(([k]) => overload[k] === undefined)),
    });
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
