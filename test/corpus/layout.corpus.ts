// The prettier-layout printer over the public descriptions (run by `npm run corpus`, never by `npm test`, which
// reads nothing outside the repository): every module of every description formatted both ways, equal bytes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modulesOf } from '../../generator/emit/emit.ts';
import { buildApi } from '../../generator/ir/build.ts';
import { loadWorkspace } from '../../generator/load/workspace.ts';
import { planApi } from '../../generator/plan/plan.ts';
import { compareBothWays } from '../helpers/layout.ts';

const specs: string[] = JSON.parse(process.env.CORPUS_FILES ?? '[]');

describe('the public descriptions, formatted in parts and whole', () => {
  if (specs.length === 0) it.skip('no descriptions given (CORPUS_FILES)', () => {});
  for (const spec of specs) {
    it(spec, async () => {
      const { workspace } = loadWorkspace(spec, (path) => readFileSync(path, 'utf8'));
      if (!workspace) throw new Error(`cannot load ${spec}`);
      const totals = { statements: 0, laidOut: 0, bytes: 0, laidOutBytes: 0 };
      for (const module of modulesOf(planApi(buildApi(workspace)))) {
        const counted = await compareBothWays(module.statements(), (a, b) => expect(a, module.file).toBe(b));
        for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += counted[key];
      }
      const share = (a: number, b: number): string => `${((a / b) * 100).toFixed(1)}%`;
      console.log(
        `layout ${spec}: ${share(totals.laidOut, totals.statements)} of ${totals.statements} statements, ${share(totals.laidOutBytes, totals.bytes)} of ${totals.bytes} formatted bytes laid out`,
      );
    });
  }
});
