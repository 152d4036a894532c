import type { DiagnosticCode } from '../diagnostics/catalogue.ts';
import { hasErrors, segmentsOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { locationKey, resolveLocation } from '../load/location.ts';
import { HTTP_METHODS } from '../load/operations.ts';
import { followRefs, refSites, type Workspace } from '../load/workspace.ts';

/** Findings that something is missing: what could not be loaded may be just what they miss. */
const ABSENCE: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'operation-id-missing',
  'operation-untagged',
  'responses-missing',
  'success-response-missing',
  'path-param-undeclared',
  'correlation-id-missing',
  'async-unmarked',
]);

/** A `$ref` whose content could not be had, by file and pointer of the object holding it. */
interface Gap {
  readonly file: string;
  readonly pointer: string;
}

/**
 * Drops the findings that follow from an earlier one, and counts them. A
 * file that could not be read or parsed is reported once, where it is
 * first referenced: the `$ref`s into it do not each report that they point
 * at nothing. And where a `$ref` leads nowhere, or stands where the document
 * may not use one, whatever the object around it is found to be missing
 * (a tag, responses, a path parameter) may be in the part that could not be
 * had, so it is not reported either.
 */
export function withoutFollowOns(diagnostics: readonly Diagnostic[], workspaces: readonly Workspace[]): { diagnostics: Diagnostic[]; suppressed: number } {
  const misplacedRefs = diagnostics.filter((d) => d.code === 'openapi-schema' && d.pointer.endsWith('/$ref'));
  if (!misplacedRefs.length && !diagnostics.some((d) => d.code === 'ref-unresolved' || d.code === 'ref-cycle')) return { diagnostics: [...diagnostics], suppressed: 0 };
  const { gaps, intoUnloaded } = refGaps(workspaces);
  gaps.push(...misplacedRefs.map((d) => ({ file: d.file, pointer: d.pointer.slice(0, -'/$ref'.length) })));
  const followsOn = (d: Diagnostic): boolean =>
    (d.code === 'ref-unresolved' && intoUnloaded.has(`${d.file}#${d.pointer}`)) ||
    (ABSENCE.has(d.code) && gaps.some((gap) => gap.file === d.file && concerns(d.pointer, gap.pointer)));
  const kept = diagnostics.filter((d) => !followsOn(d));
  // A follow-on has its cause among the findings kept; should a rule here ever drop every error, none is dropped.
  if (hasErrors(diagnostics) && !hasErrors(kept)) return { diagnostics: [...diagnostics], suppressed: 0 };
  return { diagnostics: kept, suppressed: diagnostics.length - kept.length };
}

/** Every `$ref` that leads to nothing, and among them those into a file that did not load. */
function refGaps(workspaces: readonly Workspace[]): { gaps: Gap[]; intoUnloaded: Set<string> } {
  const loaded = new Set(workspaces.flatMap((ws) => [...ws.files.keys()]));
  const gaps: Gap[] = [];
  const intoUnloaded = new Set<string>();
  for (const workspace of workspaces) {
    for (const file of workspace.files.values()) {
      for (const site of refSites(file)) {
        if (followRefs(workspace, { $ref: site.ref }, file, site.pointer).target) continue;
        gaps.push({ file: file.path, pointer: site.pointer });
        const target = site.ref.split('#')[0]!;
        if (target && !loaded.has(locationKey(resolveLocation(file.path, target)))) intoUnloaded.add(`${file.path}#${site.pointer}`);
      }
    }
  }
  return { gaps, intoUnloaded };
}

/**
 * Whether a finding at `pointer` is about an object that holds the gap or
 * is held by it. An operation also takes the parameters of its path item.
 */
function concerns(pointer: string, gap: string): boolean {
  const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(`${outer}/`);
  if (within(gap, pointer) || within(pointer, gap)) return true;
  const [paths, path, method] = segmentsOf(pointer);
  if (paths !== 'paths' || path === undefined || !(HTTP_METHODS as readonly string[]).includes(method ?? '')) return false;
  const item = pointer.split('/').slice(0, 3).join('/');
  return within(gap, `${item}/parameters`);
}
