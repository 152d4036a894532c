import { resolve } from 'node:path';
import { isUrl } from '../load/location.ts';
import { isPackageVersion, packageNameProblem, type PackageSettings } from '../scaffold/identity.ts';
import { ConfigError, type RawConfig } from './file.ts';

/** One spec of the package, as `clientgen.config.*` lists it. */
export interface SpecConfig {
  /** A path relative to the config's folder, or an http(s) URL. */
  readonly path: string;
  /** The package subpath it is generated as (`PACKAGE/ENTRY`); wins over `x-client.entry` and the file name. */
  readonly entry?: string;
  /** The project's rules are errors for this spec, not warnings. */
  readonly strict?: boolean;
}

/** A checked config file. */
export interface Config {
  readonly file: string;
  /** The config's folder, absolute: `specs` and `out` are relative to it. */
  readonly dir: string;
  readonly specs?: readonly SpecConfig[];
  readonly out?: string;
  readonly package: PackageSettings;
}

/** A package subpath: what `x-client.entry` accepts, less `runtime`, which every package has. */
export const ENTRY = /^[a-z][a-z0-9-]*$/;
export const RESERVED_ENTRIES: readonly string[] = ['runtime'];

type Path = readonly (string | number)[];

/** Collects every problem of a config, each at its key. */
class Checker {
  readonly problems: { path: Path; message: string }[] = [];

  problem(path: Path, message: string): undefined {
    this.problems.push({ path, message });
    return undefined;
  }

  object(value: unknown, path: Path, keys: readonly string[]): Record<string, unknown> | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return this.problem(path, 'must be an object');
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!keys.includes(key))
        this.problem([...path, key], `unknown key; the keys here are ${keys.map((k) => `"${k}"`).join(', ')}`);
    }
    return record;
  }

  string(value: unknown, path: Path, test?: (s: string) => string | undefined): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') return this.problem(path, 'must be a non-empty string');
    const wrong = test?.(value);
    return wrong === undefined ? value : this.problem(path, wrong);
  }
}

/** `specs[1].entry`: a key as a reader of the file finds it. */
export function keyName(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

export function entryProblem(entry: string): string | undefined {
  if (!ENTRY.test(entry)) return `must be a lower-case package subpath such as "pets", not "${entry}"`;
  return RESERVED_ENTRIES.includes(entry)
    ? `"${entry}" is the entry of the shared runtime in every package`
    : undefined;
}

export function versionProblem(version: string): string | undefined {
  return isPackageVersion(version) ? undefined : `must be a semantic version such as 1.0.0, not "${version}"`;
}

export function nameProblem(name: string): string | undefined {
  const problem = packageNameProblem(name);
  return problem === undefined ? undefined : `"${name}" is not a valid npm package name: ${problem}`;
}

/** Checks a config file's value; throws a ConfigError naming the file and key of every problem. */
export function checkConfig(raw: RawConfig): Config {
  const c = new Checker();
  const root = c.object(raw.value, [], ['specs', 'out', 'package']) ?? {};
  const specs = root['specs'] === undefined ? undefined : specsOf(c, root['specs'], raw.dir);
  const out = c.string(root['out'], ['out']);
  const pkg =
    root['package'] === undefined
      ? {}
      : (c.object(root['package'], ['package'], ['name', 'version', 'description']) ?? {});
  const name = c.string(pkg['name'], ['package', 'name'], nameProblem);
  const version = c.string(pkg['version'], ['package', 'version'], versionProblem);
  const description = c.string(pkg['description'], ['package', 'description']);
  if (c.problems.length) {
    throw new ConfigError(
      c.problems.map(
        (p) => `${raw.where(p.path)}: ${p.path.length ? `"${keyName(p.path)}" ` : 'the config '}${p.message}`,
      ),
    );
  }
  return {
    file: raw.file,
    dir: raw.dir,
    ...(specs ? { specs } : {}),
    ...(out ? { out } : {}),
    package: { ...(name ? { name } : {}), ...(version ? { version } : {}), ...(description ? { description } : {}) },
  };
}

function specsOf(c: Checker, value: unknown, dir: string): SpecConfig[] | undefined {
  if (!Array.isArray(value) || value.length === 0)
    return c.problem(['specs'], 'must be a non-empty list of spec paths or { "path": ... } objects');
  const out: SpecConfig[] = [];
  const paths = new Map<string, number>();
  const entries = new Map<string, number>();
  value.forEach((item: unknown, i) => {
    const spec = typeof item === 'string' ? { path: c.string(item, ['specs', i]) } : specOf(c, item, i);
    if (!spec?.path) return;
    const where = isUrl(spec.path) ? spec.path : resolve(dir, spec.path);
    const first = paths.get(where);
    if (first !== undefined) return c.problem(['specs', i], `lists ${spec.path} again (first at specs[${first}])`);
    paths.set(where, i);
    if (spec.entry !== undefined) {
      const other = entries.get(spec.entry);
      if (other !== undefined)
        c.problem(['specs', i, 'entry'], `"${spec.entry}" is already the entry of specs[${other}]`);
      entries.set(spec.entry, i);
    }
    out.push({ ...spec, path: spec.path });
  });
  return out;
}

function specOf(
  c: Checker,
  item: unknown,
  i: number,
): { path?: string | undefined; entry?: string; strict?: boolean } | undefined {
  const fields = c.object(item, ['specs', i], ['path', 'entry', 'strict']);
  if (!fields) return undefined;
  if (fields['path'] === undefined) c.problem(['specs', i, 'path'], 'is missing: the spec file or URL');
  const path = c.string(fields['path'], ['specs', i, 'path']);
  const entry = c.string(fields['entry'], ['specs', i, 'entry'], entryProblem);
  const strict = fields['strict'];
  if (strict !== undefined && typeof strict !== 'boolean') c.problem(['specs', i, 'strict'], 'must be true or false');
  return { path, ...(entry ? { entry } : {}), ...(typeof strict === 'boolean' ? { strict } : {}) };
}
