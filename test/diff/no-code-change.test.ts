import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changed, diffTexts, fixtures, shop, specItems, surfaceItems, type Doc } from './helpers.ts';

const pet = (d: Doc) => d.paths['/pets/{petId}'];
const schemas = (d: Doc) => d.components.schemas;
const cloud = (side: 'old' | 'new') => readFileSync(join(fixtures, 'no-code-change', `${side}.yaml`), 'utf8');

/** Renames every use of a tag, in the tag list and on operations. */
function renameTag(d: Doc, from: string, to: string): void {
  for (const tag of d.tags) if (tag.name === from) tag.name = to;
  for (const item of Object.values(d.paths) as Doc[]) {
    for (const op of Object.values(item) as Doc[]) if (op?.tags?.[0] === from) op.tags = [to];
  }
}

/**
 * Changes in the spec that leave every generated name and type the same: not
 * breaking, listed under their own heading so reviewers still see them.
 */
describe('no change to the generated code', () => {
  it('a tag renamed only in case or spacing keeps its client property and class', () => {
    const report = diffTexts(cloud('old'), cloud('new'));
    expect(specItems(report)).toEqual([
      'no-code-change type-changed /components/schemas/Datacenter/properties/cores',
      'no-code-change format-changed /components/schemas/Datacenter/properties/ram/format',
      'no-code-change tag-renamed /tags/0',
    ]);
    expect(report.noCodeChange.map((i) => i.message)).toEqual([
      '`cores` in schema `Datacenter` changed from number to integer: the generated type is `number` either way',
      'format of `ram` in schema `Datacenter` changed from int32 to int64: the generated type is `number` either way; only its `@format` doc tag changes',
      'tag `Data Centers` renamed to `Data centers`: client property `dataCenters` and class `DataCentersApi` keep their names',
    ]);
    expect(report.surface).toEqual([]);
    expect(report.semver).toBe('patch');
  });

  it('a tag renamed into other names is still breaking', () => {
    const report = diffTexts(
      shop,
      changed((d) => renameTag(d, 'Pets', 'Animals')),
    );
    expect(specItems(report)).toEqual(['breaking tag-renamed /tags/0']);
    expect(report.breaking[0]!.message).toBe(
      'tag `Pets` renamed to `Animals`: client property `pets` becomes `animals`, class `PetsApi` becomes `AnimalsApi`',
    );
  });

  it('an operation moved to a tag that generates the same group keeps its method', () => {
    // Pets splits: getPet goes to `PETS` (the same `pets` group, as `Pets` is gone), the rest to Animals.
    const report = diffTexts(
      shop,
      changed((d) => {
        renameTag(d, 'Pets', 'Animals');
        d.tags.push({ name: 'PETS' });
        pet(d).get.tags = ['PETS'];
      }),
    );
    expect(specItems(report).filter((i) => i.includes('tag-changed'))).toEqual([
      'breaking tag-changed /paths/~1pets/get/tags/0',
      'breaking tag-changed /paths/~1pets/post/tags/0',
      'breaking tag-changed /paths/~1pets~1{petId}/delete/tags/0',
      'no-code-change tag-changed /paths/~1pets~1{petId}/get/tags/0',
    ]);
    expect(report.noCodeChange.map((i) => i.message)).toEqual([
      'GET /pets/{petId} (getPet) moved from tag `Pets` to `PETS`: `pets.get()` and its class keep their names',
    ]);
  });

  it('an operationId renamed only in case keeps the params type, method and function', () => {
    const report = diffTexts(
      shop,
      changed((d) => (pet(d).delete.operationId = 'DeletePet')),
    );
    expect(specItems(report)).toEqual(['no-code-change operation-renamed /paths/~1pets~1{petId}/delete/operationId']);
    expect(report.surface).toEqual([]);
    // Without x-method the method is named by the operationId, so this one is seen.
    const named = diffTexts(
      shop,
      changed((d) => (pet(d).delete.operationId = 'removePet')),
    );
    expect(specItems(named)).toEqual(['breaking operation-renamed /paths/~1pets~1{petId}/delete/operationId']);
  });

  it('a schema renamed to a name that exports the same type is not a type rename users see', () => {
    const report = diffTexts(
      shop,
      changed((d) => {
        schemas(d).cash = schemas(d).Cash;
        delete schemas(d).Cash;
        schemas(d).Order.properties.payment.oneOf[1].$ref = '#/components/schemas/cash';
      }),
    );
    expect(specItems(report)).toEqual(['no-code-change type-renamed /components/schemas/cash']);
    expect(report.noCodeChange[0]!.message).toBe(
      'component schema `Cash` renamed to `cash` with the same shape: its exported types keep their names (`Cash`)',
    );
    expect(surfaceItems(report)).toEqual([]);
    expect(report.semver).toBe('patch');
  });

  it('number to integer and back, in a request too', () => {
    const report = diffTexts(
      shop,
      changed((d) => (schemas(d).Order.properties.quantity = { type: 'number', format: 'double' })),
    );
    expect(specItems(report)).toEqual([
      'no-code-change type-changed /components/schemas/Order/properties/quantity',
      'no-code-change format-changed /components/schemas/Order/properties/quantity/format',
    ]);
    expect(
      specItems(
        diffTexts(
          changed((d) => (schemas(d).Order.properties.quantity.type = 'number')),
          shop,
        ),
      ),
    ).toEqual(['no-code-change type-changed /components/schemas/Order/properties/quantity']);
  });

  it('a string format that only describes the value', () => {
    const report = diffTexts(
      shop,
      changed((d) => (schemas(d).NewPet.properties.tag.format = 'password')),
    );
    expect(specItems(report)).toEqual([
      'no-code-change format-changed /components/schemas/NewPet/properties/tag/format',
    ]);
  });

  it('a type change the generated code shows is still breaking', () => {
    const report = diffTexts(
      shop,
      changed((d) => (schemas(d).Order.properties.quantity = { type: 'string' })),
    );
    expect(specItems(report)).toEqual(['breaking type-changed /components/schemas/Order/properties/quantity']);
  });
});
