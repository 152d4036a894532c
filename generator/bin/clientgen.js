#!/usr/bin/env node
// The CLI runs from JavaScript bundled at install time (npm's prepare), so no TypeScript is compiled on each start.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('clientgen: not built yet; run `npm run build` (npm ci does it)');
  process.exit(2);
}
const { run } = await import(entry.href);
try {
  process.exitCode = await run(process.argv.slice(2), {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    cwd: process.cwd(),
  });
} catch (error) {
  // Spec problems are diagnostics, not exceptions: whatever lands here is a bug in clientgen itself.
  console.error(`clientgen: internal error: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.CLIENTGEN_DEBUG) console.error(error);
  process.exitCode = 1;
}
