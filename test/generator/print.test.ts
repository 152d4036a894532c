import { printStructure, StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { declarationsOf } from '../../generator/emit/declarations.ts';
import { modulesOf } from '../../generator/emit/emit.ts';
import { printStatements } from '../../generator/format/print.ts';
import { planOf } from '../helpers/generate.ts';

/** What ts-morph itself prints: the text the fast printer must give byte for byte (declarations are not formatted afterwards). */
const reference = (statements: StatementStructures[]): string =>
  printStructure({ kind: StructureKind.SourceFile, statements }, { useSingleQuote: true });

describe('printStatements prints structures as ts-morph does', () => {
  for (const spec of [
    'specs/contabo.yaml',
    'specs/profitbricks-v4.yaml',
    'test/fixtures/specs/petstore.yaml',
    'test/fixtures/specs/hostile.yaml',
  ]) {
    it(`every module of ${spec}, source and declarations`, () => {
      for (const module of modulesOf(planOf(spec))) {
        const statements = module.statements();
        for (const list of [statements, declarationsOf(statements)])
          expect(printStatements(list), module.file).toBe(reference(list));
      }
    });
  }

  // Shapes the specs above may not reach: text over several lines with strings and templates in it, blank and
  // multi-line docs, overloads, ambient members, empty and namespace exports.
  const cases: Record<string, StatementStructures[]> = {
    'types over several lines, with strings that hold quotes, braces and slashes': [
      {
        kind: StructureKind.TypeAlias,
        name: 'A',
        isExported: true,
        type: "{\n/** a 'quoted' */\na: \"it's\";\nb?: `x${string}\n{y}`;\nc: '/*not a comment*/';\n}",
      },
      {
        kind: StructureKind.Interface,
        name: 'B',
        typeParameters: [{ name: 'D', constraint: 'Depth', default: '0' }, 'E'],
        properties: [
          { name: 'x', type: '{\na: 1;\n}', hasQuestionToken: true, docs: ['\nfirst line empty\n\n  indented  '] },
        ],
        indexSignatures: [{ keyName: 'k', keyType: 'string', returnType: 'unknown' }],
      },
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [
          { name: 'c', type: 'X', initializer: '{\n  a: "b\\\\",\n  c: `d\n${e}`,\n}' },
          { name: 'd', initializer: '1' },
        ],
      },
    ],
    'docs on one line, ending in a space, and empty': [
      { kind: StructureKind.TypeAlias, name: 'A', type: 'string', docs: ['one line ', ''] },
      { kind: StructureKind.Interface, name: 'Empty', docs: ['a\n\nb'] },
    ],
    'functions with overloads, bodies and declare': [
      {
        kind: StructureKind.Function,
        name: 'f',
        isExported: true,
        overloads: [
          {
            kind: StructureKind.FunctionOverload,
            parameters: [{ name: 'a', type: 'string' }],
            returnType: 'A',
            docs: ['first'],
          },
        ],
        parameters: [
          { name: 'a', type: 'string' },
          { name: 'o', initializer: '{}' },
          { name: 'p', hasQuestionToken: true },
        ],
        returnType: 'A | B',
        statements: ['if (a) {\nreturn 1;\n}', 'return 2;'],
      },
      {
        kind: StructureKind.Function,
        name: 'g',
        hasDeclareKeyword: true,
        isExported: true,
        parameters: [],
        returnType: 'void',
      },
      { kind: StructureKind.Function, name: 'h', statements: [] },
    ],
    'classes, plain and ambient': [
      {
        kind: StructureKind.Class,
        name: 'C',
        isExported: true,
        docs: ['A class.'],
        properties: [
          { name: '#t', isReadonly: true, type: 'T' },
          { name: 'n', type: 'number', initializer: '1' },
        ],
        ctors: [{ docs: ['@internal'], parameters: [{ name: 't', type: 'T' }], statements: ['this.#t = t;'] }],
        methods: [
          {
            name: 'm',
            typeParameters: [{ name: 'D' }],
            overloads: [
              { parameters: [{ name: 'x', type: 'X' }], returnType: 'Y' },
              { parameters: [], returnType: 'Z' },
            ],
            parameters: [{ name: 'x', type: 'X', hasQuestionToken: true }],
            returnType: 'Y | Z',
            statements: ['return this.#t.call(x);'],
          },
          { name: 'n2', isStatic: true, returnType: 'void', statements: [] },
        ],
      },
      {
        kind: StructureKind.Class,
        name: 'D',
        hasDeclareKeyword: true,
        properties: [{ name: '#private' }],
        ctors: [{ parameters: [{ name: 't', type: 'T' }] }],
        methods: [
          { name: 'a', returnType: 'A' },
          { name: 'a', parameters: [{ name: 'x', type: 'X' }], returnType: 'A' },
        ],
      },
      { kind: StructureKind.Class, name: 'E' },
    ],
    'imports and exports of every form': [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: './a.js',
        namedImports: ['a', { name: 'B', isTypeOnly: true }, { name: 'c', alias: 'd' }],
      },
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './t.js', namedImports: ['T'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './s.js', namespaceImport: 'shared' },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './side-effect.js' },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: './a.js',
        namedExports: ['a', { name: 'b', alias: 'c' }],
      },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: './b.js', isTypeOnly: true, namedExports: ['T'] },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: './c.js' },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: './d.js', namespaceExport: 'd' },
      { kind: StructureKind.ExportDeclaration },
      { kind: StructureKind.TypeAlias, name: 'After', type: '1' },
    ],
    'text before statements, and comments it leaves open': [
      {
        kind: StructureKind.TypeAlias,
        name: 'A',
        type: 'string',
        leadingTrivia: '/**\n * The module.\n * @module\n */\n',
      },
      { kind: StructureKind.Interface, name: 'B', leadingTrivia: ['// one', '// two'] },
      { kind: StructureKind.TypeAlias, name: 'C', type: '1', leadingTrivia: '// open line comment' },
      { kind: StructureKind.TypeAlias, name: 'D', type: '1', leadingTrivia: '/* open block comment' },
    ],
    'parts the fast printer leaves to ts-morph': [
      { kind: StructureKind.TypeAlias, name: 'A', type: 'string', trailingTrivia: '// a comment' },
      { kind: StructureKind.Enum, name: 'E', members: [{ name: 'a' }] },
    ],
  };
  for (const [name, statements] of Object.entries(cases)) {
    it(name, () => {
      expect(printStatements(statements)).toBe(reference(statements));
      expect(printStatements(declarationsOf(statements))).toBe(reference(declarationsOf(statements)));
    });
  }
});
