// Shared helpers of the benchmark: paths, timing of whole processes, statistics, logging.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { peerBins, peerModules } from './peers.mjs';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const node = process.execPath;
export const modules = join(repo, 'node_modules');
export { peerModules };

/** The CLIs, by absolute path: no PATH lookups, no global installs, no `npx` start-up in the timings. */
export const bins = {
  clientgen: join(repo, 'generator/bin/clientgen.js'),
  ...peerBins,
  // Always TypeScript 5.9 from the repo: node_modules/.bin/tsc may be TypeScript 7.
  tsc: join(modules, 'typescript/bin/tsc'),
};

/** hey-api's command line as every benchmark runs it: the fetch client and the SDK, each input into its output, no log file, silent. */
export function heyApiArgs(inputs, outputs) {
  const args = [bins.heyApi, '-i', ...inputs, '-o', ...outputs];
  return [...args, '-c', '@hey-api/client-fetch', '-p', '@hey-api/typescript', '@hey-api/sdk', '--no-log-file', '-s'];
}

export const specs = {
  contabo: join(repo, 'specs/contabo.yaml'),
  profitbricks: join(repo, 'specs/profitbricks-v4.yaml'),
};

/** Progress goes to stderr; stdout carries only the results. */
export function log(...parts) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${parts.join(' ')}\n`);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile of already sorted values, `p` in 0..100. */
export function percentile(sorted, p) {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function round(value, digits = 3) {
  if (value === null || value === undefined || !Number.isFinite(value)) return value ?? null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

let workRoot;
/** One temporary folder for the whole run, removed at the end (kept with BENCH_KEEP=1). */
export function work() {
  workRoot ??= mkdtempSync(join(tmpdir(), 'cgbench-'));
  return workRoot;
}
export function cleanWork() {
  if (!workRoot) return;
  if (process.env.BENCH_KEEP) log(`work files kept in ${workRoot}`);
  else rmSync(workRoot, { recursive: true, force: true });
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs one process to its end and measures its wall time from spawn to exit.
 * Where GNU time exists, the peak resident set size (largest process of the
 * tree that was waited for) comes along; it adds a fork of its own to both
 * sides alike.
 */
export function timeProcess(command, args, { cwd, env, allowFailure = false, rss = true } = {}) {
  return new Promise((resolvePromise, reject) => {
    const rssFile = rss && gnuTime ? join(cwd ?? work(), `.rss-${process.hrtime.bigint()}`) : undefined;
    const [cmd, argv] = rssFile ? [gnuTime, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
    const started = performance.now();
    const child = spawn(cmd, argv, {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      let maxRssKb;
      if (rssFile) {
        try {
          maxRssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
          rmSync(rssFile, { force: true });
        } catch {
          maxRssKb = undefined;
        }
      }
      if (code !== 0 && !allowFailure) {
        reject(
          new Error(`${command} ${args.join(' ')} exited ${code}\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`),
        );
        return;
      }
      resolvePromise({ ms, code, stdout, stderr, maxRssKb });
    });
  });
}

/** Runs a node script and parses the JSON object on the last line of its stdout. */
export async function runJson(script, args, { nodeFlags = [], env } = {}) {
  const result = await timeProcess(node, [...nodeFlags, script, ...args], { cwd: work(), env, rss: false });
  const last = result.stdout.trim().split('\n').pop();
  return JSON.parse(last);
}

/**
 * Rounds of alternating runs: every round runs each competitor once, in an
 * order that rotates from round to round, so that drifting machine load falls
 * on all of them alike.
 */
export async function alternate(rounds, competitors, label) {
  const names = Object.keys(competitors);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    const line = [];
    for (const name of order) {
      const sample = await competitors[name](r);
      samples[name].push(sample);
      line.push(`${name} ${sample.ms !== undefined ? `${(sample.ms / 1000).toFixed(2)}s` : ''}`);
    }
    log(`${label} round ${r + 1}/${rounds}: ${line.join(', ')}`);
  }
  return samples;
}

export const medianOf = (samples, key = 'ms') => median(samples.map((s) => s[key]).filter((v) => v !== undefined));
