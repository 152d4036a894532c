// Installs a folder's locked dependencies with `npm ci` when they are missing
// or differ from its package-lock.json. The tools only some commands need
// (the benchmark's peers, the ecosystem suite's runtimes and browser driver)
// are packages of their own, which the repository's `npm ci` leaves out and
// these commands install when they run.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Written into node_modules after a successful install: the hash of the lockfile it installed. */
const MARK = '.locked-install-sha256';

function lockHash(dir) {
  return createHash('sha256')
    .update(readFileSync(join(dir, 'package-lock.json')))
    .digest('hex');
}

/** Whether `dir/node_modules` holds what `dir/package-lock.json` pins, as the last install here recorded. */
export function isInstalled(dir) {
  try {
    return readFileSync(join(dir, 'node_modules', MARK), 'utf8') === lockHash(dir);
  } catch {
    return false;
  }
}

/**
 * The environment without the lifecycle variables of an enclosing `npm run`
 * (npm_package_*, npm_config_local_prefix, ...), which would point a nested
 * npm at the repository instead of `dir`; the user's own npm settings stay.
 */
export function npmEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || /^npm_config_(cache|userconfig|globalconfig|registry)$/i.test(key)) env[key] = value;
  }
  return env;
}

/**
 * Runs `npm ci` in `dir` unless its node_modules is current. npm's output goes
 * to stderr, so the caller's stdout stays its own. Install scripts are not
 * run: nothing installed this way needs one (platform binaries come as
 * optional dependencies), and some only report analytics. Resolves to true
 * when it installed, false when nothing was to do; rejects when npm fails,
 * leaving the folder to be installed again next time.
 */
export async function installLocked(dir) {
  if (isInstalled(dir)) return false;
  const hash = lockHash(dir);
  const args = ['ci', '--prefix', dir, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];
  const code = await new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: dir, env: npmEnv(), stdio: ['ignore', process.stderr, process.stderr] });
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`npm ${args.join(' ')} exited ${code}`);
  writeFileSync(join(dir, 'node_modules', MARK), hash);
  return true;
}
