import { describe, expect, it } from 'vitest';
import { changed, diffTexts, pairOf, shop, specItems, surfaceItems, type Doc } from './helpers.ts';

/**
 * A spec as generators write them, numbering schemas of the same name:
 * `TagResponse` (id, name) is what getTag returns, `TagResponse1` (key,
 * value) what getLabel returns.
 */
const tags = changed((d) => {
  const get = (id: string, tag: string, schema: string) => ({
    operationId: id,
    tags: [tag],
    responses: {
      '200': {
        description: 'Found.',
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
      },
    },
  });
  d.paths = {
    '/tags/{id}': { get: get('getTag', 'Tags', 'TagResponse') },
    '/labels/{id}': { get: get('getLabel', 'Labels', 'TagResponse1') },
  };
  for (const item of Object.values(d.paths) as Doc[])
    item.parameters = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
  d.tags = [{ name: 'Tags' }, { name: 'Labels' }];
  const object = (a: string, b: string) => ({
    type: 'object',
    required: [a, b],
    properties: { [a]: { type: 'string' }, [b]: { type: 'string' } },
  });
  d.components.schemas = { TagResponse: object('id', 'name'), TagResponse1: object('key', 'value') };
}, 'openapi: 3.0.3\ninfo: { title: Tags, version: 1.0.0 }\nservers: [{ url: https://tags.example.com }]\npaths: {}\ncomponents: {}\n');

const schemas = (d: Doc) => d.components.schemas;
const ref = (d: Doc, path: string) => d.paths[path].get.responses['200'].content['application/json'].schema;

/** The two schemas trade names, and the references follow their shapes. */
const swapped = changed((d) => {
  [schemas(d).TagResponse, schemas(d).TagResponse1] = [schemas(d).TagResponse1, schemas(d).TagResponse];
  ref(d, '/tags/{id}').$ref = '#/components/schemas/TagResponse1';
  ref(d, '/labels/{id}').$ref = '#/components/schemas/TagResponse';
}, tags);

describe('renamed schemas', () => {
  it('two schemas that swap names are two exported types renamed, and nobody loses a property', () => {
    const report = diffTexts(tags, swapped);
    expect(specItems(report)).toEqual([]);
    expect(surfaceItems(report).filter((i) => i.includes('type-renamed'))).toEqual([
      'breaking type-renamed /components/schemas/TagResponse',
      'breaking type-renamed /components/schemas/TagResponse1',
    ]);
    expect(report.surface.filter((i) => i.kind === 'type-renamed').map((i) => i.message)).toEqual([
      'component schema `TagResponse1` renamed to `TagResponse` with the same shape: exported type `TagResponse1` is now `TagResponse`; `TagResponse1` now names the shape that was `TagResponse`, so code using it breaks',
      'component schema `TagResponse` renamed to `TagResponse1` with the same shape: exported type `TagResponse` is now `TagResponse1`; `TagResponse` now names the shape that was `TagResponse1`, so code using it breaks',
    ]);
    // The methods return the other name now: that is what breaks code that names the type.
    expect(report.surface.filter((i) => i.kind === 'signature-changed').map((i) => i.message)).toEqual([
      'method `labels.getLabel` changed from `labels.getLabel(params: GetLabelParams, options?: RequestOptions): ApiPromise<TagResponse1>` to `labels.getLabel(params: GetLabelParams, options?: RequestOptions): ApiPromise<TagResponse>`',
      'method `tags.getTag` changed from `tags.getTag(params: GetTagParams, options?: RequestOptions): ApiPromise<TagResponse>` to `tags.getTag(params: GetTagParams, options?: RequestOptions): ApiPromise<TagResponse1>`',
    ]);
    expect(report.semver).toBe('major');
  });

  it('a renamed schema still compares as itself: a property it gains is reported on it', () => {
    const grown = changed((d) => (schemas(d).TagResponse1.properties.color = { type: 'string' }), swapped);
    const report = diffTexts(tags, grown);
    expect(specItems(report)).toEqual([
      'non-breaking property-added /components/schemas/TagResponse1/properties/color',
    ]);
    // Its shape changed, so the operations that use it tell which schema it became.
    expect(report.surface.filter((i) => i.kind === 'type-renamed').map((i) => i.message.split(':')[0])).toEqual([
      'component schema `TagResponse1` renamed to `TagResponse` (the operations that used `TagResponse1` use `TagResponse` now)',
      'component schema `TagResponse` renamed to `TagResponse1` (the operations that used `TagResponse` use `TagResponse1` now)',
    ]);
  });

  it('a schema gone and a new one of another shape in its place is not taken for a rename', () => {
    const report = diffTexts(
      tags,
      changed((d) => {
        schemas(d).Tag = {
          ...schemas(d).TagResponse,
          properties: { ...schemas(d).TagResponse.properties, color: { type: 'string' } },
        };
        delete schemas(d).TagResponse;
        ref(d, '/tags/{id}').$ref = '#/components/schemas/Tag';
      }, tags),
    );
    expect(specItems(report)).toEqual(['non-breaking property-added /components/schemas/Tag/properties/color']);
    expect(surfaceItems(report).filter((i) => !i.includes('signature-changed'))).toEqual([
      'addition export-added /components/schemas/Tag',
      'breaking export-removed /components/schemas/TagResponse',
    ]);
  });

  it('swapped shapes under references that stayed: the method does return another shape', () => {
    const stayed = changed((d) => {
      [schemas(d).TagResponse, schemas(d).TagResponse1] = [schemas(d).TagResponse1, schemas(d).TagResponse];
    }, tags);
    const report = diffTexts(tags, stayed);
    expect(report.breaking.map((i) => i.message)).toContain(
      'property `id` of the body of response 200 of GET /tags/{id} (getTag) removed: readers lose it',
    );
  });

  it('a chain of renames reusing a name: A to B, B to C', () => {
    const base = changed((d) => (schemas(d).Spare = { type: 'object', properties: { n: { type: 'integer' } } }), tags);
    const chain = changed((d) => {
      schemas(d).TagResponse2 = schemas(d).TagResponse1;
      schemas(d).TagResponse1 = schemas(d).TagResponse;
      delete schemas(d).TagResponse;
      ref(d, '/tags/{id}').$ref = '#/components/schemas/TagResponse1';
      ref(d, '/labels/{id}').$ref = '#/components/schemas/TagResponse2';
    }, base);
    const report = diffTexts(base, chain);
    expect(specItems(report)).toEqual([]);
    expect(report.surface.filter((i) => i.kind === 'type-renamed').map((i) => i.message.split(':')[0])).toEqual([
      'component schema `TagResponse` renamed to `TagResponse1` with the same shape',
      'component schema `TagResponse1` renamed to `TagResponse2` with the same shape',
    ]);
  });

  it('schemas that refer to swapped ones are recognised once those are', () => {
    const lists = changed((d) => {
      schemas(d).TagList = { type: 'array', items: { $ref: '#/components/schemas/TagResponse' } };
      schemas(d).TagList1 = { type: 'array', items: { $ref: '#/components/schemas/TagResponse1' } };
    }, tags);
    // Renumbered throughout: the lists keep their text, yet each now holds the other shape.
    const renumbered = changed((d) => {
      [schemas(d).TagResponse, schemas(d).TagResponse1] = [schemas(d).TagResponse1, schemas(d).TagResponse];
      ref(d, '/tags/{id}').$ref = '#/components/schemas/TagResponse1';
      ref(d, '/labels/{id}').$ref = '#/components/schemas/TagResponse';
    }, lists);
    const report = diffTexts(lists, renumbered);
    expect(specItems(report)).toEqual([]);
    expect(report.surface.filter((i) => i.kind === 'type-renamed').map((i) => i.pointer)).toEqual([
      '/components/schemas/TagList',
      '/components/schemas/TagList1',
      '/components/schemas/TagResponse',
      '/components/schemas/TagResponse1',
    ]);
  });

  it('a schema that changed is not renamed to a new schema of its old shape', () => {
    const report = diffTexts(
      tags,
      changed((d) => {
        schemas(d).Other = structuredClone(schemas(d).TagResponse);
        schemas(d).TagResponse.properties.color = { type: 'string' };
      }, tags),
    );
    expect(specItems(report)).toEqual(['non-breaking property-added /components/schemas/TagResponse/properties/color']);
    expect(surfaceItems(report)).toEqual([
      'addition export-added /components/schemas/Other',
      'addition export-changed /components/schemas/TagResponse',
    ]);
  });

  it('a Swagger 2.0 definition and the OpenAPI 3 component schema of its name are one model', () => {
    const view = pairOf(tags, tags).new!;
    const root = view.workspace.root.path;
    expect(view.key(`${root}#/definitions/TagResponse`)).toBe(view.key(`${root}#/components/schemas/TagResponse`));
    expect(view.key(`${root}#/definitions/TagResponse/properties/id`)).toBe('#/definitions/TagResponse/properties/id');
  });

  it('a variant whose schema was renamed pairs with its old self: only the new variant is added', () => {
    const report = diffTexts(
      shop,
      changed((d) => {
        schemas(d).Money = schemas(d).Cash;
        delete schemas(d).Cash;
        schemas(d).Order.properties.payment.oneOf = [
          { $ref: '#/components/schemas/Card' },
          { type: 'object', properties: { voucher: { type: 'string' } } },
          { $ref: '#/components/schemas/Money' },
        ];
      }),
    );
    expect(specItems(report)).toEqual(['breaking variant-added /components/schemas/Order/properties/payment/oneOf/1']);
  });

  it('a success response added with the renamed body type is not a new kind of result', () => {
    const report = diffTexts(
      tags,
      changed((d) => {
        d.paths['/tags/{id}'].get.responses['203'] = structuredClone(d.paths['/tags/{id}'].get.responses['200']);
      }, swapped),
    );
    expect(specItems(report)).toEqual(['non-breaking response-added /paths/~1tags~1{id}/get/responses/203']);
  });
});
