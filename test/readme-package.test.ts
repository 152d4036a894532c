/**
 * The generated package's README: its TypeScript examples compile against
 * the generated sources under strict settings, as an app would write them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { examples, typecheckExamples } from './helpers/examples.ts';
import { root } from './helpers/generate.ts';

it('the package README examples type-check', () => {
  const entries = {
    'cloud-api-clients/contabo': join(root, 'generated/src/contabo/index.ts'),
    'cloud-api-clients/profitbricks': join(root, 'generated/src/profitbricks/index.ts'),
  };
  const blocks = examples(readFileSync(join(root, 'generated/README.md'), 'utf8'), Object.keys(entries));
  // Among them the sections on hooks, logging, fetch options and the retry policy.
  for (const term of ['hooks:', 'logLevel:', 'log: createLog(', 'fetchOptions:', 'retry:', 'idempotent: true'])
    expect(blocks.join('\n'), term).toContain(term);
  expect(typecheckExamples(blocks, entries)).toEqual([]);
});
