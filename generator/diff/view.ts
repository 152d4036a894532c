import { dirname, relative } from 'node:path';
import { fragmentPointer, pointerOf, segmentsOf } from '../diagnostics/diagnostic.ts';
import type { Api, Model, Operation, Type } from '../ir/types.ts';
import { isRef, type Workspace } from '../load/workspace.ts';
import type { Plan, PlannedGroup, PlannedOperation } from '../plan/plan.ts';

/** Where something is read or written: sent by callers, or read by them. */
export type Dir = 'request' | 'response';
export const BOTH: ReadonlySet<Dir> = new Set<Dir>(['request', 'response']);

/**
 * One side of a diff: a loaded, built and planned spec, with lookups the
 * comparison needs (model keys that do not depend on the file's path, raw
 * values and canonical pointers).
 */
export class View {
  readonly models: ReadonlyMap<string, Model>;
  readonly modelsByKey: ReadonlyMap<string, Model>;
  private readonly planned = new Map<string, { group: PlannedGroup; op: PlannedOperation }>();

  constructor(
    readonly api: Api,
    readonly workspace: Workspace,
    readonly plan: Plan,
    /** The document's name in reports (`specs/a.yaml`, `origin/main:specs/a.yaml`). */
    readonly label: string,
  ) {
    this.models = new Map(api.models.map((m) => [m.id, m]));
    this.modelsByKey = new Map(api.models.map((m) => [this.key(m.id), m]));
    for (const group of plan.groups)
      for (const op of group.operations) this.planned.set(op.operation.id, { group, op });
  }

  /**
   * A model's id without the spec's own path, so both sides of a diff agree
   * on it; Swagger 2.0's `definitions` are OpenAPI 3's `components/schemas`,
   * so a spec upgraded from one to the other keeps its models' keys.
   */
  key(id: string): string {
    const hash = id.indexOf('#');
    const file = id.slice(0, hash);
    const pointer = id.slice(hash).replace(/^#\/definitions\/(?=[^/]+$)/, '#/components/schemas/');
    if (file === this.workspace.root.path) return pointer;
    return relative(dirname(this.workspace.root.path), file) + pointer;
  }

  model(id: string): Model | undefined {
    return this.models.get(id);
  }

  /** The group and planned operation of an operation, by operationId. */
  plannedOf(op: Operation): { group: PlannedGroup; op: PlannedOperation } | undefined {
    return this.planned.get(op.id);
  }

  /** `pets.list()`: how callers reach the operation. */
  callOf(op: Operation): string {
    const p = this.plannedOf(op);
    return p ? `\`${p.group.property}.${p.op.methodName}()\`` : `\`${op.methodName}()\``;
  }

  /** The value a pointer reaches in the root document, following local `$ref`s on the way and at the end. */
  raw(pointer: string): unknown {
    return this.walk(pointer, true).value;
  }

  /**
   * The pointer where the text actually is: a local `$ref` passed on the way
   * is replaced by its target (`/paths/~1a/get/parameters/0/schema` may be
   * `/components/parameters/id/schema`). A `$ref` at the very end is kept:
   * that is where the reference is written.
   */
  canonical(pointer: string): string {
    return this.walk(pointer, false).pointer;
  }

  private walk(pointer: string, followLast: boolean): { value: unknown; pointer: string } {
    let value: unknown = this.workspace.root.value;
    let at: string[] = [];
    const seen = new Set<string>();
    const follow = (): boolean => {
      if (!isRef(value) || !value.$ref.startsWith('#')) return false;
      if (seen.has(value.$ref)) return false;
      seen.add(value.$ref);
      at = segmentsOf(fragmentPointer(value.$ref));
      value = at.reduce<unknown>(
        (v, s) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined),
        this.workspace.root.value,
      );
      return true;
    };
    const segments = segmentsOf(pointer);
    for (let i = 0; i < segments.length; i++) {
      while (follow());
      const segment = segments[i]!;
      at.push(segment);
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
      if (value === undefined) {
        at.push(...segments.slice(i + 1));
        return { value, pointer: pointerOf(at) };
      }
    }
    if (followLast) while (follow());
    return { value, pointer: pointerOf(at) };
  }

  /** The name a model's read type is exported as. */
  typeName(id: string): string {
    return this.plan.readNames.get(id) ?? this.models.get(id)?.name ?? id;
  }
}

/** Which models are sent (request) and which are read (response), following references. */
export function usageOf(view: View): Map<string, Set<Dir>> {
  const usage = new Map<string, Set<Dir>>();
  const walk = (type: Type, dir: Dir): void => {
    switch (type.kind) {
      case 'ref': {
        const key = view.key(type.model);
        const dirs = usage.get(key) ?? new Set<Dir>();
        if (dirs.has(dir)) return;
        dirs.add(dir);
        usage.set(key, dirs);
        const model = view.model(type.model);
        if (model) walk(model.type, dir);
        return;
      }
      case 'array':
        return walk(type.items, dir);
      case 'object':
        for (const p of type.properties) if (dir === 'request' ? !p.readOnly : !p.writeOnly) walk(p.type, dir);
        if (type.additional) walk(type.additional, dir);
        return;
      case 'union':
        return type.variants.forEach((v) => walk(v, dir));
      case 'intersection':
        return type.parts.forEach((p) => walk(p, dir));
      default:
        return;
    }
  };
  for (const op of view.api.operations) {
    for (const p of op.parameters) walk(p.type, 'request');
    if (op.body) walk(op.body.type, 'request');
    for (const r of op.responses) {
      if (r.type) walk(r.type, 'response');
      for (const h of r.headers) walk(h.type, 'response');
    }
  }
  return usage;
}
