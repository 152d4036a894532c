import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RUNTIME_EXPORTS } from '../../generator/plan/runtime-exports.ts';
import { root } from '../helpers/generate.ts';

it('lists exactly what the runtime exports: reserved for no model or function to shadow, and imported from it as used', () => {
  const index = readFileSync(join(root, 'generator/runtime/index.ts'), 'utf8');
  const exported = [...index.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((n) => n.trim().replace(/^type /, ''))
      .filter(Boolean),
  );
  expect(exported.length).toBeGreaterThan(30);
  expect([...RUNTIME_EXPORTS].sort()).toEqual([...exported].sort());
});
