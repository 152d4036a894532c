import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve } from 'node:path';
import { ConfigError } from '../config/file.ts';
import { loadSettings } from '../config/settings.ts';
import { formatDiagnostic, sortDiagnostics } from '../diagnostics/diagnostic.ts';
import type { ReadText } from '../load/workspace.ts';
import { projectRoot, readRuntime } from '../sources.ts';
import { loadSpec } from './load.ts';
import { renderMarkdown } from './markdown.ts';
import { buildReport, isBreaking, renderJson, type Pair, type RuntimePair } from './report.ts';
import type { View } from './view.ts';

/** The CLI's streams and working folder (the same shape as `Io` in cli.ts). */
export interface DiffIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
}

export interface DiffOptions {
  readonly base?: string;
  readonly format?: string;
  /** Both sides under the strict profile, as `check --strict`; the default for the curated specs (no files given). */
  readonly strict?: boolean;
}

/** Exit codes: 0 nothing breaks, 1 something does, 2 unusable input. */
export const DIFF_EXIT = { ok: 0, breaking: 1, unusable: 2 } as const;

class Unusable extends Error {}

/**
 * `clientgen diff OLD NEW` or `clientgen diff --base REF [FILE...]`: what a
 * spec change does, classified, with its effect on the generated package.
 */
export async function diffCommand(io: DiffIo, files: readonly string[], options: DiffOptions): Promise<number> {
  const format = options.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') {
    io.err(`clientgen diff: unknown format "${format}" (markdown or json)`);
    return DIFF_EXIT.unusable;
  }
  try {
    const strict = options.strict === true || (options.base !== undefined && files.length === 0);
    const pairs = options.base === undefined ? filePairs(io, files, strict) : gitPairs(io, options.base, files, strict);
    // Two files without git share the one runtime this generator ships: nothing of it to compare.
    const runtime = options.base === undefined ? undefined : await runtimePair(io, options.base);
    const report = buildReport(pairs, runtime);
    io.out(format === 'json' ? renderJson(report) : renderMarkdown(report, pairs, runtime));
    return isBreaking(report) ? DIFF_EXIT.breaking : DIFF_EXIT.ok;
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    if (error.message) io.err(error.message);
    return DIFF_EXIT.unusable;
  }
}

function filePairs(io: DiffIo, files: readonly string[], strict: boolean): Pair[] {
  if (files.length !== 2) throw new Unusable('clientgen diff: give two specs (OLD NEW), or --base REF [FILE...]');
  const [oldPath, newPath] = files as [string, string];
  const read: ReadText = (p) => readFileSync(resolve(io.cwd, p), 'utf8');
  for (const p of files) if (!existsSync(resolve(io.cwd, p))) throw new Unusable(`clientgen diff: ${p} does not exist`);
  const old = loadView(io, oldPath, read, oldPath, strict, join(dirname(oldPath), basename(newPath)));
  const updated = loadView(io, newPath, read, newPath, strict);
  return [{ name: newPath, old, new: updated, oldLabel: oldPath, newLabel: newPath }];
}

/** Runs git in the working folder and returns what it prints; throws when git fails. */
function gitIn(cwd: string): (args: string[]) => string {
  return (args) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
}

function gitPairs(io: DiffIo, base: string, files: readonly string[], strict: boolean): Pair[] {
  const git = gitIn(io.cwd);
  try {
    git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  } catch {
    throw new Unusable(`clientgen diff: "${base}" is not a commit in a git repository at ${io.cwd}`);
  }
  const specs = files.length ? files.map((f) => relative(io.cwd, resolve(io.cwd, f))) : defaultSpecs(io.cwd, base, git);
  if (specs.length === 0) throw new Unusable('clientgen diff: no specs given and none found in specs/');
  const atBase = (p: string): string => `./${relative(io.cwd, resolve(io.cwd, p)).split('\\').join('/')}`;
  const inBase = (p: string): boolean => {
    try {
      git(['cat-file', '-e', `${base}:${atBase(p)}`]);
      return true;
    } catch {
      return false;
    }
  };
  const readBase: ReadText = (p) => {
    try {
      return git(['show', `${base}:${atBase(p)}`]);
    } catch {
      throw Object.assign(new Error(`not in ${base}`), { code: `not in ${base}` });
    }
  };
  const readNow: ReadText = (p) => readFileSync(resolve(io.cwd, p), 'utf8');
  const pairs: Pair[] = [];
  for (const spec of specs) {
    const now = existsSync(resolve(io.cwd, spec));
    const then = inBase(spec);
    if (!now && !then) throw new Unusable(`clientgen diff: ${spec} is neither in the working tree nor in ${base}`);
    const oldLabel = `${base}:${spec}`;
    pairs.push({
      name: spec,
      ...(then ? { old: loadView(io, spec, readBase, oldLabel, strict) } : {}),
      ...(now ? { new: loadView(io, spec, readNow, spec, strict) } : {}),
      oldLabel,
      newLabel: spec,
    });
  }
  return pairs;
}

/**
 * The runtime of the package folder committed at the base (the config's
 * `out`, as `generate` reads it) and the one this generator ships, which is
 * what `generate` would write there now; none when the base has no package
 * runtime there.
 */
async function runtimePair(io: DiffIo, base: string): Promise<RuntimePair | undefined> {
  let out: string;
  try {
    ({ out } = await loadSettings(io.cwd, {}, () => []));
  } catch (error) {
    if (error instanceof ConfigError) throw new Unusable(error.lines.join('\n'));
    throw error;
  }
  const git = gitIn(io.cwd);
  const dir = posix.join(out.split('\\').join('/'), 'src/runtime');
  let names: string[];
  try {
    names = git(['ls-tree', '--name-only', `${base}:./${dir}`])
      .split('\n')
      .filter((n) => n.endsWith('.ts'))
      .sort();
  } catch {
    return undefined;
  }
  if (!names.includes('index.ts')) return undefined;
  return {
    old: new Map(names.map((n) => [n, git(['show', `${base}:./${dir}/${n}`])])),
    new: readRuntime(projectRoot()),
    oldLabel: `${base}:${dir}/index.ts`,
    newLabel: `${dir}/index.ts`,
  };
}

/** Every spec in `specs/`, in the working tree or at the base. */
function defaultSpecs(cwd: string, base: string, git: (args: string[]) => string): string[] {
  const isSpec = (f: string): boolean => /\.(ya?ml|json)$/.test(f);
  const dir = join(cwd, 'specs');
  const now = existsSync(dir)
    ? readdirSync(dir)
        .filter(isSpec)
        .map((f) => `specs/${f}`)
    : [];
  let then: string[] = [];
  try {
    then = git(['ls-tree', '--name-only', `${base}:./specs`])
      .split('\n')
      .filter(isSpec)
      .map((f) => `specs/${f}`);
  } catch {
    // no specs/ at the base
  }
  return [...new Set([...now, ...then])].sort();
}

/** Loads one side; a spec with errors makes the input unusable, and its diagnostics are printed as `check` prints them. */
function loadView(io: DiffIo, path: string, read: ReadText, label: string, strict: boolean, as: string = path): View {
  const { view, diagnostics } = loadSpec(path, read, { label, as, strict });
  if (view) return view;
  const prefix = label.endsWith(path) ? label.slice(0, label.length - path.length) : '';
  const sorted = sortDiagnostics(diagnostics).map((d) => ({ ...d, file: prefix + d.file }));
  for (const d of sorted) io.err(formatDiagnostic(d));
  const errors = sorted.filter((d) => d.severity === 'error').length;
  io.err(
    `${errors} error${errors === 1 ? '' : 's'}, ${sorted.length - errors} warning${sorted.length - errors === 1 ? '' : 's'}`,
  );
  throw new Unusable(`clientgen diff: ${label} cannot be compared until it loads without errors`);
}
