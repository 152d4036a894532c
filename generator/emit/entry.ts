import { StructureKind, type StatementStructures } from 'ts-morph';
import type { Plan, PlannedGroup } from '../plan/plan.ts';
import { docText } from './docs.ts';
import { Imports, MODELS } from './imports.ts';
import { modelStatements } from './models.ts';

/** types.ts: every model of the API. */
export function typesStatements(plan: Plan): StatementStructures[] {
  const imports = new Imports(MODELS);
  const declarations = modelStatements(plan, imports);
  return [...imports.declarations(), ...declarations];
}

/** index.ts: the package entry of one API. */
export function indexStatements(plan: Plan): StatementStructures[] {
  const { api } = plan;
  const docs = docText({
    summary: `${api.title} ${api.version}: typed client, models and errors.`,
    docs: api.description ? { description: api.description } : undefined,
  });
  return [
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: '../runtime/index.js',
      ...(docs
        ? {
            leadingTrivia: `/**\n${docs
              .split('\n')
              .map((l) => ` * ${l}`.trimEnd())
              .join('\n')}\n * @module\n */\n`,
          }
        : {}),
    },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './types.js', isTypeOnly: true },
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './client.js',
      namedExports: [
        api.clientName,
        { name: plan.clientOptionsName, isTypeOnly: true },
        plan.transportFactory,
        { name: plan.transportOptionsName, isTypeOnly: true },
      ],
    },
    // Each group's functions, and its class (a type here: the client makes them) and params types.
    ...plan.groups.flatMap((g) => [
      {
        kind: StructureKind.ExportDeclaration as const,
        moduleSpecifier: `./${g.file}.js`,
        namedExports: functionsOf(g),
      },
      { kind: StructureKind.ExportDeclaration as const, moduleSpecifier: `./${g.file}.js`, isTypeOnly: true },
    ]),
  ];
}

/** The names of a group's exported functions, in the order its module declares them. */
function functionsOf(group: PlannedGroup): string[] {
  const names = group.operations.flatMap((op) => [op.functionName, ...(op.wait ? [op.wait.function] : [])]);
  return group.requestWait ? [...names, group.requestWait.function] : names;
}
