import { basename } from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from './diagnostics/diagnostic.ts';
import { GeneratedCodeError, originOf } from './diagnostics/generated-code.ts';
import { buildOutputs, type Previous, type Source } from './compile/outputs.ts';
import { queueCompile } from './compile/compile.ts';
import { queueFormat, startFormatter } from './format/format.ts';
import { emitModules } from './emit/emit.ts';
import { collectGarbageIfGrown } from './heap.ts';
import { buildApi } from './ir/build.ts';
import type { Api } from './ir/types.ts';
import { loadWorkspace, type ReadText, type Workspace } from './load/workspace.ts';
import { planApi, type Plan } from './plan/plan.ts';
import { packageIdentity, type PackageSettings } from './scaffold/identity.ts';
import { scaffold, type Templates } from './scaffold/scaffold.ts';
import { withoutFollowOns } from './validate/suppress.ts';
import { validateWorkspace } from './validate/validate.ts';
import { hash, STAMP_FILE, stampText } from './write/stamp.ts';

export interface GenerateInputs {
  readonly specs: readonly string[];
  readonly read: ReadText;
  /** The runtime's sources by file name. */
  readonly runtime: ReadonlyMap<string, string>;
  readonly templates: Templates;
  readonly generatorHash: string;
  /** The runtime compiled ahead of time (`npm run build`): sources and outputs by package path. */
  readonly runtimeCompiled?: ReadonlyMap<string, string> | undefined;
  /** The previous run's output, to take unchanged files from. */
  readonly previous?: Previous | undefined;
  /** The package's name, version and description; what is left out comes from the specs' `info`. */
  readonly package?: PackageSettings | undefined;
  /** The entry a spec is generated as, where the caller names one; it wins over `x-client.entry` and the file name. */
  readonly entry?: ((spec: string) => string | undefined) | undefined;
  /** Which specs take the strict profile (the project's rules as errors); the others are read leniently. */
  readonly strict?: ((spec: string) => boolean) | undefined;
}

export interface CheckOptions {
  /** Which specs take the strict profile; without it, every spec does. */
  readonly strict?: ((spec: string) => boolean) | undefined;
}

export interface Checked {
  readonly diagnostics: readonly Diagnostic[];
  /** Loaded specs, when every one loaded; with errors among the diagnostics they are not safe to build. */
  readonly workspaces: readonly Workspace[];
  /** How many findings were left out because they follow from one reported. */
  readonly suppressed: number;
}

/** Stages load and validate for every spec: all findings, none of them thrown. */
export function checkSpecs(specs: readonly string[], read: ReadText, options: CheckOptions = {}): Checked {
  const diagnostics: Diagnostic[] = [];
  const workspaces: Workspace[] = [];
  for (const spec of specs) {
    const loaded = loadWorkspace(spec, read);
    diagnostics.push(...loaded.diagnostics);
    if (!loaded.workspace) continue;
    workspaces.push(loaded.workspace);
    diagnostics.push(...validateWorkspace(loaded.workspace, options.strict?.(spec) ?? true));
  }
  return { ...withoutFollowOns(diagnostics, workspaces), workspaces };
}

/** Spec hashes as the stamp records them: the text of every file each spec reached. */
function specHashes(workspaces: readonly Workspace[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ws of workspaces) for (const file of ws.files.values()) out[basename(file.path)] = hash(file.text);
  return out;
}

/**
 * The whole package for a set of specs, in memory: sources, compiled
 * JavaScript and declarations, scaffolding and stamp. Nothing touches disk.
 */
export async function generatePackage(
  inputs: GenerateInputs,
): Promise<{ files?: Map<string, string>; diagnostics: readonly Diagnostic[]; suppressed?: number; apis?: Api[] }> {
  startFormatter();
  const checked = checkSpecs(inputs.specs, inputs.read, { strict: inputs.strict });
  if (hasErrors(checked.diagnostics) || checked.workspaces.length !== inputs.specs.length)
    return { diagnostics: checked.diagnostics, suppressed: checked.suppressed };
  const plans: Plan[] = [];
  const sources = new Map<string, Source>();
  try {
    return await buildPackage(inputs, checked, plans, sources);
  } catch (error) {
    // Past validation nothing should fail; if something does, it is a finding about the spec that caused it, and nothing is written.
    return { diagnostics: [...checked.diagnostics, generationFailed(error, plans, sources, checked.workspaces)] };
  }
}

async function buildPackage(
  inputs: GenerateInputs,
  checked: Checked,
  plans: Plan[],
  sources: Map<string, Source>,
): Promise<{ files?: Map<string, string>; diagnostics: readonly Diagnostic[]; apis?: Api[] }> {
  const apis = checked.workspaces.map((workspace, i) =>
    buildApi(workspace, { entry: inputs.entry?.(inputs.specs[i]!) }),
  );
  const clash = duplicateEntries(apis);
  if (clash.length) return { diagnostics: [...checked.diagnostics, ...clash] };
  plans.push(...apis.map(planApi));
  const identity = packageIdentity(inputs.package ?? {}, apis, checked.workspaces);
  const warnings = [
    ...plans.flatMap((plan, i) => selfAliasWarnings(plan, checked.workspaces[i]!)),
    ...identity.diagnostics,
  ];
  const declared = new Map<string, () => string>();
  collectGarbageIfGrown();
  for (const plan of plans) {
    for (const [path, module] of emitModules(plan)) {
      if (inputs.previous?.stamp.sources?.[path] === module.digest) {
        // Unchanged since the last run: not printed at all, as its files on disk are still right.
        sources.set(path, { digest: module.digest, text: module.source });
        declared.set(path, module.declarations);
        continue;
      }
      // A changed module is printed now, source and declarations, and its source goes to the formatting threads
      // and to esbuild while the next is printed. Only the text is kept: the module's structures can go.
      const text = module.source();
      const parts = module.parts();
      const declarations = module.declarations();
      sources.set(path, { digest: module.digest, text: () => text });
      declared.set(path, () => declarations);
      void queueFormat(text, parts);
      queueCompile(path, text);
      // Between modules the formatting threads are handed more work, and a large run's garbage is collected.
      await new Promise(setImmediate);
      collectGarbageIfGrown();
    }
  }
  // The runtime is kept formatted where it lives (a test checks), so it goes out as written.
  const runtime = [...inputs.runtime].map(([name, text]) => [`src/runtime/${name}`, text] as const);
  for (const [path, text] of runtime) sources.set(path, { digest: hash(text), text: () => text });
  const outputs = await buildOutputs(
    sources,
    new Set(runtime.map(([path]) => path)),
    inputs.previous,
    declared,
    inputs.runtimeCompiled,
  );
  const files = new Map([...scaffold(inputs.templates, identity.identity, plans), ...outputs.files]);
  const digests = Object.fromEntries([...files].map(([path, text]) => [path, hash(text)]));
  files.set(
    STAMP_FILE,
    stampText({
      generator: inputs.generatorHash,
      specs: specHashes(checked.workspaces),
      files: digests,
      sources: outputs.sourceHashes,
    }),
  );
  return {
    files: new Map([...files].sort(([a], [b]) => a.localeCompare(b))),
    diagnostics: [...checked.diagnostics, ...warnings],
    apis,
  };
}

/** A failure after validation, located at the spec and pointer behind the generated line that failed, where that is known. */
function generationFailed(
  error: unknown,
  plans: readonly Plan[],
  sources: ReadonlyMap<string, Source>,
  workspaces: readonly Workspace[],
): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const origin =
    error instanceof GeneratedCodeError
      ? originOf(plans, error.module, sources.get(error.module)?.text(), error.line)
      : undefined;
  const root = (workspaces.find((w) => w.root.path === origin?.file) ?? workspaces[0]!).root;
  const pointer = origin?.pointer ?? '';
  const what =
    error instanceof GeneratedCodeError
      ? `generated ${error.module}${error.line ? `:${error.line}` : ''} could not be built: ${message}`
      : `generation failed: ${message.split('\n')[0]}`;
  return diagnostic('generation-failed', what, pointer, root.locate(pointer));
}

/** Two specs may not generate the same package entry. */
function duplicateEntries(apis: readonly Api[]): Diagnostic[] {
  const seen = new Map<string, Api>();
  const out: Diagnostic[] = [];
  for (const api of apis) {
    const other = seen.get(api.entry);
    if (other) {
      out.push(
        diagnostic(
          'entry-duplicate',
          `both ${other.file} and ${api.file} generate the entry "${api.entry}"; give one another entry (its "entry" in clientgen.config.json, or x-client.entry)`,
          '',
          { file: api.file, line: 1, col: 1 },
        ),
      );
    }
    seen.set(api.entry, api);
  }
  return out;
}

function selfAliasWarnings(plan: Plan, workspace: Workspace): Diagnostic[] {
  return [...plan.selfAliases].map((id) => {
    const model = plan.models.get(id)!;
    const file = [...workspace.files.values()].find((f) => id.startsWith(`${f.path}#`)) ?? workspace.root;
    return diagnostic(
      'schema-self-alias',
      `schema "${model.name}" is defined only through itself; it is typed unknown`,
      model.pointer,
      file.locate(model.pointer),
    );
  });
}
