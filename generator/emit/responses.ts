import type { Type } from '../ir/types.ts';
import type { Plan, PlannedOperation } from '../plan/plan.ts';
import { typeToString, withDepth } from './type-to-string.ts';

/** The depth expression an operation's response types use: its `D`, or 0. */
export function depthOf(op: PlannedOperation): string {
  return op.depthAware ? 'D' : '0';
}

/**
 * The type of a response body read at the top of a response. A resource read
 * at depth d is full with entities at d; a collection read at depth d lists
 * its items at level d, so it is the collection one level up.
 */
export function bodyType(plan: Plan, type: Type, depth: string): string {
  if (type.kind === 'ref' && plan.depthGeneric.has(type.model)) {
    const name = plan.readNames.get(type.model)!;
    if (plan.models.get(type.model)?.depth === 'collection') return `${name}<${depth === '0' ? '1' : `Next<${depth}>`}>`;
    return withDepth(name, depth);
  }
  if (type.kind === 'ref' && plan.itemNames.has(type.model)) return plan.readNames.get(type.model)!;
  return typeToString(type, { plan, direction: 'read', depth });
}

/** What awaiting the operation gives: the union of its success bodies. */
export function resultType(plan: Plan, op: PlannedOperation, depth: string = depthOf(op)): string {
  const types = op.operation.responses
    .filter((r) => /^2/.test(r.status))
    .map((r) => (r.type ? bodyType(plan, r.type, depth) : 'undefined'));
  const unique = [...new Set(types)];
  return unique.length ? unique.join(' | ') : 'undefined';
}
