import { compareApi, compareExtension } from './api.ts';
import { Changes, type Comparison } from './changes.ts';
import { TypeComparer } from './compare.ts';
import { compareDocs } from './docs.ts';
import { DIFF_KINDS, type SpecKind } from './kinds.ts';
import { compareOperations } from './operations.ts';
import type { ModelMatch } from './renames.ts';
import { at, dirText, type SpecChange } from './types.ts';
import { BOTH, usageOf, type View } from './view.ts';

/** Where a change is listed: it breaks users, it does not, or it leaves the generated code as it was. */
export type Outcome = 'breaking' | 'nonBreaking' | 'noCodeChange';

const RUN_TIME = 'at run time; the compiler does not see it (the generated types are the same)';

/** Why a direction-dependent change breaks, or does not, by the direction it is in. */
const DIRECTED: Partial<Record<SpecKind, { breaks: string; safe: string }>> = {
  'required-property-added': { breaks: 'callers must now send it', safe: 'readers just get more' },
  'property-required': { breaks: 'callers must now send it', safe: 'readers only get a stronger promise' },
  'property-optional': { breaks: 'readers must now handle its absence', safe: 'callers may just omit it' },
  'nullable-added': { breaks: 'readers must now handle null', safe: 'callers may just send null' },
  'nullable-removed': { breaks: 'callers that send null break', safe: 'readers never see null now' },
  'enum-value-removed': { breaks: 'callers that send it break', safe: 'readers only see fewer values' },
  'enum-value-added': {
    breaks:
      'readers break: the generated literal union widens, so exhaustive switches and value maps no longer cover every value',
    safe: 'callers may just send it',
  },
  'variant-removed': { breaks: 'callers that send that shape break', safe: 'readers only see fewer shapes' },
  'variant-added': { breaks: 'readers must handle another shape', safe: 'callers may just send it' },
  'constraint-narrowed': {
    breaks: `callers sending values it no longer accepts are refused ${RUN_TIME}`,
    safe: 'readers only get a stronger promise',
  },
  'constraint-widened': {
    breaks: `readers may get values it did not allow before, breaking their assumptions ${RUN_TIME}`,
    safe: 'callers may just send what they did',
  },
};

/** Where a change is listed, and its message with the reason. */
export function classify(change: SpecChange): { outcome: Outcome; message: string } {
  if (change.sameCode) return { outcome: 'noCodeChange', message: change.message };
  const rule = DIFF_KINDS[change.kind].breaks;
  if (rule === 'always' || rule === 'never')
    return { outcome: rule === 'always' ? 'breaking' : 'nonBreaking', message: change.message };
  const dirs = change.dirs ?? BOTH;
  const breaking = dirs.has(rule);
  const reasons = DIRECTED[change.kind];
  const reason = reasons ? (breaking ? reasons.breaks : reasons.safe) : '';
  return {
    outcome: breaking ? 'breaking' : 'nonBreaking',
    message: `${change.message} (in ${dirText(dirs)})${reason ? `: ${reason}` : ''}`,
  };
}

/**
 * Every change between two builds of a spec, compared on the IR: references
 * are resolved, so only what the API promises counts, not how the document is
 * arranged. `models` says which model each one became (renames found).
 */
export function diffSpecs(a: View, b: View, models: ModelMatch): SpecChange[] {
  const changes = new Changes(a, b);
  const c: Comparison = { a, b, changes, types: new TypeComparer(changes, models), models };
  compareApi(c);
  compareOperations(c);
  compareModels(c);
  return changes.list;
}

/** Each model once (under its new name when renamed), in whichever directions existing operations used it. */
function compareModels(c: Comparison): void {
  const usage = usageOf(c.a);
  for (const { old: ma, new: mb, oldKey } of c.models.pairs()) {
    // The directions existing users had: a schema newly sent (or read) is new usage, not a change to old usage.
    // An exported schema no operation used may have been used either way.
    const dirs = usage.get(oldKey) ?? BOTH;
    const where = { root: `schema \`${mb.name}\``, path: '' };
    const modelAt = at(ma.pointer, mb.pointer);
    c.types.compare(ma.type, mb.type, modelAt, dirs, where, new Set([`${oldKey}|${c.b.key(mb.id)}`]));
    compareDocs(c.changes, ma, mb, modelAt, where.root);
    const depth = at(`${ma.pointer}/x-depth`, `${mb.pointer}/x-depth`);
    compareExtension(c, 'x-depth', ma.depth, mb.depth, depth, where.root, 'depth-aware types');
  }
}
