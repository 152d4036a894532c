#!/usr/bin/env node
// npm run ecosystem
//
// Every runtime the package and the generator claim, tested as a user's app
// would run there: generated/ is packed and installed into throwaway apps,
// each runs one behaviour script (sign in, list across pages, a typed error,
// a 202 and its wait, an abort) against the fake APIs on 127.0.0.1, on Node
// 20, 22 and 24, Bun, Deno and headless Chromium, from ES modules, CommonJS
// and TypeScript; and the generator's generate, check and diff run on each
// Node. The runtimes come from the npm registry (test/ecosystem/package.json,
// installed here when missing), the browser from Debian's packages.
//
// One line per check on stdout, then `N passed, N failed`; exit 1 on any failure.
// `--only TEXT` runs the checks whose label contains TEXT (`--only deno`).
// The work folder is removed at the end (kept with ECOSYSTEM_KEEP=1).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { installLocked } from '../helpers/locked-install.mjs';
import { makeApps, pack } from './apps.mjs';
import { ensureChromium, runPage } from './browser.mjs';
import { checkClaims } from './claims.mjs';
import { generatorChecks, generatorInputs } from './generator.mjs';
import { here, lastJson, repo, reporter, runOk } from './lib.mjs';
import { openWorld, verify, loadServers } from './world.mjs';

const { values: args } = parseArgs({ options: { only: { type: 'string' } } });
const report = reporter(args.only);
const work = mkdtempSync(join(tmpdir(), 'clientgen-ecosystem-'));

/** Runs an app's script on a runtime in a fresh world and holds its outcome against it (`shell`: see verify). */
async function behaves(servers, runtime, dir, script, shell) {
  const world = await openWorld(servers);
  try {
    const argv = runtime.args(script, [JSON.stringify(world.app)]);
    const { stdout } = await runOk(runtime.bin, argv, { cwd: dir, env: runtime.env });
    verify(lastJson(stdout), world, { shell });
  } finally {
    await world.close();
  }
}

async function suite() {
  let setup;
  await report.check(
    'set up: runtimes installed, fake APIs bundled, package packed into the apps',
    async () => {
      const installed = await installLocked(here);
      const servers = await loadServers(work);
      const tarball = await pack(work);
      setup = { servers, apps: await makeApps(work, tarball), inputs: generatorInputs(work) };
      return installed ? 'installed test/ecosystem with npm ci' : undefined;
    },
    { always: true },
  );
  if (!setup) return;
  const { nodes, newestNode, bun, deno } = await import('./runtimes.mjs');
  const denoHere = deno(work);
  const { servers, apps, inputs } = setup;
  const tsc = { 5.9: join(repo, 'node_modules/typescript/bin/tsc'), 7: join(repo, 'node_modules/typescript7/bin/tsc') };

  await report.check('engines and READMEs claim the runtimes tested here', () =>
    checkClaims({ nodes, bun, deno: denoHere }),
  );

  for (const node of nodes)
    for (const [label, body] of generatorChecks(node, work, inputs)) await report.check(label, body);

  for (const runtime of [...nodes, bun, denoHere]) {
    await report.check(`${runtime.name}: an ES module app behaves`, () =>
      behaves(servers, runtime, apps.esm, 'main.mjs', { loaded: 'import' }),
    );
  }
  for (const runtime of [...nodes, bun, denoHere]) {
    await report.check(
      `${runtime.name}: a CommonJS app behaves, loading the package with require() as import() does`,
      () => behaves(servers, runtime, apps.cjs, 'main.cjs', { loaded: 'require', sameAsImport: true }),
    );
  }

  await report.check(
    'headless Chromium: a page importing the package as ES modules behaves, calling the APIs across origins',
    async () => {
      const version = await ensureChromium();
      const world = await openWorld(servers);
      try {
        const { outcome, origin } = await runPage(apps.browser, world.app, servers);
        verify(outcome, world, { shell: { loaded: 'import map' }, pageOrigin: origin });
      } finally {
        await world.close();
      }
      return version;
    },
  );

  // Each compiler type-checks the app; with `emit`, TypeScript 5.9 also writes out/ (NodeNext).
  const ts = apps.typescript;
  const typecheck = async (config, { emit = false, extra = [] } = {}) => {
    for (const [version, bin] of Object.entries(tsc)) {
      const output = emit && version === '5.9' ? [] : ['--noEmit'];
      await runOk(newestNode.bin, [bin, '-p', config, ...output, '--pretty', 'false', ...extra], { cwd: ts }).catch(
        (error) => {
          throw new Error(`TypeScript ${version}: ${error.message}`);
        },
      );
    }
  };
  await report.check(
    `TypeScript 5.9 and 7, NodeNext: the app type-checks, and compiled it behaves on ${newestNode.name}`,
    async () => {
      await typecheck('tsconfig.nodenext.json', { emit: true });
      await behaves(servers, newestNode, ts, 'out/main.js', { loaded: 'import' });
    },
  );
  await report.check('TypeScript 5.9 and 7, Node16: the app type-checks', () =>
    typecheck('tsconfig.nodenext.json', { extra: ['--module', 'node16', '--moduleResolution', 'node16'] }),
  );
  await report.check(
    `TypeScript 5.9 and 7, Bundler: the app type-checks, and bundled with esbuild it behaves on ${newestNode.name}`,
    async () => {
      await typecheck('tsconfig.bundler.json');
      const { build } = await import('esbuild');
      await build({
        absWorkingDir: ts,
        entryPoints: ['src/main.ts'],
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        outfile: 'bundle/main.mjs',
        logLevel: 'error',
      });
      await behaves(servers, newestNode, ts, 'bundle/main.mjs', { loaded: 'import' });
    },
  );
}

try {
  await suite();
} finally {
  if (process.env.ECOSYSTEM_KEEP) process.stderr.write(`work files kept in ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`${report.passed} passed, ${report.failed} failed\n`);
process.exitCode = report.failed ? 1 : 0;
