import { createRequire } from 'node:module';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Api } from '../ir/types.ts';
import type { Workspace } from '../load/workspace.ts';

/** What the user says about the package; whatever is left out comes from the specs. */
export interface PackageSettings {
  readonly name?: string | undefined;
  readonly version?: string | undefined;
  readonly description?: string | undefined;
}

export type PackageIdentity = Required<{ readonly [K in keyof PackageSettings]: string }>;

const require = createRequire(import.meta.url);
// Loaded when first asked, not with the CLI: a no-op run, and a config that names no package, never needs them.
// Only semver's one function: the whole package takes twice as long to load.
let semverValid: typeof import('semver/functions/valid.js') | undefined;
const validSemver = (version: string): string | null => (semverValid ??= require('semver/functions/valid.js'))(version);
let packageName: typeof import('validate-npm-package-name') | undefined;
const validatePackageName = (name: string) => (packageName ??= require('validate-npm-package-name'))(name);

/** Why a name cannot be published as a new npm package; undefined when it can. */
export function packageNameProblem(name: string): string | undefined {
  const verdict = validatePackageName(name);
  if (verdict.validForNewPackages) return undefined;
  return [...(verdict.errors ?? []), ...(verdict.warnings ?? [])].join('; ');
}

/** Whether a version is a semantic version exactly as npm publishes it (`1.2.3`, `2.0.0-rc.1`). */
export function isPackageVersion(version: string): boolean {
  return validSemver(version) === version;
}

/**
 * The package's name, version and description: as given, else from the
 * spec's `info` when there is one spec (name from the title, version from
 * `info.version` if it is semantic, description from the first paragraph),
 * else made from all of them.
 */
export function packageIdentity(
  given: PackageSettings,
  apis: readonly Api[],
  workspaces: readonly Workspace[],
): { identity: PackageIdentity; diagnostics: Diagnostic[] } {
  const only = apis.length === 1 ? apis[0] : undefined;
  const diagnostics: Diagnostic[] = [];
  let version = given.version;
  if (version === undefined && only) {
    version = validSemver(only.version) ?? undefined;
    if (version === undefined) {
      const at = workspaces[0]!.root.locate('/info/version');
      const message = `info.version "${only.version}" is not a semantic version, so the package is 0.0.0; give the version with --package-version or "package.version" in clientgen.config.json`;
      diagnostics.push(diagnostic('package-version-invalid', message, '/info/version', at));
    }
  }
  const identity = {
    name: given.name ?? (only ? nameFromTitle(only) : apis.map((a) => a.entry).join('-')),
    version: version ?? '0.0.0',
    description:
      given.description ??
      (only ? firstParagraph(only.description) : undefined) ??
      `Typed client${apis.length === 1 ? '' : 's'} for ${listed(apis.map((a) => a.title))}`,
  };
  return { identity, diagnostics };
}

/**
 * The title in kebab-case, split at spaces and punctuation (`Swagger
 * Petstore` gives `swagger-petstore`, `GitHub API` gives `github-api`); where
 * npm refuses that for a new package (a Node.js module name such as `http`,
 * nothing left after dropping other scripts), `-client` is added, or the
 * entry is used.
 */
export function nameFromTitle(api: Pick<Api, 'title' | 'entry'>): string {
  const kebab = api.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200)
    .replace(/-+$/, '');
  const candidates = [kebab, api.entry].filter(Boolean).flatMap((name) => [name, `${name}-client`]);
  return candidates.find((name) => packageNameProblem(name) === undefined) ?? 'api-client';
}

/** The first paragraph of a description that is not a heading, on one line; undefined when there is none. */
function firstParagraph(description: string | undefined): string | undefined {
  const paragraphs = (description ?? '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
  return paragraphs.find((p) => p && !p.startsWith('#'));
}

/** `A`, `A and B`, `A, B and C`. */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
