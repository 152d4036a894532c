import { describe, expect, it } from 'vitest';
import { changed, diffTexts, shop, surfaceItems } from './helpers.ts';

describe('the generated package', () => {
  it('a removed operation shows its removed method, function and params type', () => {
    const report = diffTexts(
      shop,
      changed((d) => delete d.paths['/pets/{petId}'].delete),
    );
    expect(surfaceItems(report)).toEqual([
      'breaking export-removed /paths/~1pets~1{petId}/delete',
      'breaking export-removed /paths/~1pets~1{petId}/delete',
      'breaking method-removed /paths/~1pets~1{petId}/delete',
    ]);
    expect(report.surface.map((i) => i.message)).toEqual([
      'function `deletePet` removed: imports of it break',
      'type `DeletePetParams` removed: imports of it break',
      'method `pets.delete(params: DeletePetParams, options?: RequestOptions): ApiPromise<undefined>` removed',
    ]);
  });

  it('an added operation shows its method and function, and a new tag its class and client property', () => {
    const report = diffTexts(
      shop,
      changed(
        (d) =>
          (d.paths['/toys'] = {
            get: {
              operationId: 'listToys',
              tags: ['Toys'],
              responses: {
                '200': {
                  description: 'Toys.',
                  content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
                },
              },
            },
          }),
      ),
    );
    expect(report.surface.map((i) => `${i.impact} ${i.kind} ${i.message}`)).toEqual([
      'addition export-added function `listToys` added',
      'addition method-added method `toys.listToys(options?: RequestOptions): ApiPromise<string[]>` added',
      'addition client-property-added client property `ShopClient.toys: ToysApi` added',
      'addition export-added class `ToysApi` added',
    ]);
    expect(report.semver).toBe('minor');
  });

  it('a renamed schema shows the rename, the removed and the added type', () => {
    const report = diffTexts(
      shop,
      changed((d) => {
        d.components.schemas.Money = d.components.schemas.Cash;
        delete d.components.schemas.Cash;
        d.components.schemas.Order.properties.payment.oneOf[1].$ref = '#/components/schemas/Money';
      }),
    );
    expect(report.breaking).toEqual([]);
    expect(report.nonBreaking).toEqual([]);
    expect(surfaceItems(report)).toEqual([
      'breaking export-removed /components/schemas/Cash',
      'addition export-added /components/schemas/Money',
      'breaking type-renamed /components/schemas/Money',
      'change export-changed /components/schemas/Order',
    ]);
    expect(report.surface.find((i) => i.kind === 'type-renamed')!.message).toBe(
      'component schema `Cash` renamed to `Money` with the same shape: exported type `Cash` is now `Money`; code importing `Cash` breaks',
    );
    expect(report.surface.find((i) => i.kind === 'export-changed')!.message).toBe(
      'type `Order` changed: changed `payment?: Card | Cash` to `payment?: Card | Money`',
    );
    expect(report.semver).toBe('major');
  });

  it('a parameter made required changes the method signature, which breaks', () => {
    const report = diffTexts(
      shop,
      changed(
        (d) =>
          (d.paths['/pets/{petId}'].delete.parameters = [
            { name: 'force', in: 'query', required: true, schema: { type: 'boolean' } },
          ]),
      ),
    );
    expect(surfaceItems(report)).toEqual(['change export-changed /paths/~1pets~1{petId}/delete']);
    const optional = diffTexts(
      changed((d) => (d.paths['/pets'].get.parameters[2].required = false)),
      shop,
    );
    expect(optional.surface.map((i) => `${i.impact} ${i.kind} ${i.message}`)).toEqual([
      'change export-changed type `ListPetsParams` changed: changed `xShop?: string | undefined` to `xShop: string`',
      'breaking signature-changed method `pets.list` changed from `pets.list(params?: ListPetsParams, options?: RequestOptions): ApiPromise<Pet[]>` to `pets.list(params: ListPetsParams, options?: RequestOptions): ApiPromise<Pet[]>`',
    ]);
  });

  it('a signature that only accepts more is not breaking', () => {
    const report = diffTexts(
      shop,
      changed((d) => (d.paths['/pets'].get.parameters[2].required = false)),
    );
    expect(surfaceItems(report)).toEqual([
      'change export-changed /paths/~1pets/get',
      'addition signature-changed /paths/~1pets/get',
    ]);
    expect(report.surface[1]!.message).toMatch(/: it accepts every call it did$/);
    expect(report.semver).toBe('minor');
  });

  it('params given to a method that took none move its options to second place: breaking', () => {
    const none = changed((d) => delete d.paths['/orders'].post.requestBody);
    const report = diffTexts(
      none,
      changed((d) => (d.paths['/orders'].post.requestBody.required = false)),
    );
    expect(report.nonBreaking.map((i) => i.kind)).toEqual(['request-body-added']);
    expect(report.surface.map((i) => `${i.impact} ${i.kind} ${i.message}`)).toEqual([
      'addition export-added type `PlaceOrderParams` added',
      'breaking signature-changed method `orders.placeOrder` changed from `orders.placeOrder(options?: RequestOptions): ApiPromise<Order>` to `orders.placeOrder(params?: PlaceOrderParams, options?: RequestOptions): ApiPromise<Order>`',
    ]);
    expect(report.semver).toBe('major');
  });

  it('a schema moved into components adds an exported type; nothing else changes', () => {
    const report = diffTexts(
      shop,
      changed((d) => {
        d.components.schemas.PetKind = d.components.schemas.Pet.properties.kind;
        d.components.schemas.Pet.properties.kind = { $ref: '#/components/schemas/PetKind' };
      }),
    );
    expect(specItemsOf(report)).toEqual([]);
    expect(surfaceItems(report)).toEqual([
      'change export-changed /components/schemas/Pet',
      'addition export-added /components/schemas/PetKind',
    ]);
    expect(report.semver).toBe('minor');
  });

  it('a new optional response property changes the read type, as an addition', () => {
    const report = diffTexts(
      shop,
      changed((d) => (d.components.schemas.Pet.properties.color = { type: 'string' })),
    );
    expect(report.surface.map((i) => `${i.impact} ${i.kind} ${i.message}`)).toEqual([
      'addition export-changed type `Pet` changed: added `color?: string`',
    ]);
  });
});

function specItemsOf(report: { breaking: unknown[]; nonBreaking: unknown[] }): unknown[] {
  return [...report.breaking, ...report.nonBreaking];
}

describe('suggested version', () => {
  it('patch for documentation only', () => {
    const report = diffTexts(
      shop,
      changed((d) => (d.components.schemas.Pet.properties.name.description = 'Its name.')),
    );
    expect(report.nonBreaking.map((i) => i.kind)).toEqual(['description-changed']);
    expect(report.surface).toEqual([]);
    expect(report.semver).toBe('patch');
  });

  it('minor for additions', () => {
    expect(
      diffTexts(
        shop,
        changed((d) => (d.components.schemas.NewPet.properties.color = { type: 'string' })),
      ).semver,
    ).toBe('minor');
  });

  it('major when anything breaks, in the spec or only in the package', () => {
    expect(
      diffTexts(
        shop,
        changed((d) => delete d.components.schemas.Pet.properties.tag),
      ).semver,
    ).toBe('major');
    // An unused schema removed: nothing in the API changes, but its exported type is gone.
    const unused = changed(
      (d) => (d.components.schemas.Spare = { type: 'object', properties: { a: { type: 'string' } } }),
    );
    const report = diffTexts(unused, shop);
    expect(report.breaking).toEqual([]);
    expect(surfaceItems(report)).toEqual(['breaking export-removed /components/schemas/Spare']);
    expect(report.semver).toBe('major');
  });
});
