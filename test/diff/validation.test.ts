import { describe, expect, it } from 'vitest';
import { withConstraints } from '../../generator/ir/constraints.ts';
import { constraintChanges } from '../../generator/diff/validation.ts';
import { changed, diffTexts, shop, specItems, type Doc } from './helpers.ts';

const schemas = (d: Doc) => d.components.schemas;
/** Pet is only read, NewPet only sent, Order both. */
const petName = (d: Doc) => schemas(d).Pet.properties.name;
const newPetName = (d: Doc) => schemas(d).NewPet.properties.name;
const limit = (d: Doc) => d.paths['/pets'].get.parameters[1].schema;

/**
 * Validation keywords, by direction: narrowing what a request may send breaks
 * callers at run time, widening what a response may hold breaks readers'
 * assumptions. `before` sets up the old side, `after` the new one.
 */
const RULES: { rule: string; before?: (d: Doc) => void; after: (d: Doc) => void; expected: string[] }[] = [
  {
    rule: 'request maxLength lowered',
    before: (d) => (newPetName(d).maxLength = 255),
    after: (d) => (newPetName(d).maxLength = 30),
    expected: ['breaking constraint-narrowed /components/schemas/NewPet/properties/name/maxLength'],
  },
  {
    rule: 'request maxLength raised',
    before: (d) => (newPetName(d).maxLength = 30),
    after: (d) => (newPetName(d).maxLength = 255),
    expected: ['non-breaking constraint-widened /components/schemas/NewPet/properties/name/maxLength'],
  },
  {
    rule: 'response maxLength raised',
    before: (d) => (petName(d).maxLength = 30),
    after: (d) => (petName(d).maxLength = 255),
    expected: ['breaking constraint-widened /components/schemas/Pet/properties/name/maxLength'],
  },
  {
    rule: 'response maxLength lowered',
    before: (d) => (petName(d).maxLength = 255),
    after: (d) => (petName(d).maxLength = 30),
    expected: ['non-breaking constraint-narrowed /components/schemas/Pet/properties/name/maxLength'],
  },
  {
    rule: 'response maxLength removed (pointer into the old document)',
    before: (d) => (petName(d).maxLength = 30),
    after: (d) => delete petName(d).maxLength,
    expected: ['breaking constraint-widened /components/schemas/Pet/properties/name/maxLength'],
  },
  {
    rule: 'request minLength added',
    after: (d) => (newPetName(d).minLength = 3),
    expected: ['breaking constraint-narrowed /components/schemas/NewPet/properties/name/minLength'],
  },
  { rule: 'minLength 0 added limits nothing', after: (d) => (newPetName(d).minLength = 0), expected: [] },
  {
    rule: 'request pattern added',
    after: (d) => (newPetName(d).pattern = '^[a-z]+$'),
    expected: ['breaking constraint-narrowed /components/schemas/NewPet/properties/name/pattern'],
  },
  {
    rule: 'request pattern removed',
    before: (d) => (newPetName(d).pattern = '^[a-z]+$'),
    after: (d) => delete newPetName(d).pattern,
    expected: ['non-breaking constraint-widened /components/schemas/NewPet/properties/name/pattern'],
  },
  {
    rule: 'response pattern replaced',
    before: (d) => (petName(d).pattern = '^[a-z]+$'),
    after: (d) => (petName(d).pattern = '^[A-Z]+$'),
    expected: ['breaking constraint-changed /components/schemas/Pet/properties/name/pattern'],
  },
  {
    rule: 'parameter minimum added',
    after: (d) => (limit(d).minimum = 1),
    expected: ['breaking constraint-narrowed /paths/~1pets/get/parameters/1/schema/minimum'],
  },
  {
    rule: 'parameter minimum made exclusive (OpenAPI 3.0 form)',
    before: (d) => (limit(d).minimum = 0),
    after: (d) => Object.assign(limit(d), { minimum: 0, exclusiveMinimum: true }),
    expected: ['breaking constraint-narrowed /paths/~1pets/get/parameters/1/schema/exclusiveMinimum'],
  },
  {
    rule: 'parameter maximum removed',
    before: (d) => (limit(d).maximum = 100),
    after: (d) => delete limit(d).maximum,
    expected: ['non-breaking constraint-widened /paths/~1pets/get/parameters/1/schema/maximum'],
  },
  {
    rule: 'response header maximum raised',
    before: (d) => (d.paths['/pets'].get.responses['200'].headers['X-Total'].schema.maximum = 100),
    after: (d) => (d.paths['/pets'].get.responses['200'].headers['X-Total'].schema.maximum = 1000),
    expected: ['breaking constraint-widened /paths/~1pets/get/responses/200/headers/X-Total/schema/maximum'],
  },
  {
    rule: 'multipleOf to a multiple of it',
    before: (d) => (schemas(d).Order.properties.quantity.multipleOf = 2),
    after: (d) => (schemas(d).Order.properties.quantity.multipleOf = 4),
    expected: ['breaking constraint-narrowed /components/schemas/Order/properties/quantity/multipleOf'],
  },
  {
    rule: 'multipleOf to one neither narrower nor wider',
    before: (d) => (schemas(d).Order.properties.quantity.multipleOf = 2),
    after: (d) => (schemas(d).Order.properties.quantity.multipleOf = 3),
    expected: ['breaking constraint-changed /components/schemas/Order/properties/quantity/multipleOf'],
  },
  {
    rule: 'array limits and uniqueness of a request',
    before: (d) => (schemas(d).NewPet.properties.toys = { type: 'array', items: { type: 'string' }, maxItems: 10 }),
    after: (d) =>
      (schemas(d).NewPet.properties.toys = {
        type: 'array',
        items: { type: 'string' },
        minItems: 1,
        maxItems: 20,
        uniqueItems: true,
      }),
    expected: [
      'breaking constraint-narrowed /components/schemas/NewPet/properties/toys/minItems',
      'breaking constraint-narrowed /components/schemas/NewPet/properties/toys/uniqueItems',
      'non-breaking constraint-widened /components/schemas/NewPet/properties/toys/maxItems',
    ],
  },
  {
    rule: 'array items constrained',
    before: (d) => (schemas(d).Pet.properties.toys = { type: 'array', items: { type: 'string' } }),
    after: (d) => (schemas(d).Pet.properties.toys = { type: 'array', items: { type: 'string', maxLength: 8 } }),
    expected: ['non-breaking constraint-narrowed /components/schemas/Pet/properties/toys/items/maxLength'],
  },
  {
    rule: 'checked format added to a request string',
    after: (d) => (newPetName(d).format = 'email'),
    expected: ['breaking constraint-narrowed /components/schemas/NewPet/properties/name/format'],
  },
  {
    rule: 'response format replaced',
    before: (d) => (petName(d).format = 'date-time'),
    after: (d) => (petName(d).format = 'date'),
    expected: ['breaking constraint-changed /components/schemas/Pet/properties/name/format'],
  },
  {
    rule: 'request format widened (uri to uri-reference)',
    before: (d) => (newPetName(d).format = 'uri'),
    after: (d) => (newPetName(d).format = 'uri-reference'),
    expected: ['non-breaking constraint-widened /components/schemas/NewPet/properties/name/format'],
  },
  {
    rule: 'a schema sent and read: any narrowing breaks',
    before: (d) => (schemas(d).Order.properties.note.maxLength = 255),
    after: (d) => (schemas(d).Order.properties.note.maxLength = 30),
    expected: ['breaking constraint-narrowed /components/schemas/Order/properties/note/maxLength'],
  },
  {
    rule: 'a component schema of its own, through a reference',
    before: (d) => {
      schemas(d).Name = { type: 'string', maxLength: 30 };
      schemas(d).NewPet.properties.name = { $ref: '#/components/schemas/Name' };
    },
    after: (d) => {
      schemas(d).Name = { type: 'string', maxLength: 20 };
      schemas(d).NewPet.properties.name = { $ref: '#/components/schemas/Name' };
    },
    expected: ['breaking constraint-narrowed /components/schemas/Name/maxLength'],
  },
  {
    rule: 'number to integer with a bound added',
    after: (d) => (schemas(d).Order.properties.petId = { type: 'number', minimum: 1 }),
    expected: [
      'breaking constraint-narrowed /components/schemas/Order/properties/petId/minimum',
      'no-code-change type-changed /components/schemas/Order/properties/petId',
    ],
  },
];

describe('validation keywords: classification and pointer', () => {
  it.each(RULES)('$rule', ({ before, after, expected }) => {
    const base = before ? changed(before) : shop;
    expect(specItems(diffTexts(base, changed(after, base)))).toEqual(expected);
  });

  it('says why, and that the compiler does not see it; the generated package does not change', () => {
    const report = diffTexts(
      changed((d) => (newPetName(d).maxLength = 255)),
      changed((d) => (newPetName(d).maxLength = 30)),
    );
    expect(report.breaking.map((i) => i.message)).toEqual([
      '`maxLength` of `name` in schema `NewPet` changed from 255 to 30 (in requests): callers sending values it no longer accepts are refused at run time; the compiler does not see it (the generated types are the same)',
    ]);
    expect(report.surface).toEqual([]);
    expect(report.semver).toBe('major');
    const widened = diffTexts(
      changed((d) => (petName(d).maxLength = 30)),
      shop,
    );
    expect(widened.breaking.map((i) => `${i.file} ${i.message}`)).toEqual([
      'old/shop.yaml `maxLength` 30 removed from `name` in schema `Pet` (in responses): readers may get values it did not allow before, breaking their assumptions at run time; the compiler does not see it (the generated types are the same)',
    ]);
    const replaced = diffTexts(
      changed((d) => (petName(d).pattern = '^a')),
      changed((d) => (petName(d).pattern = '^b')),
    );
    expect(replaced.breaking[0]!.message).toBe(
      '`pattern` of `name` in schema `Pet` changed from `^a` to `^b` (in responses): neither accepts all the other does, so calls may be refused and readers may get values it did not allow before, at run time; the compiler does not see it',
    );
  });
});

describe('validation keywords in the IR', () => {
  const integer = { kind: 'scalar', name: 'integer' } as const;

  it('exclusive bounds mean the same in OpenAPI 3.0 and 3.1 form', () => {
    const v30 = withConstraints(integer, { minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: false });
    const v31 = withConstraints(integer, { exclusiveMinimum: 0, maximum: 10 });
    expect(v30).toEqual({ kind: 'scalar', name: 'integer', constraints: { exclusiveMinimum: 0, maximum: 10 } });
    expect(v31).toEqual(v30);
    const both = withConstraints(integer, { minimum: 5, exclusiveMinimum: 0 });
    expect(constraintChanges((both as typeof integer & { constraints: object }).constraints, { minimum: 5 })).toEqual(
      [],
    );
  });

  it('keeps only the keywords of the type: lengths for strings, bounds for numbers, counts for arrays', () => {
    const all = {
      minLength: 1,
      maxLength: 9,
      pattern: '^x',
      minimum: 1,
      maximum: 9,
      multipleOf: 3,
      minItems: 1,
      maxItems: 9,
      uniqueItems: true,
    };
    expect(withConstraints({ kind: 'scalar', name: 'string' }, all)).toEqual({
      kind: 'scalar',
      name: 'string',
      constraints: { minLength: 1, maxLength: 9, pattern: '^x' },
    });
    expect(withConstraints(integer, all)).toEqual({
      ...integer,
      constraints: { minimum: 1, maximum: 9, multipleOf: 3 },
    });
    const array = { kind: 'array', items: { kind: 'scalar', name: 'string' } } as const;
    expect(withConstraints(array, all)).toEqual({
      ...array,
      constraints: { minItems: 1, maxItems: 9, uniqueItems: true },
    });
    expect(withConstraints({ kind: 'scalar', name: 'boolean' }, all)).toEqual({ kind: 'scalar', name: 'boolean' });
  });
});
