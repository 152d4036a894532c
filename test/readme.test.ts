import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { catalogueTable } from '../generator/diagnostics/markdown.ts';
import { root } from './helpers/generate.ts';

it('the README lists every diagnostic code as the catalogue defines it', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.split('<!-- diagnostics:start -->\n')[1]?.split('\n<!-- diagnostics:end -->')[0];
  expect(table).toBe(catalogueTable());
});
