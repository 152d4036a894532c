import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { followRefs, refSites, resolveRef, type Workspace } from '../load/workspace.ts';

/** Every `$ref` in every loaded file must point at something, and not only at other references in a loop. */
export function validateRefs(workspace: Workspace): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of workspace.files.values()) {
    for (const site of refSites(file)) {
      // Looked up only for a finding: in JSON text, locating walks the text along the pointer.
      const at = (): ReturnType<typeof file.locate> => file.locate(`${site.pointer}/$ref`);
      const target = resolveRef(workspace, site.ref, file);
      if (!target) {
        out.push(diagnostic('ref-unresolved', `$ref "${site.ref}" points at nothing`, site.pointer, at()));
      } else if (followRefs(workspace, { $ref: site.ref }, file, site.pointer).cycle) {
        out.push(
          diagnostic(
            'ref-cycle',
            `$ref "${site.ref}" leads back to itself through references only`,
            site.pointer,
            at(),
          ),
        );
      }
    }
  }
  return out;
}
