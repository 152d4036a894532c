import type { DiagnosticCode } from '../diagnostics/catalogue.ts';
import { hasErrors, segmentsOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { locationKey, resolveLocation } from '../load/location.ts';
import { HTTP_METHODS } from '../load/operations.ts';
import { followRefs, refSites, type Workspace } from '../load/workspace.ts';

/**
 * Findings that something is missing, and where in the operation that
 * something would have come from: what could not be loaded may be just what
 * they miss. (Any of them may also miss it because the whole object could not
 * be loaded.)
 */
const ABSENCE: Partial<Record<DiagnosticCode, readonly ('parameters' | 'responses')[]>> = {
  'operation-id-missing': [],
  'operation-untagged': [],
  'async-unmarked': [],
  'responses-missing': ['responses'],
  'success-response-missing': ['responses'],
  'path-param-undeclared': ['parameters'],
  'correlation-id-missing': ['parameters'],
};

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
export function withoutFollowOns(
  diagnostics: readonly Diagnostic[],
  workspaces: readonly Workspace[],
): { diagnostics: Diagnostic[]; suppressed: number } {
  const misplacedRefs = diagnostics.filter((d) => d.code === 'openapi-schema' && d.pointer.endsWith('/$ref'));
  if (!misplacedRefs.length && !diagnostics.some((d) => d.code === 'ref-unresolved' || d.code === 'ref-cycle'))
    return { diagnostics: [...diagnostics], suppressed: 0 };
  const { gaps, intoUnloaded } = refGaps(workspaces);
  gaps.push(...misplacedRefs.map((d) => ({ file: d.file, pointer: d.pointer.slice(0, -'/$ref'.length) })));
  const followsOn = (d: Diagnostic): boolean =>
    (d.code === 'ref-unresolved' && intoUnloaded.has(`${d.file}#${d.pointer}`)) ||
    gaps.some((gap) => gap.file === d.file && misses(d, gap.pointer));
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
        if (target && !loaded.has(locationKey(resolveLocation(file.path, target))))
          intoUnloaded.add(`${file.path}#${site.pointer}`);
      }
    }
  }
  return { gaps, intoUnloaded };
}

/**
 * Whether a finding may say something is missing only because of a gap: the
 * gap holds the object the finding is about, or is in the part of the
 * operation the missing thing comes from (its parameters include those of
 * its path item).
 */
function misses(d: Diagnostic, gap: string): boolean {
  const parts = ABSENCE[d.code];
  if (!parts) return false;
  const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(`${outer}/`);
  if (within(d.pointer, gap)) return true;
  const operation = d.pointer.replace(/\/responses$/, '');
  const [paths, , method] = segmentsOf(operation);
  const item =
    paths === 'paths' && (HTTP_METHODS as readonly string[]).includes(method ?? '')
      ? operation.split('/').slice(0, 3).join('/')
      : undefined;
  return parts.some(
    (part) =>
      within(gap, `${operation}/${part}`) ||
      (part === 'parameters' && item !== undefined && within(gap, `${item}/parameters`)),
  );
}
