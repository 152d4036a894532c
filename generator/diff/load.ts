import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { buildApi } from '../ir/build.ts';
import { loadWorkspace, type ReadText } from '../load/workspace.ts';
import { planApi } from '../plan/plan.ts';
import { validateWorkspace } from '../validate/validate.ts';
import { View } from './view.ts';

/**
 * One side of a diff through the pipeline's first stages: load, validate,
 * build, plan. No view when the spec does not load or has errors.
 */
export function loadSpec(path: string, read: ReadText, label: string = path, as: string = path): { view?: View; diagnostics: Diagnostic[] } {
  // Loaded under the name `as`: a spec without `x-client` is named after its file, and two versions of one
  // spec in differently named files (old.yaml, new.yaml) must still generate the same entry and client.
  const loaded = loadWorkspace(as, (p) => read(p === as ? path : p));
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...(loaded.workspace ? validateWorkspace(loaded.workspace) : [])].map((d) => (d.file === as ? { ...d, file: path } : d));
  if (!loaded.workspace || hasErrors(diagnostics)) return { diagnostics };
  const api = buildApi(loaded.workspace);
  return { view: new View(api, loaded.workspace, planApi(api), label), diagnostics };
}
