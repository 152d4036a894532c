import { StructureKind, type StatementStructures } from 'ts-morph';
import type { Plan } from '../plan/plan.ts';
import { docText } from './docs.ts';
import { importsFor } from './imports.ts';
import { modelStatements } from './models.ts';

/** types.ts: every model of the API. */
export function typesStatements(plan: Plan): StatementStructures[] {
  const declarations = modelStatements(plan);
  return [...importsFor(plan, declarations, { types: false }), ...declarations];
}

/** index.ts: the package entry of one API. */
export function indexStatements(plan: Plan): StatementStructures[] {
  const { api } = plan;
  const docs = docText({ summary: `${api.title} ${api.version}: typed client, models and errors.`, docs: api.description ? { description: api.description } : undefined });
  return [
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: '../runtime/index.js',
      ...(docs ? { leadingTrivia: `/**\n${docs.split('\n').map((l) => ` * ${l}`.trimEnd()).join('\n')}\n * @module\n */\n` } : {}),
    },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './types.js', isTypeOnly: true },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './client.js', namedExports: [api.clientName, { name: plan.clientOptionsName, isTypeOnly: true }] },
    // Each group's class (a type here: the client makes them) and params types.
    ...plan.groups.map((g) => ({ kind: StructureKind.ExportDeclaration as const, moduleSpecifier: `./${g.file}.js`, isTypeOnly: true })),
  ];
}
