import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { typeToString } from '../../generator/emit/type-to-string.ts';
import { planOf } from '../helpers/generate.ts';

/** A spec whose only component schemas are the given ones. */
function specWith(schemas: Record<string, unknown>): string {
  return stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas } });
}

/** The type expression of schema `T` as read from a response and as written in a request. */
function printed(schema: unknown, others: Record<string, unknown> = {}) {
  const plan = planOf('t.yaml', { 't.yaml': specWith({ T: schema, ...others }) });
  const model = [...plan.models.values()].find((m) => m.name === 'T')!;
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    read: squash(typeToString(model.type, { plan, direction: 'read', depth: '0' })),
    write: squash(typeToString(model.type, { plan, direction: 'write', depth: '0' })),
  };
}

describe('typeToString', () => {
  const table: [string, unknown, string][] = [
    ['string', { type: 'string' }, 'string'],
    ['integer', { type: 'integer', format: 'int64' }, 'number'],
    ['binary', { type: 'string', format: 'binary' }, 'Blob'],
    ['nullable', { type: 'string', nullable: true }, 'string | null'],
    [
      'string enum with quotes, newline, backtick, ${',
      { type: 'string', enum: ['a"b', 'c\nd', '`e`', '${f}'] },
      '"a\\"b" | "c\\nd" | "`e`" | "${f}"',
    ],
    ['nullable enum', { type: 'string', enum: ['x'], nullable: true }, '"x" | null'],
    ['number enum', { type: 'integer', enum: [1, 2] }, '1 | 2'],
    [
      'array of union',
      { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'integer' }] } },
      '(string | number)[]',
    ],
    ['nested arrays', { type: 'array', items: { type: 'array', items: { type: 'boolean' } } }, 'boolean[][]'],
    ['map', { type: 'object', additionalProperties: { type: 'integer' } }, '{ [key: string]: number; }'],
    ['free-form object', { type: 'object' }, '{ [key: string]: unknown; }'],
    ['no type at all', {}, 'unknown'],
    [
      'odd property names',
      {
        type: 'object',
        required: ['a-b'],
        properties: { 'a-b': { type: 'string' }, '2x': { type: 'string' }, constructor: { type: 'string' } },
      },
      '{ "a-b": string; "2x"?: string; constructor?: string; }',
    ],
    [
      'allOf',
      { allOf: [{ $ref: '#/components/schemas/A' }, { type: 'object', properties: { b: { type: 'string' } } }] },
      'A & { b?: string; }',
    ],
    ['allOf wrapper', { allOf: [{ $ref: '#/components/schemas/A' }], description: 'doc' }, 'A'],
  ];
  it.each(table)('%s', (_name, schema, want) => {
    expect(printed(schema, { A: { type: 'object', properties: { a: { type: 'string' } } } }).read).toBe(want);
  });

  it('narrows oneOf variants by their discriminator value', () => {
    const others = {
      Cat: { type: 'object', properties: { kind: { type: 'string' } } },
      Dog: { type: 'object', properties: { kind: { type: 'string' } } },
    };
    const schema = {
      oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
      discriminator: { propertyName: 'kind', mapping: { woof: '#/components/schemas/Dog' } },
    };
    expect(printed(schema, others).read).toBe('(Cat & { kind: "Cat" }) | (Dog & { kind: "woof" })');
  });

  it('drops readOnly from requests and writeOnly from responses, and accepts undefined for optional request fields', () => {
    const schema = {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string', readOnly: true }, secret: { type: 'string', writeOnly: true } },
    };
    expect(printed(schema)).toEqual({ read: '{ id: string; }', write: '{ secret?: string | undefined; }' });
  });

  it('keeps spec text from ending a doc comment', () => {
    const schema = { type: 'object', properties: { a: { type: 'string', description: 'ends */ here\n@evil tag' } } };
    expect(printed(schema).read).toBe('{ /** * ends *\\/ here * \\@evil tag */ a?: string; }');
  });
});
