import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { buildApi } from '../ir/build.ts';
import type { ReadText } from '../load/workspace.ts';
import { checkSpecs } from '../pipeline.ts';
import { planApi } from '../plan/plan.ts';
import { View } from './view.ts';

/**
 * One side of a diff through the generator's own first stages (load and
 * validate as `check` and `generate` run them, then build and plan), so
 * whatever the generator accepts can be compared. No view when the spec does
 * not load or has errors.
 */
export function loadSpec(
  path: string,
  read: ReadText,
  { label = path, as = path, strict = true }: { label?: string; as?: string; strict?: boolean } = {},
): { view?: View; diagnostics: Diagnostic[] } {
  // Loaded under the name `as`: a spec without `x-client` is named after its file, and two versions of one
  // spec in differently named files (old.yaml, new.yaml) must still generate the same entry and client.
  const checked = checkSpecs([as], (p) => read(p === as ? path : p), { strict: () => strict });
  const diagnostics = checked.diagnostics.map((d) => (d.file === as ? { ...d, file: path } : d));
  const workspace = checked.workspaces[0];
  if (!workspace || hasErrors(diagnostics)) return { diagnostics };
  const api = buildApi(workspace);
  return { view: new View(api, workspace, planApi(api), label), diagnostics };
}
