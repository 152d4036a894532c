import { CATALOGUE } from '../diagnostics/catalogue.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * The two profiles. Strict, for the curated specs: every project rule is an
 * error. Lenient, for documents from elsewhere: a rule the generator can go
 * on from (a missing tag, a duplicate operationId, a schema deviation) is a
 * warning, and a client is generated. What makes a document unreadable
 * (syntax, version, files that cannot be read) is an error in both.
 */
export function applyProfile(diagnostics: readonly Diagnostic[], strict: boolean): Diagnostic[] {
  if (strict) return [...diagnostics];
  return diagnostics.map((d) => {
    const lenient = (CATALOGUE[d.code] as { lenient?: Diagnostic['severity'] }).lenient;
    return lenient && lenient !== d.severity ? { ...d, severity: lenient } : d;
  });
}
