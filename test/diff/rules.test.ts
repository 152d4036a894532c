import { describe, expect, it } from 'vitest';
import { changed, diffTexts, EMPTY, shop, specItems, type Doc } from './helpers.ts';

const pets = (d: Doc) => d.paths['/pets'];
const pet = (d: Doc) => d.paths['/pets/{petId}'];
const schemas = (d: Doc) => d.components.schemas;

/**
 * One change per rule, and every spec item it must produce (nothing else):
 * `section kind pointer`. Pointers are into the new document, or the old one
 * for what was removed.
 */
const RULES: { rule: string; change: (d: Doc) => void; expected: string[] }[] = [
  // Operations and paths
  {
    rule: 'path removed',
    change: (d) => delete d.paths['/pets/{petId}'],
    expected: ['breaking path-removed /paths/~1pets~1{petId}'],
  },
  {
    rule: 'operation removed',
    change: (d) => delete pet(d).delete,
    expected: ['breaking operation-removed /paths/~1pets~1{petId}/delete'],
  },
  {
    rule: 'operation added',
    change: (d) =>
      (pet(d).put = { operationId: 'replacePet', tags: ['Pets'], responses: { '204': { description: 'Replaced.' } } }),
    expected: ['non-breaking operation-added /paths/~1pets~1{petId}/put'],
  },
  {
    rule: 'operationId renamed',
    change: (d) => (pet(d).get.operationId = 'fetchPet'),
    expected: ['breaking operation-renamed /paths/~1pets~1{petId}/get/operationId'],
  },
  {
    rule: 'x-method renamed',
    change: (d) => (pet(d).get['x-method'] = 'read'),
    expected: ['breaking method-renamed /paths/~1pets~1{petId}/get/x-method'],
  },
  {
    rule: 'tag renamed',
    change: (d) => {
      d.tags[1].name = 'Purchases';
      d.paths['/orders'].post.tags = ['Purchases'];
    },
    expected: ['breaking tag-renamed /tags/1'],
  },
  {
    rule: 'tag changed',
    change: (d) => (pet(d).delete.tags = ['Orders']),
    expected: ['breaking tag-changed /paths/~1pets~1{petId}/delete/tags/0'],
  },
  {
    rule: 'path changed, same operationId',
    change: (d) => {
      d.paths['/purchases'] = d.paths['/orders'];
      delete d.paths['/orders'];
    },
    expected: ['breaking endpoint-changed /paths/~1purchases/post'],
  },
  {
    rule: 'path parameter renamed',
    change: (d) => {
      d.paths['/pets/{id}'] = d.paths['/pets/{petId}'];
      delete d.paths['/pets/{petId}'];
      d.paths['/pets/{id}'].parameters[0].name = 'id';
    },
    expected: [
      // Shared by GET and DELETE: an item for each operation.
      'breaking parameter-required /paths/~1pets~1{id}/parameters/0',
      'breaking parameter-required /paths/~1pets~1{id}/parameters/0',
      'breaking parameter-removed /paths/~1pets~1{petId}/parameters/0',
      'breaking parameter-removed /paths/~1pets~1{petId}/parameters/0',
    ],
  },
  // Parameters
  {
    rule: 'parameter removed',
    change: (d) => pets(d).get.parameters.splice(1, 1),
    expected: ['breaking parameter-removed /paths/~1pets/get/parameters/1'],
  },
  {
    rule: 'required parameter added',
    change: (d) =>
      pets(d).get.parameters.push({ name: 'species', in: 'query', required: true, schema: { type: 'string' } }),
    expected: ['breaking parameter-required /paths/~1pets/get/parameters/3'],
  },
  {
    rule: 'parameter made required',
    change: (d) => (pets(d).get.parameters[1].required = true),
    expected: ['breaking parameter-required /paths/~1pets/get/parameters/1'],
  },
  {
    rule: 'optional parameter added',
    change: (d) => pets(d).get.parameters.push({ name: 'species', in: 'query', schema: { type: 'string' } }),
    expected: ['non-breaking parameter-added /paths/~1pets/get/parameters/3'],
  },
  {
    rule: 'parameter made optional',
    change: (d) => (pets(d).get.parameters[2].required = false),
    expected: ['non-breaking parameter-optional /paths/~1pets/get/parameters/2'],
  },
  {
    rule: 'parameter type changed',
    change: (d) => (pets(d).get.parameters[1].schema = { type: 'string' }),
    expected: ['breaking type-changed /paths/~1pets/get/parameters/1/schema'],
  },
  // int32 to int64: `number` either way, only the `@format` doc tag changes.
  {
    rule: 'parameter format changed',
    change: (d) => (pets(d).get.parameters[1].schema.format = 'int64'),
    expected: ['no-code-change format-changed /paths/~1pets/get/parameters/1/schema/format'],
  },
  {
    rule: 'parameter serialization changed',
    change: (d) => Object.assign(pets(d).get.parameters[1], { style: 'form', explode: false }),
    expected: ['non-breaking serialization-changed /paths/~1pets/get/parameters/1/style'],
  },
  // Request bodies
  {
    rule: 'request body removed',
    change: (d) => delete pets(d).post.requestBody,
    expected: ['breaking request-body-removed /paths/~1pets/post/requestBody'],
  },
  {
    rule: 'required request body added',
    change: (d) =>
      (pet(d).delete.requestBody = {
        required: true,
        content: { 'application/json': { schema: { type: 'object', properties: { reason: { type: 'string' } } } } },
      }),
    expected: ['breaking request-body-required /paths/~1pets~1{petId}/delete/requestBody'],
  },
  {
    rule: 'optional request body added',
    change: (d) =>
      (pet(d).delete.requestBody = {
        content: { 'application/json': { schema: { type: 'object', properties: { reason: { type: 'string' } } } } },
      }),
    expected: ['non-breaking request-body-added /paths/~1pets~1{petId}/delete/requestBody'],
  },
  {
    rule: 'request body made optional',
    change: (d) => (pets(d).post.requestBody.required = false),
    expected: ['non-breaking request-body-optional /paths/~1pets/post/requestBody'],
  },
  {
    rule: 'request media type changed',
    change: (d) => {
      const body = pets(d).post.requestBody;
      body.content = { 'application/x-www-form-urlencoded': body.content['application/json'] };
    },
    expected: ['breaking media-type-changed /paths/~1pets/post/requestBody/content/application~1x-www-form-urlencoded'],
  },
  // Responses
  {
    rule: 'response removed',
    change: (d) => delete pet(d).get.responses['404'],
    expected: ['breaking response-removed /paths/~1pets~1{petId}/get/responses/404'],
  },
  {
    rule: 'error response added',
    change: (d) => (pet(d).get.responses['500'] = { description: 'Broken.' }),
    expected: ['non-breaking response-added /paths/~1pets~1{petId}/get/responses/500'],
  },
  {
    rule: 'success response of the same type added',
    change: (d) => (pet(d).get.responses['203'] = pet(d).get.responses['200']),
    expected: ['non-breaking response-added /paths/~1pets~1{petId}/get/responses/203'],
  },
  {
    rule: 'success response of another type added',
    change: (d) =>
      (pet(d).get.responses['202'] = {
        description: 'Still coming.',
        content: { 'application/json': { schema: { type: 'object', properties: { eta: { type: 'integer' } } } } },
      }),
    expected: ['breaking success-response-added /paths/~1pets~1{petId}/get/responses/202'],
  },
  {
    rule: 'response body removed',
    change: (d) => delete pet(d).get.responses['200'].content,
    expected: ['breaking type-changed /paths/~1pets~1{petId}/get/responses/200'],
  },
  {
    rule: 'response body added',
    change: (d) =>
      (pet(d).delete.responses['204'].content = {
        'application/json': { schema: { type: 'object', properties: { at: { type: 'string' } } } },
      }),
    expected: [
      'non-breaking response-body-added /paths/~1pets~1{petId}/delete/responses/204/content/application~1json',
    ],
  },
  {
    rule: 'response header removed',
    change: (d) => delete pets(d).get.responses['200'].headers,
    expected: ['breaking header-removed /paths/~1pets/get/responses/200/headers/X-Total'],
  },
  {
    rule: 'response header added',
    change: (d) => (pets(d).get.responses['200'].headers['X-Page'] = { schema: { type: 'integer' } }),
    expected: ['non-breaking header-added /paths/~1pets/get/responses/200/headers/X-Page'],
  },
  {
    rule: 'response header type changed',
    change: (d) => (pets(d).get.responses['200'].headers['X-Total'].schema = { type: 'string' }),
    expected: ['breaking type-changed /paths/~1pets/get/responses/200/headers/X-Total/schema'],
  },
  // Properties, by direction: Pet is read, NewPet is sent, Order is both
  {
    rule: 'response property removed',
    change: (d) => delete schemas(d).Pet.properties.tag,
    expected: ['breaking property-removed /components/schemas/Pet/properties/tag'],
  },
  {
    rule: 'request property removed',
    change: (d) => delete schemas(d).NewPet.properties.tag,
    expected: ['breaking property-removed /components/schemas/NewPet/properties/tag'],
  },
  {
    rule: 'optional response property added',
    change: (d) => (schemas(d).Pet.properties.color = { type: 'string' }),
    expected: ['non-breaking property-added /components/schemas/Pet/properties/color'],
  },
  {
    rule: 'optional request property added',
    change: (d) => (schemas(d).NewPet.properties.color = { type: 'string' }),
    expected: ['non-breaking property-added /components/schemas/NewPet/properties/color'],
  },
  {
    rule: 'required request property added',
    change: (d) => {
      schemas(d).NewPet.properties.age = { type: 'integer' };
      schemas(d).NewPet.required.push('age');
    },
    expected: ['breaking required-property-added /components/schemas/NewPet/properties/age'],
  },
  {
    rule: 'required response property added',
    change: (d) => {
      schemas(d).Pet.properties.age = { type: 'integer' };
      schemas(d).Pet.required.push('age');
    },
    expected: ['non-breaking required-property-added /components/schemas/Pet/properties/age'],
  },
  {
    rule: 'required property added to a schema sent and read',
    change: (d) => {
      schemas(d).Order.properties.age = { type: 'integer' };
      schemas(d).Order.required.push('age');
    },
    expected: ['breaking required-property-added /components/schemas/Order/properties/age'],
  },
  {
    rule: 'request property made required',
    change: (d) => schemas(d).NewPet.required.push('tag'),
    expected: ['breaking property-required /components/schemas/NewPet/properties/tag'],
  },
  {
    rule: 'response property made required',
    change: (d) => schemas(d).Pet.required.push('tag'),
    expected: ['non-breaking property-required /components/schemas/Pet/properties/tag'],
  },
  {
    rule: 'response property made optional',
    change: (d) => (schemas(d).Pet.required = ['id', 'status']),
    expected: ['breaking property-optional /components/schemas/Pet/properties/name'],
  },
  {
    rule: 'request property made optional',
    change: (d) => delete schemas(d).NewPet.required,
    expected: ['non-breaking property-optional /components/schemas/NewPet/properties/name'],
  },
  {
    rule: 'property made read-only',
    change: (d) => (schemas(d).Order.properties.quantity.readOnly = true),
    expected: ['breaking property-removed /components/schemas/Order/properties/quantity'],
  },
  {
    rule: 'property type changed',
    change: (d) => (schemas(d).Pet.properties.id = { type: 'string' }),
    expected: ['breaking type-changed /components/schemas/Pet/properties/id'],
  },
  {
    rule: 'property format changed',
    change: (d) => (schemas(d).Pet.properties.id.format = 'int32'),
    expected: ['no-code-change format-changed /components/schemas/Pet/properties/id/format'],
  },
  {
    rule: 'response property made nullable',
    change: (d) => (schemas(d).Pet.properties.tag.nullable = true),
    expected: ['breaking nullable-added /components/schemas/Pet/properties/tag'],
  },
  {
    rule: 'request property made nullable',
    change: (d) => (schemas(d).NewPet.properties.tag.nullable = true),
    expected: ['non-breaking nullable-added /components/schemas/NewPet/properties/tag'],
  },
  {
    rule: 'nullable removed where sent',
    change: (d) => delete schemas(d).Order.properties.note.nullable,
    expected: ['breaking nullable-removed /components/schemas/Order/properties/note'],
  },
  { rule: 'free-form object closed', change: (d) => (schemas(d).Cash.additionalProperties = false), expected: [] },
  {
    rule: 'additional properties allowed',
    change: (d) => (schemas(d).Cash.additionalProperties = { type: 'string' }),
    expected: ['non-breaking property-added /components/schemas/Cash/additionalProperties'],
  },
  // Enums, by direction
  {
    rule: 'request enum value removed',
    change: (d) => (schemas(d).NewPet.properties.size.enum = ['small']),
    expected: ['breaking enum-value-removed /components/schemas/NewPet/properties/size/enum/1'],
  },
  {
    rule: 'response enum value removed',
    change: (d) => (schemas(d).Pet.properties.kind.enum = ['cat']),
    expected: ['non-breaking enum-value-removed /components/schemas/Pet/properties/kind/enum/1'],
  },
  {
    rule: 'response enum value added',
    change: (d) => schemas(d).Pet.properties.kind.enum.push('bird'),
    expected: ['breaking enum-value-added /components/schemas/Pet/properties/kind/enum/2'],
  },
  {
    rule: 'request enum value added',
    change: (d) => schemas(d).NewPet.properties.size.enum.push('medium'),
    expected: ['non-breaking enum-value-added /components/schemas/NewPet/properties/size/enum/2'],
  },
  {
    rule: 'enum value added where sent and read',
    change: (d) => schemas(d).PetStatus.enum.push('reserved'),
    expected: ['breaking enum-value-added /components/schemas/PetStatus/enum/2'],
  },
  {
    rule: 'enum value removed where sent and read',
    change: (d) => (schemas(d).PetStatus.enum = ['available']),
    expected: ['breaking enum-value-removed /components/schemas/PetStatus/enum/1'],
  },
  // Variants
  {
    rule: 'variant added',
    change: (d) =>
      schemas(d).Order.properties.payment.oneOf.push({ type: 'object', properties: { voucher: { type: 'string' } } }),
    expected: ['breaking variant-added /components/schemas/Order/properties/payment/oneOf/2'],
  },
  {
    rule: 'variant removed',
    change: (d) => schemas(d).Order.properties.payment.oneOf.pop(),
    expected: ['breaking variant-removed /components/schemas/Order/properties/payment/oneOf/1'],
  },
  // Documentation
  {
    rule: 'description changed',
    change: (d) => (schemas(d).Pet.properties.name.description = 'Its name.'),
    expected: ['non-breaking description-changed /components/schemas/Pet/properties/name/description'],
  },
  {
    rule: 'summary changed',
    change: (d) => (pets(d).get.summary = 'Every pet.'),
    expected: ['non-breaking description-changed /paths/~1pets/get/summary'],
  },
  {
    rule: 'example added',
    change: (d) => (schemas(d).Pet.properties.name.example = 'Rex'),
    expected: ['non-breaking example-changed /components/schemas/Pet/properties/name/example'],
  },
  {
    rule: 'parameter default changed',
    change: (d) => (pets(d).get.parameters[1].schema.default = 20),
    expected: ['non-breaking default-changed /paths/~1pets/get/parameters/1/schema/default'],
  },
  {
    rule: 'operation deprecated',
    change: (d) => (pet(d).get.deprecated = true),
    expected: ['non-breaking deprecated /paths/~1pets~1{petId}/get/deprecated'],
  },
  {
    rule: 'tag description changed',
    change: (d) => (d.tags[0].description = 'Every pet.'),
    expected: ['non-breaking description-changed /tags/0/description'],
  },
  // The API as a whole
  {
    rule: 'operation no longer authenticated',
    change: (d) => (pets(d).get.security = []),
    expected: ['non-breaking security-changed /paths/~1pets/get/security'],
  },
  {
    rule: 'server changed',
    change: (d) => (d.servers[0].url = 'https://api.shop.example.com/v2'),
    expected: ['non-breaking server-changed /servers/0/url'],
  },
  {
    rule: 'authentication changed',
    change: (d) => {
      d.components.securitySchemes = { key: { type: 'apiKey', in: 'header', name: 'X-Key' } };
      d.security = [{ key: [] }];
    },
    expected: ['breaking auth-changed /security'],
  },
  {
    rule: 'client renamed',
    change: (d) => (d['x-client'] = { name: 'PetShopClient' }),
    expected: ['breaking client-renamed /x-client/name'],
  },
  {
    rule: 'entry changed',
    change: (d) => (d['x-client'] = { entry: 'petshop' }),
    expected: ['breaking entry-changed /x-client/entry', 'breaking client-renamed /x-client/name'],
  },
  // Vendor extensions
  {
    rule: 'x-wait removed',
    change: (d) => delete pet(d).get['x-wait'],
    expected: ['breaking extension-removed /paths/~1pets~1{petId}/get/x-wait'],
  },
  {
    rule: 'x-wait changed',
    change: (d) => (pet(d).get['x-wait'].ready = ['sold']),
    expected: ['breaking extension-changed /paths/~1pets~1{petId}/get/x-wait'],
  },
  {
    rule: 'x-client-option added',
    change: (d) => (pets(d).get.parameters[2]['x-client-option'] = 'shop'),
    expected: [
      'non-breaking parameter-optional /paths/~1pets/get/parameters/2',
      'non-breaking extension-added /paths/~1pets/get/parameters/2/x-client-option',
    ],
  },
];

describe('each rule: classification and pointer', () => {
  it.each(RULES)('$rule', ({ change, expected }) => {
    expect(specItems(diffTexts(shop, changed(change)))).toEqual(expected);
  });
});

describe('what is not a change', () => {
  it('the same spec', () => {
    expect(diffTexts(shop, shop)).toEqual(EMPTY);
  });

  it('a schema moved into components, or out of them (references are resolved)', () => {
    const inline = changed(
      (d) => (d.paths['/pets'].post.requestBody.content['application/json'].schema = d.components.schemas.NewPet),
    );
    expect(specItems(diffTexts(inline, shop))).toEqual([]);
    expect(specItems(diffTexts(shop, inline))).toEqual([]);
  });

  it('a schema split into allOf parts with the same properties', () => {
    const split = changed((d) => {
      d.components.schemas.Named = {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', description: 'What the pet answers to.' } },
      };
      const { name: _name, ...rest } = d.components.schemas.Pet.properties;
      d.components.schemas.Pet = {
        allOf: [
          { $ref: '#/components/schemas/Named' },
          { type: 'object', required: ['id', 'status'], properties: rest },
        ],
      };
    });
    expect(specItems(diffTexts(shop, split))).toEqual([]);
  });

  it('YAML formatting, key order and quoting', () => {
    const reordered = changed((d) => {
      d.components.schemas = Object.fromEntries(Object.entries(d.components.schemas).reverse());
      d.paths = Object.fromEntries(Object.entries(d.paths).reverse());
    });
    expect(diffTexts(shop, reordered)).toEqual(EMPTY);
  });
});

describe('direction', () => {
  it('a schema newly sent as well as read is judged by how it was used before', () => {
    // Pet was only read; making createPet send it is new usage of Pet, reported at the operation.
    const report = diffTexts(
      shop,
      changed(
        (d) =>
          (d.paths['/pets'].post.requestBody.content['application/json'].schema = { $ref: '#/components/schemas/Pet' }),
      ),
    );
    expect(specItems(report)).toEqual([
      'breaking property-removed /components/schemas/NewPet/properties/size',
      'breaking required-property-added /components/schemas/Pet/properties/id',
      'breaking required-property-added /components/schemas/Pet/properties/status',
      'non-breaking property-added /components/schemas/Pet/properties/kind',
      'non-breaking description-changed /components/schemas/Pet/properties/name/description',
    ]);
  });

  it('gives the reason for the direction in the message', () => {
    const read = diffTexts(
      shop,
      changed((d) => d.components.schemas.Pet.properties.kind.enum.push('bird')),
    );
    expect(read.breaking[0]!.message).toBe(
      'enum value "bird" added to `kind` in schema `Pet` (in responses): readers break: the generated literal union widens, so exhaustive switches and value maps no longer cover every value',
    );
    const sent = diffTexts(
      shop,
      changed((d) => d.components.schemas.NewPet.properties.size.enum.push('medium')),
    );
    expect(sent.nonBreaking[0]!.message).toBe(
      'enum value "medium" added to `size` in schema `NewPet` (in requests): callers may just send it',
    );
  });
});
