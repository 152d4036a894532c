// Type-check cost: `tsc --noEmit` over each tool's output for the Contabo spec, same compiler options for all.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alternate, bins, log, medianOf, node, timeProcess, work } from './lib.mjs';

/**
 * Strict, no emit, libraries checked too. DOM.Iterable is added to the
 * ES2022 + DOM of the brief: hey-api's runtime (`URLSearchParams#entries`)
 * does not compile without it, and a browser or Node project has it.
 * Bundler resolution: openapi-typescript-codegen imports without extensions.
 */
const compilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  types: [],
};

export async function benchTypecheck({ rounds, outputs }) {
  const targets = {};
  for (const [tool, out] of Object.entries(outputs)) {
    if (tool.endsWith('-both')) continue;
    // clientgen's package: its TypeScript sources (dist holds the same as .js + .d.ts).
    const include = tool === 'clientgen' ? ['src/**/*.ts'] : ['**/*.ts'];
    const config = join(out.contabo, 'tsconfig.bench.json');
    writeFileSync(config, JSON.stringify({ compilerOptions, include, exclude: ['dist', 'node_modules'] }, null, 2));
    targets[tool] = config;
  }
  log('type-check: tsc --noEmit over', Object.keys(targets).join(', '));
  const samples = await alternate(
    rounds,
    Object.fromEntries(
      Object.entries(targets).map(([tool, config]) => [
        tool,
        async () => {
          const s = await timeProcess(node, [bins.tsc, '-p', config], { cwd: work(), allowFailure: true });
          return {
            ...s,
            errors: (s.stdout.match(/error TS\d+/g) ?? []).length,
            firstError: s.stdout.split('\n').find((l) => /error TS/.test(l)),
          };
        },
      ]),
    ),
    'typecheck',
  );
  const results = {};
  for (const [tool, list] of Object.entries(samples)) {
    results[tool] = {
      ms: medianOf(list),
      maxRssKb: medianOf(list, 'maxRssKb'),
      errors: list[0].errors,
      firstError: list[0].firstError,
      samples: list.map((s) => s.ms),
    };
    if (list[0].errors) log(`type-check: ${tool} has ${list[0].errors} errors, first: ${list[0].firstError}`);
  }
  // Untimed: does each tool's ProfitBricks output (from the two-spec runs) compile at all?
  const profitbricks = {};
  for (const [tool, out] of Object.entries(outputs)) {
    if (!tool.endsWith('-both') || !out.profitbricks) continue;
    const name = tool.replace(/-both$/, '');
    const config = join(out.profitbricks, 'tsconfig.bench.json');
    const include = name === 'clientgen' ? ['src/**/*.ts'] : ['**/*.ts'];
    writeFileSync(config, JSON.stringify({ compilerOptions, include, exclude: ['dist', 'node_modules'] }, null, 2));
    const s = await timeProcess(node, [bins.tsc, '-p', config], { cwd: work(), allowFailure: true, rss: false });
    const errors = s.stdout.split('\n').filter((l) => /error TS/.test(l));
    const here = new RegExp(`(${work().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/)?gen/[^/]+/`, 'g');
    profitbricks[name] = { errors: errors.length, firstError: errors[0]?.replace(here, '') };
    if (errors.length)
      log(
        `type-check: ${name}'s output for both specs has ${errors.length} errors, first: ${profitbricks[name].firstError}`,
      );
  }
  return { results, profitbricks };
}
