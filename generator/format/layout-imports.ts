import { fitting, identifier, stringLiteral, Unknown, WIDTH } from './layout-print.ts';
import { type Loose, only, text } from './print-parts.ts';

// Imports and exports in prettier's layout (see layout.ts).

function moduleSource(specifier: unknown): string {
  return stringLiteral(`'${text(specifier).replace(/[\\']/g, (c) => `\\${c}`)}'`);
}

/**
 * `{ a, type B as C }` after `head`, before `tail`: on one line where it fits or where there is
 * one specifier (prettier never breaks a lone one), else one a line with a trailing comma.
 */
function specifiers(head: string, list: readonly unknown[], tail: string): string {
  const names = list.map((item) => {
    if (typeof item === 'string') return identifier(item);
    const s = only(item as Loose, ['name', 'isTypeOnly', 'alias']);
    const alias = s.alias == null || text(s.alias) === '' ? '' : ` as ${identifier(s.alias)}`;
    return `${s.isTypeOnly ? 'type ' : ''}${identifier(s.name)}${alias}`;
  });
  if (names.length === 0) throw new Unknown('an empty specifier list');
  const line = `${head}{ ${names.join(', ')} }${tail}`;
  if (line.length <= WIDTH || names.length === 1) return line;
  return `${head}{\n${names.map((n) => fitting(`  ${n},`)).join('\n')}\n}${tail}`;
}

export function importDeclaration(s: Loose): string {
  const head = s.isTypeOnly ? 'import type ' : 'import ';
  const from = ` from ${moduleSource(s.moduleSpecifier)};`;
  const named = (s.namedImports as readonly unknown[] | undefined) ?? [];
  if (s.namespaceImport != null) {
    if (named.length) throw new Unknown('a namespace and named imports');
    return `${head}* as ${identifier(s.namespaceImport)}${from}`;
  }
  return specifiers(head, named, from);
}

export function exportDeclaration(s: Loose): string {
  const head = s.isTypeOnly ? 'export type ' : 'export ';
  const named = (s.namedExports as readonly unknown[] | undefined) ?? [];
  if (typeof s.moduleSpecifier !== 'string' || s.moduleSpecifier === '') throw new Unknown('a local export');
  const from = ` from ${moduleSource(s.moduleSpecifier)};`;
  if (named.length) return specifiers(head, named, from);
  if (s.namespaceExport != null && text(s.namespaceExport) !== '')
    return `${head}* as ${identifier(s.namespaceExport)}${from}`;
  return `${head}*${from}`;
}
