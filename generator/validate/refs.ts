import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { isRef, refSites, resolveRef, type Target, type Workspace } from '../load/workspace.ts';
import type { SourceFile } from '../load/source.ts';

/** Every `$ref` in every loaded file must point at something, and not only at other references in a loop. */
export function validateRefs(workspace: Workspace): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of workspace.files.values()) {
    for (const site of refSites(file)) {
      // Positions cost a second parse of the file: looked up only for a finding.
      const at = (): ReturnType<typeof file.locate> => file.locate(`${site.pointer}/$ref`);
      const target = resolveRef(workspace, site.ref, file);
      if (!target) {
        out.push(diagnostic('ref-unresolved', `$ref "${site.ref}" points at nothing`, site.pointer, at()));
      } else if (loopsBack(workspace, target, `${file.path}#${site.pointer}`)) {
        out.push(diagnostic('ref-cycle', `$ref "${site.ref}" leads back to itself through references only`, site.pointer, at()));
      }
    }
  }
  return out;
}

function loopsBack(workspace: Workspace, start: Target, origin: string): boolean {
  const seen = new Set<string>([origin]);
  let current: { file: SourceFile; pointer: string; value: unknown } = start;
  while (isRef(current.value)) {
    const key = `${current.file.path}#${current.pointer}`;
    if (seen.has(key)) return true;
    seen.add(key);
    const next = resolveRef(workspace, current.value.$ref, current.file);
    if (!next) return false;
    current = next;
  }
  return false;
}
