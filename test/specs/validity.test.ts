import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/generate.ts';

/** A second opinion on validity, from a validator independent of the generator's own checks. */
describe.each(['specs/contabo.yaml', 'specs/profitbricks-v4.yaml'])('%s', (spec) => {
  it('is valid OpenAPI 3.0 under @readme/openapi-parser, without warnings', async () => {
    const result = await validate(join(root, spec), { validate: { errors: { colorize: false } } });
    expect(result.valid ? [] : result.errors.map((e) => e.message)).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.specification).toBe('OpenAPI');
  });
});
