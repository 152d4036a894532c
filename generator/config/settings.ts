import { relative, resolve } from 'node:path';
import type { PackageSettings } from '../scaffold/identity.ts';
import { isUrl } from '../load/location.ts';
import { checkConfig, nameProblem, versionProblem, type Config, type SpecConfig } from './config.ts';
import { ConfigError, readConfigFile } from './file.ts';

/** The command-line options that say what to generate; each wins over the config. */
export interface Flags {
  readonly config?: string | undefined;
  readonly spec?: readonly string[] | undefined;
  readonly out?: string | undefined;
  readonly name?: string | undefined;
  readonly packageVersion?: string | undefined;
  readonly description?: string | undefined;
  readonly strict?: boolean | undefined;
}

/** What one run generates, from the flags, the config and the defaults, in that order. */
export interface Settings {
  /** The specs as the pipeline reads them: paths relative to the working directory, or URLs. */
  readonly specs: readonly string[];
  /** The output folder, relative to the working directory. */
  readonly out: string;
  readonly package: PackageSettings;
  /** The entry the config gives a spec. */
  readonly entry: (spec: string) => string | undefined;
  /** Whether the project's rules are errors for a spec: `--strict`, `strict` of its config entry, or a spec of specs/ taken without a config. */
  readonly strict: (spec: string) => boolean;
  /** Everything besides the specs' text that shapes the output, so that a stamp can tell a change of it. */
  readonly fingerprint: string;
  /** The config file read, if there was one. */
  readonly configFile?: string;
}

/**
 * The settings of a run in `cwd`. A spec given with `--spec` replaces the
 * config's list, but keeps the entry and strictness the config gives the
 * same file. Throws a ConfigError when the config or a flag is unusable.
 */
export async function loadSettings(
  cwd: string,
  flags: Flags,
  defaultSpecs: (cwd: string) => string[],
): Promise<Settings> {
  const raw = await readConfigFile(cwd, flags.config);
  const config = raw ? checkConfig(raw) : undefined;
  checkFlags(flags);
  const shown = (path: string, dir: string): string => (isUrl(path) ? path : relative(cwd, resolve(dir, path)) || '.');
  const configured = new Map<string, SpecConfig>(
    (config?.specs ?? []).map((s) => [identify(cwd, shown(s.path, config!.dir)), s]),
  );
  const specs = flags.spec?.length
    ? [...flags.spec]
    : config?.specs
      ? config.specs.map((s) => shown(s.path, config.dir))
      : defaultSpecs(cwd);
  const entry = (spec: string): string | undefined => configured.get(identify(cwd, spec))?.entry;
  // Without a config, the specs in specs/ are the curated ones, and strict.
  const curated = !flags.spec?.length && !config?.specs;
  const strict = (spec: string): boolean =>
    flags.strict === true || curated || configured.get(identify(cwd, spec))?.strict === true;
  const pkg = packageOf(config, flags);
  return {
    specs,
    out: flags.out ?? (config?.out === undefined ? 'generated' : shown(config.out, config.dir)),
    package: pkg,
    entry,
    strict,
    fingerprint: JSON.stringify({ package: pkg, specs: specs.map((s) => [entry(s) ?? null, strict(s)]) }),
    ...(config ? { configFile: config.file } : {}),
  };
}

/** A spec's identity, to find its config entry whichever way its path is written. */
function identify(cwd: string, spec: string): string {
  return isUrl(spec) ? spec : resolve(cwd, spec);
}

function packageOf(config: Config | undefined, flags: Flags): PackageSettings {
  const name = flags.name ?? config?.package.name;
  const version = flags.packageVersion ?? config?.package.version;
  const description = flags.description ?? config?.package.description;
  return { ...(name ? { name } : {}), ...(version ? { version } : {}), ...(description ? { description } : {}) };
}

function checkFlags(flags: Flags): void {
  const problems = [
    flags.name === undefined ? undefined : nameProblem(flags.name) && `--name: ${nameProblem(flags.name)}`,
    flags.packageVersion === undefined
      ? undefined
      : versionProblem(flags.packageVersion) && `--package-version: ${versionProblem(flags.packageVersion)}`,
    flags.description?.trim() === '' ? '--description: must not be empty' : undefined,
  ].filter((p): p is string => Boolean(p));
  if (problems.length) throw new ConfigError(problems);
}
