import type { Plan } from '../plan/plan.ts';

/** A generated module that a later stage (format, compile) could not take: where, and what it said. */
export class GeneratedCodeError extends Error {
  constructor(
    readonly module: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** The line a formatter or compiler message names (`... (12:5)`), if it names one. */
export function lineOf(message: string): number | undefined {
  const m = /\((\d+):\d+\)/.exec(message.split('\n')[0] ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * The spec pointer behind a line of a generated module: the declaration the
 * line belongs to (the nearest one above it) is a model's type or an
 * operation's function, params type or spec, each of which came from a place
 * in the document. A member of a params type is placed more closely, at its
 * parameter or at the request body's schema.
 */
export function originOf(
  plans: readonly Plan[],
  module: string,
  text: string | undefined,
  line: number | undefined,
): { file: string; pointer: string } | undefined {
  const plan = plans.find((p) => module.startsWith(`src/${p.api.entry}/`));
  if (!plan) return undefined;
  const lines = (text ?? '')
    .split('\n')
    .slice(0, line ?? 0)
    .reverse();
  const declared = lines
    .map(
      (l) =>
        /^(?:export )?(?:declare )?(?:interface|type|class|function|const|async function) ([A-Za-z_$][\w$]*)/.exec(
          l,
        )?.[1],
    )
    .find(Boolean);
  const pointer = declared
    ? (memberPointer(plan, declared, lines[0] ?? '') ?? pointerOfName(plan, declared))
    : undefined;
  return { file: plan.api.file, pointer: pointer ?? '' };
}

/** The pointer of the parameter or body a line of a params type declares (`petId: string;`, `body?: Pet | undefined;`); their keys are identifiers. */
function memberPointer(plan: Plan, declared: string, line: string): string | undefined {
  const key = /^\s*([A-Za-z_$][\w$]*)\??:/.exec(line)?.[1];
  const op =
    key === undefined ? undefined : plan.groups.flatMap((g) => g.operations).find((o) => o.paramsType === declared);
  if (!op) return undefined;
  return key === 'body' ? op.operation.body?.pointer : op.parameters.find((p) => p.key === key)?.parameter.pointer;
}

function pointerOfName(plan: Plan, name: string): string | undefined {
  for (const [id, model] of plan.models) {
    if ([plan.readNames.get(id), plan.writeNames.get(id), plan.itemNames.get(id)].includes(name)) return model.pointer;
  }
  for (const group of plan.groups) {
    for (const o of group.operations) {
      if ([o.functionName, o.specName, o.paramsType].includes(name)) return o.operation.pointer;
    }
  }
  return undefined;
}
