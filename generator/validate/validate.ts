import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { rawOperations } from '../load/operations.ts';
import type { Workspace } from '../load/workspace.ts';
import { validateExtensions } from './extensions.ts';
import { validateOperations } from './operations.ts';
import { validateRefs } from './refs.ts';
import { validateAgainstSchema } from './schema.ts';

/**
 * All findings about a loaded spec, sorted. Never throws and never stops at
 * the first problem: a reviewer should see everything in one run.
 */
export function validateWorkspace(workspace: Workspace): Diagnostic[] {
  const structural = validateAgainstSchema(workspace.root);
  if (structural.some((d) => d.code === 'openapi-version')) return structural;
  const operations = rawOperations(workspace);
  const specific = [
    ...validateRefs(workspace),
    ...validateOperations(workspace.root, operations),
    ...validateExtensions(workspace, operations),
  ];
  // A project rule says precisely what the generic schema error at the same place says vaguely.
  const explained = new Set(specific.map((d) => `${d.file}#${d.pointer}`));
  const generic = structural.filter((d) => !explained.has(`${d.file}#${d.pointer}`));
  return sortDiagnostics([...generic, ...specific]);
}
