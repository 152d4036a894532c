// Bundles the generator into generator/dist so the CLI starts without compiling TypeScript.
// Dependencies stay external; the pipeline is a separate chunk, loaded only when there is work to do.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'generator/cli.ts' },
  outdir: 'generator/dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
