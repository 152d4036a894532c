import { diagnostic, pointerOf, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { readAsMeant } from '../load/as-meant.ts';
import { HTTP_METHODS, asObject, rawOperations } from '../load/operations.ts';
import { isRef, type Workspace } from '../load/workspace.ts';
import { applyProfile } from './profile.ts';
import { validateExtensions } from './extensions.ts';
import { validateOperations } from './operations.ts';
import { validateRefs } from './refs.ts';
import { validateAgainstSchema } from './schema.ts';

/**
 * All findings about a loaded spec, sorted. Never throws and never stops at
 * the first problem: a reviewer should see everything in one run. Outside
 * the strict profile, common deviations are first read as meant (the
 * document is fixed in memory), and the project's rules are warnings.
 */
export function validateWorkspace(workspace: Workspace, strict = true): Diagnostic[] {
  const meant = strict || !workspace.format ? [] : readAsMeant(workspace);
  const structural = withoutReferencedOperations(workspace, validateAgainstSchema(workspace));
  if (structural.some((d) => d.code === 'openapi-version')) return structural;
  const operations = rawOperations(workspace);
  const specific = [
    ...notGenerated(workspace),
    ...validateRefs(workspace),
    ...validateOperations(operations),
    ...validateExtensions(workspace, operations),
  ];
  // A project rule says precisely what the generic schema error at the same place says vaguely.
  const explained = new Set(specific.map((d) => `${d.file}#${d.pointer}`));
  const generic = structural.filter((d) => !explained.has(`${d.file}#${d.pointer}`));
  return sortDiagnostics(applyProfile([...meant, ...generic, ...specific], strict));
}

/** 3.1 webhooks are requests the API makes, not ones a client sends. */
function notGenerated(workspace: Workspace): Diagnostic[] {
  const webhooks = Object.keys(asObject(asObject(workspace.root.value)['webhooks']));
  if (webhooks.length === 0) return [];
  const message = `${webhooks.length} webhook${webhooks.length === 1 ? '' : 's'} (${webhooks.slice(0, 3).join(', ')}${webhooks.length > 3 ? ', ...' : ''}) not generated: they are calls the API makes to you`;
  return [diagnostic('unsupported-feature', message, '/webhooks', workspace.root.locate('/webhooks'))];
}

/**
 * Multi-file descriptions give operations by `$ref` (`get: {$ref: ops/get-pet.yaml}`), which the
 * OpenAPI 3 schema does not allow but every tool follows; the generator does too, and checks the
 * operation where it is written instead.
 */
function withoutReferencedOperations(workspace: Workspace, findings: Diagnostic[]): Diagnostic[] {
  if (workspace.written) return findings;
  const referenced: string[] = [];
  for (const [path, item] of Object.entries(asObject(asObject(workspace.root.value)['paths']))) {
    for (const method of HTTP_METHODS)
      if (isRef(asObject(item)[method])) referenced.push(pointerOf(['paths', path, method]));
  }
  if (referenced.length === 0) return findings;
  return findings.filter((d) => !referenced.some((p) => d.pointer === p || d.pointer.startsWith(`${p}/`)));
}
