// The suite's plumbing: child processes, where things are, one line per check.
import { spawn } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmEnv } from '../helpers/locked-install.mjs';

export const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '../..');
export const modules = join(here, 'node_modules');

/** Longest a child process may run before it is killed: a guard against a hang, not a measure of speed. */
const GUARD_MS = 180_000;

/**
 * Runs a command to its end without blocking the event loop (the fake APIs
 * live in this process) and resolves to its exit code and output. The
 * environment has no npm lifecycle variables; `env` adds to it.
 */
export function run(command, args, { cwd = repo, env = {} } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...npmEnv(), NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const guard = setTimeout(() => child.kill('SIGKILL'), GUARD_MS);
    child.on('error', (error) => {
      clearTimeout(guard);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolvePromise({
        code: code ?? (signal === 'SIGKILL' ? `killed after ${GUARD_MS / 1000} s` : signal),
        stdout,
        stderr,
      });
    });
  });
}

/** Like `run`, but rejects unless the command exits 0, with the end of its output. */
export async function runOk(command, args, options) {
  const result = await run(command, args, options);
  if (result.code !== 0)
    throw new Error(`${commandLine(command, args)} exited ${result.code}: ${tail(result.stderr || result.stdout)}`);
  return result;
}

/** A command line for a message: the program's name, and long arguments (a world as JSON) cut short. */
function commandLine(command, args) {
  return [basename(command), ...args.map((a) => (a.length > 60 ? `${a.slice(0, 40)}…` : a))].join(' ');
}

/** The last lines of some output, for a message. */
export function tail(text, lines = 12) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** The JSON object a program printed on its last line of stdout. */
export function lastJson(stdout) {
  const line = stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`expected a JSON line, got: ${tail(stdout, 3) || '(nothing)'}`);
  }
}

/**
 * Counts checks and prints one line for each on stdout: `ok` or `FAIL`, the
 * label and a short reason; a failure's whole story goes to stderr. With
 * `only`, the checks whose label does not contain it (ignoring case) are
 * left out, setup excepted.
 */
export function reporter(only) {
  let passed = 0;
  let failed = 0;
  return {
    async check(label, body, { always = false } = {}) {
      if (only && !always && !label.toLowerCase().includes(only.toLowerCase())) return;
      const started = performance.now();
      try {
        const note = await body();
        passed++;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(`ok    ${label}${note ? `: ${note}` : ''} (${seconds} s)\n`);
      } catch (error) {
        failed++;
        const message = String(error?.message ?? error);
        process.stdout.write(`FAIL  ${label}: ${message.split('\n')[0].slice(0, 300)}\n`);
        process.stderr.write(`\n--- ${label}\n${error?.stack ?? message}\n\n`);
      }
    },
    get passed() {
      return passed;
    },
    get failed() {
      return failed;
    },
  };
}
