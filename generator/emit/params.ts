import {
  StructureKind,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
} from 'ts-morph';
import type { Plan, PlannedGroup, PlannedOperation, PlannedParameter } from '../plan/plan.ts';
import { docText } from './docs.ts';
import type { Imports } from './imports.ts';
import { depthParameters, typeToString, type TypeContext } from './type-to-string.ts';

/** One params interface per operation of a group that takes any: path, query and header parameters, and `body`. */
export function paramsStatements(plan: Plan, group: PlannedGroup, imports: Imports): InterfaceDeclarationStructure[] {
  return group.operations.flatMap((op) => (op.paramsType ? [paramsInterface(plan, op, op.paramsType, imports)] : []));
}

function paramsInterface(
  plan: Plan,
  op: PlannedOperation,
  name: string,
  imports: Imports,
): InterfaceDeclarationStructure {
  const ctx: TypeContext = { plan, direction: 'write', depth: '0', imports };
  const properties: OptionalKind<PropertySignatureStructure>[] = op.parameters.map((p) => parameterProperty(p, ctx));
  const body = op.operation.body;
  if (body) {
    const doc = docText({
      docs: body.description ? { description: body.description } : undefined,
      notes: [`Sent as ${body.mediaType}.`],
    });
    properties.push({
      name: 'body',
      type: typeToString(body.type, ctx) + (body.required ? '' : ' | undefined'),
      hasQuestionToken: !body.required,
      ...(doc ? { docs: [doc] } : {}),
    });
  }
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    // Any depth by default: the params type of a call made without the type argument.
    ...(op.depthAware ? { typeParameters: depthParameters(imports, 'Depth') } : {}),
    docs: [
      `Parameters of \`${op.operation.id}\` (${op.operation.method} ${op.operation.path}).`.replace(/\*\//g, '*\\/'),
    ],
    properties,
  };
}

function parameterProperty(planned: PlannedParameter, ctx: TypeContext): OptionalKind<PropertySignatureStructure> {
  const p = planned.parameter;
  const notes = [
    planned.key !== p.name || p.in !== 'query' ? `Sent as ${p.in} parameter \`${p.name}\`.` : undefined,
    p.correlationId ? 'A fresh UUID is sent when not given; it stays the same across retries.' : undefined,
    p.clientOption ? `Defaults to the client option \`${p.clientOption}\`.` : undefined,
  ];
  const doc = docText({ docs: p, notes: [notes.filter(Boolean).join(' ')] });
  const type = p.depth ? 'D' : typeToString(p.type, ctx);
  return {
    name: planned.key,
    type: planned.required ? type : `${type} | undefined`,
    hasQuestionToken: !planned.required,
    ...(doc ? { docs: [doc] } : {}),
  };
}
