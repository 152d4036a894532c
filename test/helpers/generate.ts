import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSpecs, generatePackage } from '../../generator/pipeline.ts';
import { generatorHash, projectRoot, readRuntime, readTemplates } from '../../generator/sources.ts';
import { loadWorkspace } from '../../generator/load/workspace.ts';
import { buildApi } from '../../generator/ir/build.ts';
import { planApi, type Plan } from '../../generator/plan/plan.ts';

export const root = projectRoot();
const runtime = readRuntime(root);
const templates = readTemplates(root);
const hash = generatorHash(root);

/** Reads files from an in-memory record first, then from the project. */
function reader(files: Record<string, string>) {
  return (path: string): string => {
    if (Object.hasOwn(files, path)) return files[path]!;
    return readFileSync(join(root, path), 'utf8');
  };
}

/** The project's rules as errors (the curated specs' profile), unless `strict: false` asks for the lenient one. */
interface Profile {
  readonly strict?: boolean;
}

/** Runs the whole pipeline in memory on the given specs. */
export function generate(specs: string[], files: Record<string, string> = {}, { strict = true }: Profile = {}) {
  return generatePackage({ specs, read: reader(files), runtime, templates, generatorHash: hash, strict: () => strict });
}

/** Load and validate only. */
export function check(specs: string[], files: Record<string, string> = {}, { strict = true }: Profile = {}) {
  return checkSpecs(specs, reader(files), { strict: () => strict });
}

/** The plan of one spec, for tests that look at names and IR. */
export function planOf(spec: string, files: Record<string, string> = {}): Plan {
  const { workspace } = loadWorkspace(spec, reader(files));
  if (!workspace) throw new Error(`cannot load ${spec}`);
  return planApi(buildApi(workspace));
}
