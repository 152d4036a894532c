import { describe, expect, it } from 'vitest';
import type { Model, Type } from '../../generator/ir/types.ts';
import { eachType, refsOf, someType } from '../../generator/ir/visit.ts';

const string: Type = { kind: 'scalar', name: 'string' };
const ref = (model: string): Type => ({ kind: 'ref', model });
const property = (name: string, type: Type, readOnly = false) => ({
  name,
  type,
  required: false,
  readOnly,
  writeOnly: false,
});

/** `{ a: A, b (readOnly): B[], [key]: A | { c: C } }` */
const tree: Type = {
  kind: 'object',
  properties: [property('a', ref('A')), property('b', { kind: 'array', items: ref('B') }, true)],
  additional: {
    kind: 'union',
    variants: [ref('A'), { kind: 'intersection', parts: [{ kind: 'object', properties: [property('c', ref('C'))] }] }],
  },
};

function kinds(type: Type, walk: Parameters<typeof eachType>[2] = {}): string[] {
  const out: string[] = [];
  eachType(type, (t) => (out.push(t.kind === 'ref' ? t.model : t.kind), true), walk);
  return out;
}

describe('the walk over IR types', () => {
  it('visits a type, then what is inside it, depth first and in order', () => {
    expect(kinds(tree)).toEqual(['object', 'A', 'array', 'B', 'union', 'A', 'intersection', 'object', 'C']);
  });

  it('walks only the properties it is given, and goes into a type only when the visit says so', () => {
    expect(kinds(tree, { properties: (p) => !p.readOnly })).toEqual([
      'object',
      'A',
      'union',
      'A',
      'intersection',
      'object',
      'C',
    ]);
    expect(refsOf(tree, (t) => t.kind !== 'union')).toEqual(['A', 'B']);
    expect(refsOf(tree, undefined, (p) => !p.readOnly)).toEqual(['A', 'A', 'C']);
  });

  it('follows references into their models once each, so a cycle ends', () => {
    const models = new Map<string, Model>([
      ['A', { kind: 'model', id: 'A', name: 'A', pointer: '/A', type: { kind: 'array', items: ref('B') } }],
      [
        'B',
        { kind: 'model', id: 'B', name: 'B', pointer: '/B', type: { kind: 'union', variants: [ref('A'), string] } },
      ],
    ]);
    expect(kinds(ref('A'), { models: (id) => models.get(id) })).toEqual(['A', 'array', 'B', 'union', 'A', 'scalar']);
    expect(kinds(ref('A'))).toEqual(['A']);
  });

  it('stops looking once a type is found', () => {
    const seen: string[] = [];
    const found = someType(tree, (t) => (seen.push(t.kind), t.kind === 'array'));
    expect(found).toBe(true);
    expect(seen).toEqual(['object', 'ref', 'array']);
    expect(
      someType(
        tree,
        (t) => t.kind === 'array',
        (t) => t.kind === 'union',
      ),
    ).toBe(false);
  });
});
