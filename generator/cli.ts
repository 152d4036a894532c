import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from './config/file.ts';
import { loadSettings, type Flags, type Settings } from './config/settings.ts';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.ts';
import { generatorHash, projectRoot, readRuntime, readRuntimeCompiled, readTemplates } from './sources.ts';
import { isUrl } from './load/location.ts';
import { hash, isUpToDate, readStamp, STAMP_FILE } from './write/stamp.ts';

/** Exit codes: 0 success, 1 findings (errors, drift, breaking changes), 2 unusable arguments. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
}

const readText = (path: string): string => readFileSync(path, 'utf8');

function readIfExists(path: string): string | undefined {
  try {
    return readText(path);
  } catch {
    return undefined;
  }
}

/** Every spec in `specs/`: the default input of generate and check. */
export function defaultSpecs(cwd: string): string[] {
  const dir = join(cwd, 'specs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => join('specs', f));
}

function report(io: Io, diagnostics: readonly Diagnostic[], suppressed = 0): void {
  for (const d of sortDiagnostics(diagnostics)) io.err(formatDiagnostic(d));
  if (diagnostics.length) io.err(summary(diagnostics, suppressed));
}

/** `N errors, N warnings`, and how many findings were left out because they follow from those. */
function summary(diagnostics: readonly Diagnostic[], suppressed: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return suppressed ? `${counts}; ${suppressed} follow-on finding${suppressed === 1 ? '' : 's'} not shown` : counts;
}

/** The run's settings, or the exit code when the config or a flag is unusable (each problem printed). */
async function settingsOf(io: Io, command: string, flags: Flags): Promise<Settings | number> {
  try {
    const settings = await loadSettings(io.cwd, flags, defaultSpecs);
    if (settings.specs.length) return settings;
    io.err(`clientgen ${command}: no specs given and none found in specs/`);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const line of error.lines) io.err(line);
  }
  return EXIT.usage;
}

interface GenerateOptions extends Flags {
  readonly check?: boolean;
}

async function generate(io: Io, options: GenerateOptions): Promise<number> {
  const settings = await settingsOf(io, 'generate', options);
  if (typeof settings === 'number') return settings;
  const { specs, out } = settings;
  const outDir = resolve(io.cwd, out);
  const root = projectRoot();
  // What the config says shapes the output as much as the generator does: a change of either makes the folder stale.
  const generator = hash(`${generatorHash(root)}\n${settings.fingerprint}`);
  const rooted = (p: string): string => resolve(io.cwd, p);
  // Fast path: nothing to do when the stamp says these exact inputs made the folder as it is (a URL is always fetched again).
  const rootHashes = specs.some(isUrl) ? undefined : fastSpecHashes(specs.map(rooted));
  const stamp = readStamp(outDir);
  if (rootHashes && isUpToDate(outDir, stamp, generator, rootHashes)) {
    io.out(options.check ? `${out} is up to date` : `${out} is up to date (nothing written)`);
    return EXIT.ok;
  }
  const { generatePackage } = await import('./pipeline.ts');
  const { applyWrite, planWrite } = await import('./write/write.ts');
  const result = await generatePackage({
    specs,
    read: await specReader(io, specs),
    runtime: readRuntime(root),
    runtimeCompiled: readRuntimeCompiled(root),
    templates: readTemplates(root),
    generatorHash: generator,
    package: settings.package,
    entry: settings.entry,
    strict: settings.strict,
    // Files the same generator made from the same emitted source are taken from the folder, not redone.
    previous: stamp?.generator === generator ? { stamp, read: (p) => readIfExists(join(outDir, p)) } : undefined,
  });
  report(io, result.diagnostics, result.suppressed);
  if (!result.files) {
    io.err(`${out} left untouched`);
    return EXIT.findings;
  }
  const owned = Object.keys(stamp?.files ?? {}).concat(STAMP_FILE);
  const plan = planWrite(outDir, result.files, owned);
  const changes = [
    ...plan.changed.map((f) => `changed  ${join(out, f)}`),
    ...plan.removed.map((f) => `removed  ${join(out, f)}`),
  ];
  if (options.check) {
    if (changes.length === 0) {
      io.out(`${out} is up to date`);
      return EXIT.ok;
    }
    for (const line of changes) io.err(line);
    io.err(`${changes.length} file${changes.length === 1 ? '' : 's'} in ${out} would change: run clientgen generate`);
    return EXIT.findings;
  }
  applyWrite(outDir, result.files, plan);
  for (const line of changes) io.out(line);
  io.out(
    `${out}: ${plan.changed.length} written, ${plan.removed.length} removed, ${result.files.size - plan.changed.length} unchanged`,
  );
  return EXIT.ok;
}

/** Reads specs and what they reference: files from the working directory, URLs fetched first. */
async function specReader(io: Io, specs: readonly string[]): Promise<(location: string) => string> {
  const readFile = (p: string): string => readText(resolve(io.cwd, p));
  if (!specs.some(isUrl)) return readFile;
  const { fetchDocuments, readerWith } = await import('./load/remote.ts');
  return readerWith(await fetchDocuments(specs), readFile);
}

/** Hashes of the root specs, or undefined when one cannot be read (the full run reports it). */
function fastSpecHashes(paths: readonly string[]): Record<string, string> | undefined {
  try {
    return Object.fromEntries(paths.map((p) => [basename(p), hash(readText(p))]));
  } catch {
    return undefined;
  }
}

async function check(io: Io, files: string[], flags: Pick<Flags, 'config' | 'strict'>): Promise<number> {
  const settings = await settingsOf(io, 'check', { ...flags, spec: files });
  if (typeof settings === 'number') return settings;
  const { specs } = settings;
  const { checkSpecs } = await import('./pipeline.ts');
  const { diagnostics, suppressed } = checkSpecs(specs, await specReader(io, specs), { strict: settings.strict });
  for (const d of sortDiagnostics(diagnostics)) io.out(formatDiagnostic(d));
  io.out(`${specs.length} spec${specs.length === 1 ? '' : 's'} checked: ${summary(diagnostics, suppressed)}`);
  return hasErrors(diagnostics) ? EXIT.findings : EXIT.ok;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('clientgen')
    .description('Generate typed TypeScript API clients from OpenAPI 3.0 and 3.1 and Swagger 2.0 documents')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  program
    .command('generate')
    .description('regenerate the client package from the specs')
    .addOption(
      new Option(
        '--spec <file>',
        "a spec file or http(s) URL to generate from (repeatable; default: the config's specs, else every spec in specs/)",
      ).argParser((v: string, prev: string[] = []) => [...prev, v]),
    )
    .option('--out <dir>', "the package folder to write (default: the config's out, else generated)")
    .option('--config <file>', 'the config file (default: clientgen.config.json or clientgen.config.mjs here)')
    .option('--name <name>', "the package name (default: the config's, else from the spec's info.title)")
    .option('--package-version <version>', "the package version (default: the config's, else the spec's info.version)")
    .option('--description <text>', "the package description (default: the config's, else from the spec's info)")
    .option(
      '--strict',
      "hold every spec to the project's rules (by default: the specs the config marks strict, or every spec in specs/ without a config)",
    )
    .option('--check', 'write nothing; exit 1 naming the files that would change')
    .action(async (options: GenerateOptions) => {
      code = await generate(io, options);
    });
  program
    .command('check')
    .description('validate specs: OpenAPI schema and the project rules')
    .argument('[files...]', "specs to check (default: the config's specs, else every spec in specs/)")
    .option('--config <file>', 'the config file (default: clientgen.config.json or clientgen.config.mjs here)')
    .option(
      '--strict',
      "hold every spec to the project's rules (by default: the specs the config marks strict, or every spec in specs/ without a config)",
    )
    .action(async (files: string[], flags: Pick<Flags, 'config' | 'strict'>) => {
      code = await check(io, files, flags);
    });
  program
    .command('diff')
    .description('classify the changes between two versions of a spec and their effect on the generated package')
    .argument('[files...]', 'OLD NEW; with --base, the specs to compare (default: every spec in specs/)')
    .option('--base <ref>', 'compare with the specs at this git ref (read with git show REF:path)')
    .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'json']).default('markdown'))
    .option('--strict', "hold both sides to the project's rules (the default for the curated specs in specs/ only)")
    .action(async (files: string[], options: { base?: string; format: string; strict?: boolean }) => {
      const { diffCommand } = await import('./diff/command.ts');
      code = await diffCommand(io, files, options);
    });
  try {
    await program.parseAsync(['node', 'clientgen', ...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return code;
}
