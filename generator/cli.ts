import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
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

/**
 * Which specs are held to the strict profile: all with `--strict`, else the
 * curated ones, which are the default input (every spec in specs/).
 */
function strictness(given: readonly string[] | undefined, strict: boolean | undefined): (spec: string) => boolean {
  return () => strict === true || !given?.length;
}

async function generate(io: Io, options: { spec?: string[]; out: string; check?: boolean; strict?: boolean }): Promise<number> {
  const specs = options.spec?.length ? options.spec : defaultSpecs(io.cwd);
  if (specs.length === 0) {
    io.err('clientgen generate: no specs given and none found in specs/');
    return EXIT.usage;
  }
  const outDir = resolve(io.cwd, options.out);
  const root = projectRoot();
  const generator = generatorHash(root);
  const rooted = (p: string): string => resolve(io.cwd, p);
  // Fast path: nothing to do when the stamp says these exact inputs made the folder as it is (a URL is always fetched again).
  const rootHashes = specs.some(isUrl) ? undefined : fastSpecHashes(specs.map(rooted));
  const stamp = readStamp(outDir);
  if (rootHashes && isUpToDate(outDir, stamp, generator, rootHashes)) {
    io.out(options.check ? `${options.out} is up to date` : `${options.out} is up to date (nothing written)`);
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
    // Files the same generator made from the same emitted source are taken from the folder, not redone.
    previous: stamp?.generator === generator ? { stamp, read: (p) => readIfExists(join(outDir, p)) } : undefined,
    strict: strictness(options.spec, options.strict),
  });
  report(io, result.diagnostics, result.suppressed);
  if (!result.files) {
    io.err(`${options.out} left untouched`);
    return EXIT.findings;
  }
  const owned = Object.keys(stamp?.files ?? {}).concat(STAMP_FILE);
  const plan = planWrite(outDir, result.files, owned);
  const changes = [...plan.changed.map((f) => `changed  ${join(options.out, f)}`), ...plan.removed.map((f) => `removed  ${join(options.out, f)}`)];
  if (options.check) {
    if (changes.length === 0) {
      io.out(`${options.out} is up to date`);
      return EXIT.ok;
    }
    for (const line of changes) io.err(line);
    io.err(`${changes.length} file${changes.length === 1 ? '' : 's'} in ${options.out} would change: run clientgen generate`);
    return EXIT.findings;
  }
  applyWrite(outDir, result.files, plan);
  for (const line of changes) io.out(line);
  io.out(`${options.out}: ${plan.changed.length} written, ${plan.removed.length} removed, ${result.files.size - plan.changed.length} unchanged`);
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

async function check(io: Io, files: string[], options: { strict?: boolean }): Promise<number> {
  const specs = files.length ? files : defaultSpecs(io.cwd);
  if (specs.length === 0) {
    io.err('clientgen check: no specs given and none found in specs/');
    return EXIT.usage;
  }
  const { checkSpecs } = await import('./pipeline.ts');
  const { diagnostics, suppressed } = checkSpecs(specs, await specReader(io, specs), { strict: strictness(files, options.strict) });
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
    .addOption(new Option('--spec <file>', 'a spec file or http(s) URL to generate from (repeatable; default: every spec in specs/)').argParser((v: string, prev: string[] = []) => [...prev, v]))
    .option('--out <dir>', 'the package folder to write', 'generated')
    .option('--check', 'write nothing; exit 1 naming the files that would change')
    .option('--strict', "hold every spec to the project's rules (the default for the curated specs in specs/ only)")
    .action(async (options: { spec?: string[]; out: string; check?: boolean; strict?: boolean }) => {
      code = await generate(io, options);
    });
  program
    .command('check')
    .description('validate specs: OpenAPI schema and the project rules')
    .argument('[files...]', 'specs to check (default: every spec in specs/)')
    .option('--strict', "hold every spec to the project's rules (the default for the curated specs in specs/ only)")
    .action(async (files: string[], options: { strict?: boolean }) => {
      code = await check(io, files, options);
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
