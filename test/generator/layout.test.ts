import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { layoutStatement } from '../../generator/format/layout.ts';
import { printStatements } from '../../generator/format/print.ts';
import { prettier } from '../helpers/layout.ts';

const long = (name: string): string => `${name}${'X'.repeat(40)}`;

const constant = (name: string, initializer: string, type?: string): StatementStructures => ({
  kind: StructureKind.VariableStatement,
  declarationKind: VariableDeclarationKind.Const,
  declarations: [type === undefined ? { name, initializer } : { name, type, initializer }],
});

const alias = (name: string, type: string): StatementStructures => ({
  kind: StructureKind.TypeAlias,
  name,
  isExported: true,
  type,
});

const method = (
  name: string,
  parameters: { name: string; type: string; initializer?: string }[],
  returnType: string,
) => ({
  name,
  parameters,
  returnType,
  statements: ['return this.#transport.request(spec, params, options);'],
});

/** Statements whose layout the printer knows: each must come out as prettier prints it. */
const laidOut: Record<string, StatementStructures> = {
  'a signature too long for a line, one parameter a line': {
    kind: StructureKind.Function,
    name: 'listEverything',
    isExported: true,
    docs: ['List\n\nEverything.'],
    parameters: [
      { name: 'transport', type: 'Transport' },
      { name: 'params', type: long('Params'), initializer: '{}' },
      { name: 'options', type: 'RequestOptions', initializer: '{}' },
    ],
    returnType: `PagePromise<${long('Response')}, Item>`,
    statements: ['return paginate(transport, listSpec, params, options);'],
  },
  'a lone parameter too long for a line, and an empty body': {
    kind: StructureKind.Function,
    name: 'f',
    parameters: [{ name: 'options', type: `Record<string, ${long('A')} | ${long('B')}>` }],
    returnType: 'void',
  },
  'a class: properties, a constructor, methods short and long': {
    kind: StructureKind.Class,
    name: 'ThingsApi',
    isExported: true,
    docs: ['Operations on things.'],
    properties: [{ name: '#transport', type: 'Transport', isReadonly: true }],
    ctors: [
      {
        docs: ['@internal Created by the client.'],
        parameters: [{ name: 'transport', type: 'Transport' }],
        statements: ['this.#transport = transport;'],
      },
    ],
    methods: [
      method('get', [{ name: 'params', type: 'GetParams' }], 'ApiPromise<Thing>'),
      method(
        'list',
        [
          { name: 'params', type: long('ListParams'), initializer: '{}' },
          { name: 'options', type: 'RequestOptions', initializer: '{}' },
        ],
        'ApiPromise<Thing[]>',
      ),
    ],
  },
  'an empty interface': { kind: StructureKind.Interface, name: 'Empty', isExported: true },
  'an empty class': { kind: StructureKind.Class, name: 'Nothing' },
  'keys that need quotes, keys prettier unquotes, keys like numbers': {
    kind: StructureKind.Interface,
    name: 'Keys',
    isExported: true,
    properties: [
      { name: '"content-type"', type: 'string' },
      { name: '"class"', type: 'string', hasQuestionToken: true },
      { name: '"200"', type: '"ok"' },
      { name: '"it\'s"', type: 'number' },
      { name: '"a\\"b"', type: 'number' },
      { name: '$ref', type: 'readonly (string | number)[] | undefined', isReadonly: true },
    ],
    indexSignatures: [{ keyName: 'key', keyType: 'string', returnType: 'unknown' }],
  },
  'strings with quotes and backslashes': constant(
    'strings',
    `{ a: "it's", b: "say \\"hi\\"", c: "back\\\\slash", d: "it's \\"both\\"", e: "'''\\"", f: 'single', "x-y": "\\u0041\\n", "ok": "q" }`,
  ),
  'docs with trailing spaces, Markdown line breaks, blank and indented lines': {
    kind: StructureKind.Interface,
    name: 'Documented',
    docs: ['First line  \nsecond line   \n   \n  indented\ttabbed\t\n\nlast *\\/ defused  ', 'one line  '],
    properties: [{ name: 'a', type: 'string', docs: ['\nstarts empty\nends with a space '] }],
  },
  'a union on one line': alias('Short', '"a" | "b" | null'),
  'a union on the line after the =': alias(long('Medium'), `${long('First')} | ${long('Second')}`),
  'a union one member a line': alias(
    'Long',
    Array.from({ length: 6 }, (_, i) => `DeclaredError<${long('Error')}, ${400 + i}, Body>`).join(' | '),
  ),
  'a conditional type, with a type parameter': {
    kind: StructureKind.TypeAlias,
    name: 'Item',
    isExported: true,
    typeParameters: [{ name: 'D', constraint: 'Depth', default: '0' }],
    type: 'D extends 0 ? Reference : Item<Prev<D>>',
  },
  'an object literal broken one member a line, nested objects on theirs': constant(
    'listSpec',
    `{ method: "GET", path: "/v1/${'x'.repeat(60)}", params: { page: shared.page, size: { in: "query", name: "size" } }, responses: { "200": "json" }, ready: ["a", "b"], pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next" } }`,
    'PaginatedOperationSpec',
  ),
  'a list broken one element a line': constant(
    'names',
    `[${Array.from({ length: 12 }, (_, i) => `"name${i}"`).join(', ')}]`,
  ),
  'imports on one line and broken, a lone long specifier': {
    kind: StructureKind.ImportDeclaration,
    namedImports: Array.from({ length: 12 }, (_, i) => ({ name: `Name${i}`, isTypeOnly: i % 2 === 0 })),
    moduleSpecifier: '../runtime/index.js',
  },
  'a lone import specifier longer than a line': {
    kind: StructureKind.ImportDeclaration,
    isTypeOnly: true,
    namedImports: [long(long(long('Name')))],
    moduleSpecifier: './types.js',
  },
  exports: {
    kind: StructureKind.ExportDeclaration,
    namedExports: Array.from({ length: 20 }, (_, i) => `op${i}`),
    moduleSpecifier: './ops.js',
  },
  'an object type on one line, and one too long for it': {
    kind: StructureKind.Interface,
    name: 'Flat',
    properties: [
      { name: 'a', type: '{ a: string; readonly b?: number }' },
      { name: 'b', type: `{ ${Array.from({ length: 9 }, (_, i) => `member${i}: string`).join('; ')} }` },
      { name: 'empty', type: '{}' },
    ],
  },
  'an object type on several lines, with doc comments as the emitter writes them, nested and in an array': {
    kind: StructureKind.Interface,
    name: 'Volume',
    isExported: true,
    properties: [
      {
        name: 'Info',
        hasQuestionToken: true,
        type: [
          '{',
          '        /**',
          '         * The capacity in bytes.  ',
          '         *',
          '         * @format int64   ',
          '         */',
          '        CapacityBytes?: number;',
          '        /** @format  dateTime */',
          "        'quoted-key': string;",
          "        'unquoted': boolean;",
          '        readonly: boolean;',
          '        VolumeContext?: {',
          '        [key: string]: string;',
          '        };',
          '        }',
        ].join('\n'),
      },
      {
        name: 'PublishStatus',
        hasQuestionToken: true,
        type: ['{', '    NodeID?: string;', '    State?: \'pending\' | "published";', '}[]'].join('\n'),
      },
    ],
    indexSignatures: [{ keyName: 'key', keyType: 'string', returnType: '{\n  a: string;\n}' }],
  },
  'a type alias of an object type on several lines': alias('Shape', '{\n    kind: "circle";\n    radius: number;\n}'),
};

/** Statements it must leave to prettier: their layout is not one it knows for certain. */
const refused: Record<string, StatementStructures> = {
  'a list of objects, which prettier breaks even where it fits': constant('a', '[{ a: 1, b: 2 }, { a: 3, b: 4 }]'),
  'a call too long for its line': {
    kind: StructureKind.Function,
    name: 'f',
    statements: [`return call(${Array.from({ length: 12 }, (_, i) => `argument${i}`).join(', ')});`],
  },
  'an object type on several lines inside a union': alias('A', '{\n  a: string;\n} | null'),
  'an object type with a blank line between members': alias('A', '{\n  a: string;\n\n  b: string;\n}'),
  'a comment in an object type that is not a doc comment': alias('A', '{\n  /* note */\n  a: string;\n}'),
  'a doc comment whose lines do not all start with a star': alias('A', '{\n  /**\n   note\n   */\n  a: string;\n}'),
  'a type on several lines that is not an object type': alias('A', "'a'\n  | 'b'"),
  'a method in an object type': alias('A', '{\n  run(): void;\n}'),
  'a long string value': constant('s', `"${'x'.repeat(130)}"`),
  'a number-like key': constant('n', '{ 1: "a" }'),
  'an arrow function': constant('f', '() => 1'),
  'text that is not ASCII': alias('A', '"é"'),
};

describe('the layout printer lays out statements as prettier does', () => {
  for (const [name, statement] of Object.entries(laidOut)) {
    it(name, async () => {
      const expected = await prettier(printStatements([statement]));
      const actual = layoutStatement(statement);
      expect(actual, 'laid out').toBeDefined();
      expect(`${actual}\n`).toBe(expected);
    });
  }

  for (const [name, statement] of Object.entries(refused)) {
    it(`leaves to prettier ${name}`, () => {
      expect(layoutStatement(statement)).toBeUndefined();
    });
  }
});
