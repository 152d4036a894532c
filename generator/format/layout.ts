import { StructureKind, type StatementStructures } from 'ts-morph';
import { exportDeclaration, importDeclaration } from './layout-imports.ts';
import {
  flat,
  fitting,
  identifier,
  IDENTIFIER,
  propertyKey,
  typeLayout,
  Unknown,
  value,
  WIDTH,
} from './layout-print.ts';
import { typeNode, valueNode, type Node } from './layout-syntax.ts';
import { type Loose, type Members, only, text, Unsupported } from './print-parts.ts';

/**
 * A top-level statement as prettier (format.ts's options) prints it, or
 * undefined where its layout is not one this printer knows for certain. It
 * takes the statements the emitter writes most: imports and exports,
 * interfaces, type aliases, constants, functions and classes whose every
 * part is in the grammar of layout-syntax.ts and whose lines either fit the
 * print width or break where prettier's rule is simple (a long signature one
 * parameter a line, a long union one member a line, a long literal one
 * member a line). Whatever else prettier formats, as before.
 */
export function layoutStatement(statement: StatementStructures): string | undefined {
  try {
    return layout(statement as unknown as Loose);
  } catch (error) {
    if (error instanceof Unknown || error instanceof Unsupported) return undefined;
    throw error;
  }
}

function layout(s: Loose): string {
  switch (s.kind) {
    case StructureKind.ImportDeclaration:
      return importDeclaration(only(s, ['isTypeOnly', 'namedImports', 'namespaceImport', 'moduleSpecifier']));
    case StructureKind.ExportDeclaration:
      return exportDeclaration(only(s, ['isTypeOnly', 'namedExports', 'namespaceExport', 'moduleSpecifier']));
    case StructureKind.Interface:
      return interfaceDeclaration(
        only(s, ['isExported', 'docs', 'name', 'typeParameters', 'properties', 'indexSignatures']),
      );
    case StructureKind.TypeAlias:
      return typeAlias(only(s, ['isExported', 'docs', 'name', 'typeParameters', 'type']));
    case StructureKind.VariableStatement:
      return variableStatement(only(s, ['isExported', 'docs', 'declarationKind', 'declarations']));
    case StructureKind.Function:
      return functionDeclaration(
        only(s, ['isExported', 'isAsync', 'docs', 'name', 'typeParameters', 'parameters', 'returnType', 'statements']),
      );
    case StructureKind.Class:
      return classDeclaration(only(s, ['isExported', 'docs', 'name', 'properties', 'ctors', 'methods']));
    default:
      throw new Unknown('a kind of statement');
  }
}

function parsedType(value: unknown): Node {
  const node = typeNode(text(value));
  if (!node) throw new Unknown('a type');
  return node;
}

function typeText(value: unknown): string {
  return flat(parsedType(value));
}

function parsedValue(value: unknown): Node {
  const t = text(value);
  const node = t.includes('\n') ? undefined : valueNode(t);
  if (!node) throw new Unknown('a value');
  return node;
}

/**
 * JSDoc blocks as prettier prints those ts-morph writes (`/**`, ` * line`, ` *\/`): a block on one
 * line as it is; the lines of a longer one indented to the declaration, each without its trailing
 * whitespace except that a line ending in two spaces (a Markdown line break) keeps two.
 */
function docs(list: unknown, indent: string): string {
  let out = '';
  for (const doc of (list as readonly unknown[] | undefined) ?? []) {
    const t = text(doc);
    if (/\*\/|[\r\u2028\u2029]/.test(t)) throw new Unknown('a doc prettier may read otherwise');
    const lines = t.split('\n');
    if (lines.length === 1) {
      const open = `/** ${lines[0]}`;
      out += `${indent}${open}${open.endsWith(' ') ? '' : ' '}*/\n`;
      continue;
    }
    out += `${indent}/**\n`;
    for (const line of lines[0] === '' ? lines.slice(1) : lines) {
      const written = (line.length ? `* ${line}` : '*').trimStart();
      const kept = written.trimEnd();
      out += `${indent} ${kept}${kept !== '*' && written.endsWith('  ') ? '  ' : ''}\n`;
    }
    out += `${indent} */\n`;
  }
  return out;
}

function exported(s: Loose): string {
  return s.isExported ? 'export ' : '';
}

/** `<D extends Depth = 0>`, on one line. */
function typeParameters(list: Members): string {
  if (!list?.length) return '';
  const params = list.map((p) => {
    if (typeof p === 'string') return identifier(p);
    only(p, ['name', 'constraint', 'default']);
    const constraint = p.constraint == null || text(p.constraint) === '' ? '' : ` extends ${typeText(p.constraint)}`;
    const fallback = p.default == null || text(p.default) === '' ? '' : ` = ${typeText(p.default)}`;
    return `${identifier(p.name)}${constraint}${fallback}`;
  });
  return `<${params.join(', ')}>`;
}

function interfaceDeclaration(s: Loose): string {
  const head = fitting(`${exported(s)}interface ${identifier(s.name)}${typeParameters(s.typeParameters as Members)} {`);
  const members: string[] = [];
  for (const index of (s.indexSignatures as Members) ?? []) {
    only(index, ['docs', 'keyName', 'keyType', 'returnType', 'isReadonly']);
    const key = `${identifier(index.keyName || 'key')}: ${typeText(index.keyType || 'string')}`;
    const readonly = index.isReadonly ? 'readonly ' : '';
    members.push(
      `${docs(index.docs, '  ')}${typeLayout(parsedType(index.returnType), `  ${readonly}[${key}]: `, ';', '  ')}`,
    );
  }
  for (const p of (s.properties as Members) ?? []) {
    only(p, ['docs', 'name', 'hasQuestionToken', 'type', 'isReadonly']);
    const name = `${p.isReadonly ? 'readonly ' : ''}${memberName(p.name)}${p.hasQuestionToken ? '?' : ''}`;
    members.push(`${docs(p.docs, '  ')}${typeLayout(parsedType(p.type), `  ${name}: `, ';', '  ')}`);
  }
  const body = members.length ? `${head}\n${members.join('\n')}\n}` : `${head}}`;
  return `${docs(s.docs, '')}${body}`;
}

/** An interface member's name: an identifier, or a string literal (which prettier unquotes where it can). */
function memberName(name: unknown): string {
  const t = text(name);
  if (/^['"]/.test(t)) {
    const node = typeNode(t);
    if (node?.kind !== 'string') throw new Unknown('a quoted name');
    return propertyKey(node.raw);
  }
  return identifier(t);
}

/**
 * `type A = B | C;`; too long for a line, a union on the next line, or where it does not fit there
 * either, broken one member a line.
 */
function typeAlias(s: Loose): string {
  const head = `${exported(s)}type ${identifier(s.name)}${typeParameters(s.typeParameters as Members)} =`;
  const node = parsedType(s.type);
  if (node.kind === 'objectType') return `${docs(s.docs, '')}${typeLayout(node, `${head} `, ';', '')}`;
  const line = `${head} ${flat(node)};`;
  if (line.length <= WIDTH) return `${docs(s.docs, '')}${line}`;
  if (node.kind !== 'union') throw new Unknown('a long type that is not a union');
  // The union goes on the next line, one level in, where it fits there.
  const next = `  ${flat(node)};`;
  if (next.length <= WIDTH) return `${docs(s.docs, '')}${fitting(head)}\n${next}`;
  const members = node.types.map((t, i) => fitting(`  | ${flat(t)}${i === node.types.length - 1 ? ';' : ''}`));
  return `${docs(s.docs, '')}${fitting(head)}\n${members.join('\n')}`;
}

function variableStatement(s: Loose): string {
  const declarations = s.declarations as Members;
  if (declarations?.length !== 1) throw new Unknown('several declarations');
  const d = only(declarations[0]!, ['name', 'type', 'initializer']);
  const kind = text(s.declarationKind ?? 'let');
  if (kind !== 'const' && kind !== 'let') throw new Unknown('a declaration kind');
  const type = d.type == null ? '' : `: ${typeText(d.type)}`;
  const head = `${exported(s)}${kind} ${identifier(d.name)}${type}`;
  const body = d.initializer == null ? fitting(`${head};`) : value(parsedValue(d.initializer), `${head} = `, ';', '');
  return `${docs(s.docs, '')}${body}`;
}

/** Parameters on the line of `head` and `tail` where they fit, else one a line with a trailing comma. */
function signature(head: string, list: Members, tail: string, indent: string): string {
  const params = (list ?? []).map((p) => {
    only(p, ['name', 'type', 'hasQuestionToken', 'initializer']);
    const type = p.type == null ? (p.hasQuestionToken ? ': any' : '') : `: ${typeText(p.type)}`;
    const init = p.initializer == null ? '' : ` = ${flat(parsedValue(p.initializer))}`;
    return `${identifier(p.name)}${p.hasQuestionToken ? '?' : ''}${type}${init}`;
  });
  const line = `${head}(${params.join(', ')})${tail}`;
  if (line.length <= WIDTH) return line;
  // Prettier keeps a lone parameter of an object type (or one destructured) on the line: neither is parsed here.
  if (params.length === 0) throw new Unknown('a long signature without parameters');
  const inner = `${indent}  `;
  return `${fitting(`${head}(`)}\n${params.map((p) => fitting(`${inner}${p},`)).join('\n')}\n${fitting(`${indent})${tail}`)}`;
}

/** A body of one-line statements: `return value;` or `target = value;`. */
function body(statements: unknown, indent: string): string {
  const lines = ((statements as readonly unknown[] | undefined) ?? []).map((statement) => {
    const t = text(statement);
    const m = /^(return |[A-Za-z_$][\w$]*(?:\.#?[A-Za-z_$][\w$]*)* = )(.*);$/.exec(t);
    if (!m || t.includes('\n')) throw new Unknown('a statement');
    return fitting(`${indent}  ${m[1]}${flat(parsedValue(m[2]))};`);
  });
  return lines.length ? `{\n${lines.join('\n')}\n${indent}}` : '{}';
}

function returnType(type: unknown): string {
  return type == null ? '' : `: ${typeText(type)}`;
}

function functionDeclaration(s: Loose): string {
  const head = `${exported(s)}${s.isAsync ? 'async ' : ''}function ${identifier(s.name)}${typeParameters(s.typeParameters as Members)}`;
  const sig = signature(head, s.parameters as Members, `${returnType(s.returnType)} {`, '');
  return `${docs(s.docs, '')}${sig.slice(0, -1)}${body(s.statements, '')}`;
}

/**
 * Properties on consecutive lines, then the constructor and each method after a blank line: the
 * printer writes them so (print.ts), and prettier keeps the blank lines it finds between members.
 */
function classDeclaration(s: Loose): string {
  const members: string[] = [];
  for (const p of (s.properties as Members) ?? []) {
    only(p, [
      'docs',
      'name',
      'type',
      'isReadonly',
      'scope',
      'isStatic',
      'hasQuestionToken',
      'hasExclamationToken',
      'initializer',
    ]);
    const name = text(p.name);
    if (!IDENTIFIER.test(name.replace(/^#/, ''))) throw new Unknown('a property name');
    const mods = `${p.scope ? `${text(p.scope)} ` : ''}${p.isStatic ? 'static ' : ''}${p.isReadonly ? 'readonly ' : ''}`;
    const mark = p.hasQuestionToken ? '?' : p.hasExclamationToken ? '!' : '';
    const head = `  ${mods}${name}${mark}${p.type == null ? '' : `: ${typeText(p.type)}`}`;
    const line =
      p.initializer == null ? fitting(`${head};`) : value(parsedValue(p.initializer), `${head} = `, ';', '  ');
    members.push(`${members.length ? '\n' : ''}${docs(p.docs, '  ')}${line}`);
  }
  for (const ctor of (s.ctors as Members) ?? []) {
    only(ctor, ['docs', 'parameters', 'statements']);
    const sig = signature('  constructor', ctor.parameters as Members, ' {', '  ');
    members.push(
      `${members.length ? '\n\n' : ''}${docs(ctor.docs, '  ')}${sig.slice(0, -1)}${body(ctor.statements, '  ')}`,
    );
  }
  for (const m of (s.methods as Members) ?? []) {
    only(m, [
      'docs',
      'name',
      'scope',
      'isStatic',
      'isAsync',
      'typeParameters',
      'parameters',
      'returnType',
      'statements',
    ]);
    const mods = `${m.scope ? `${text(m.scope)} ` : ''}${m.isStatic ? 'static ' : ''}${m.isAsync ? 'async ' : ''}`;
    const head = `  ${mods}${identifier(m.name)}${typeParameters(m.typeParameters as Members)}`;
    const sig = signature(head, m.parameters as Members, `${returnType(m.returnType)} {`, '  ');
    members.push(`${members.length ? '\n\n' : ''}${docs(m.docs, '  ')}${sig.slice(0, -1)}${body(m.statements, '  ')}`);
  }
  const head = fitting(`${exported(s)}class ${identifier(s.name)} {`);
  return `${docs(s.docs, '')}${members.length ? `${head}\n${members.join('')}\n}` : `${head}}`}`;
}
