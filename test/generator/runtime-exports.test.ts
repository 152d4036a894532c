import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RUNTIME_EXPORTS } from '../../generator/plan/runtime-exports.ts';
import { root } from '../helpers/generate.ts';

it('reserves every type-like name the runtime exports, so no model can shadow one', () => {
  const index = readFileSync(join(root, 'generator/runtime/index.ts'), 'utf8');
  const exported = [...index.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim().replace(/^type /, '')));
  const typeLike = exported.filter((n) => /^[A-Z]/.test(n));
  expect(typeLike.length).toBeGreaterThan(20);
  expect(typeLike.filter((n) => !RUNTIME_EXPORTS.includes(n))).toEqual([]);
});
