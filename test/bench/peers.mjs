// The benchmark's peers: the generators and clients clientgen is measured
// against. They are a package of their own (test/bench/package.json and its
// lockfile), so the repository's `npm ci` does not install them; whatever
// runs them calls `ensurePeers()` first.
//
//   import { ensurePeers } from '../bench/peers.mjs';
//   const { bins } = await ensurePeers();
//   spawn(process.execPath, [bins.heyApi, '-i', spec, '-o', out]);
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installLocked } from '../helpers/locked-install.mjs';

const dir = dirname(fileURLToPath(import.meta.url));

/** The peers' node_modules folder (for module resolution, e.g. esbuild's `nodePaths`). */
export const peerModules = join(dir, 'node_modules');

/** The peers' CLIs, by absolute path: run them with `process.execPath`, no PATH lookups or `npx`. */
export const peerBins = {
  openapiTypescript: join(peerModules, 'openapi-typescript/bin/cli.js'),
  heyApi: join(peerModules, '@hey-api/openapi-ts/bin/run.js'),
  orval: join(peerModules, 'orval/dist/bin/orval.js'),
  codegen: join(peerModules, 'openapi-typescript-codegen/bin/index.js'),
};

/** The installed version of a peer (`'@hey-api/openapi-ts'`), or undefined when it is not installed. */
export function peerVersion(name) {
  try {
    return JSON.parse(readFileSync(join(peerModules, name, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/**
 * Installs the peers (`npm ci` in test/bench, npm's output on stderr) when
 * they are missing or differ from test/bench/package-lock.json, and resolves
 * to where they are. Rejects when npm fails. Not for two processes at once:
 * both would install into the same folder.
 */
export async function ensurePeers() {
  await installLocked(dir);
  return { modules: peerModules, bins: peerBins, version: peerVersion };
}
