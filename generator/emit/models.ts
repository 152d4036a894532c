import {
  StructureKind,
  type InterfaceDeclarationStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
} from 'ts-morph';
import type { Model, Type } from '../ir/types.ts';
import type { Plan } from '../plan/plan.ts';
import { docText } from './docs.ts';
import { RUNTIME, type Imports } from './imports.ts';
import { depthParameters, members, objectLiteral, typeToString, type TypeContext } from './type-to-string.ts';

/** Context of a declaration in types.ts: where types are printed, and its imports, which every declaration needs. */
type ModelContext = TypeContext & { readonly imports: Imports };

/** Statements declaring every model: read shape, write shape where it differs, depth element aliases. */
export function modelStatements(plan: Plan, imports: Imports): StatementStructures[] {
  const out: StatementStructures[] = [];
  for (const model of plan.api.models) {
    if (plan.selfAliases.has(model.id)) {
      const docs = docText({
        docs: model,
        notes: ['Defined only through itself in the spec, so it constrains nothing.'],
      });
      out.push(alias(plan.readNames.get(model.id)!, 'unknown', docs, undefined));
      continue;
    }
    out.push(...readShape(plan, model, imports));
    const writeName = plan.writeNames.get(model.id);
    if (writeName) {
      const ctx: ModelContext = { plan, direction: 'write', depth: '0', imports };
      const docs = docText({ docs: model, notes: [`Request shape of {@link ${plan.readNames.get(model.id)}}.`] });
      out.push(declare(writeName, model.type, ctx, docs, false));
    }
  }
  return out;
}

function readShape(plan: Plan, model: Model, imports: Imports): StatementStructures[] {
  const name = plan.readNames.get(model.id)!;
  const generic = plan.depthGeneric.has(model.id);
  const ctx: ModelContext = { plan, direction: 'read', depth: generic ? 'D' : '0', imports };
  const docs = docText({ docs: model });
  if (model.depth === 'collection') return [collection(name, model.type, ctx, docs)];
  if (model.depth === 'resource') {
    const item = plan.itemNames.get(model.id)!;
    const nested = generic ? `${name}<${imports.type('Prev', RUNTIME)}<D>>` : name;
    const itemDocs = `${name} as it appears nested in another resource: a reference where depth has run out.`;
    return [
      declare(name, model.type, ctx, docs, generic),
      alias(
        item,
        `D extends 0 ? ${imports.type('Reference', RUNTIME)} : ${nested}`,
        itemDocs,
        depthParameters(imports),
      ),
    ];
  }
  return [declare(name, model.type, ctx, docs, generic)];
}

/**
 * A depth collection: its own fields always, `items` only while depth
 * remains, each item one level further down.
 */
function collection(
  name: string,
  type: Type,
  ctx: ModelContext,
  docs: string | undefined,
): TypeAliasDeclarationStructure {
  if (type.kind !== 'object') return alias(name, typeToString(type, ctx), docs, depthParameters(ctx.imports));
  const items = type.properties.find((p) => p.name === 'items');
  const rest = type.properties.filter((p) => p !== items);
  const fixed = objectLiteral(rest, undefined, ctx);
  if (!items) return alias(name, fixed, docs, depthParameters(ctx.imports));
  const itemsType = typeToString(items.type, { ...ctx, depth: `${ctx.imports.type('Prev', RUNTIME)}<D>` });
  return alias(name, `${fixed} & (D extends 0 ? {} : { items: ${itemsType} })`, docs, depthParameters(ctx.imports));
}

/** An interface for object types, a type alias for anything else. */
function declare(
  name: string,
  type: Type,
  ctx: ModelContext,
  docs: string | undefined,
  generic: boolean,
): StatementStructures {
  if (type.kind !== 'object')
    return alias(name, typeToString(type, ctx), docs, generic ? depthParameters(ctx.imports) : undefined);
  const structure: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    ...(generic ? { typeParameters: depthParameters(ctx.imports) } : {}),
    ...(docs ? { docs: [docs] } : {}),
    properties: members(type.properties, ctx).map((m) => ({
      name: m.key,
      type: m.type,
      hasQuestionToken: m.optional,
      ...(m.doc ? { docs: [m.doc] } : {}),
    })),
  };
  if (type.additional) {
    const named = type.properties.length > 0;
    structure.indexSignatures = [
      { keyName: 'key', keyType: 'string', returnType: named ? 'unknown' : typeToString(type.additional, ctx) },
    ];
  } else if (structure.properties!.length === 0) {
    // No key to show: an empty interface would accept any value but null.
    structure.indexSignatures = [{ keyName: 'key', keyType: 'string', returnType: 'never' }];
  }
  return structure;
}

type TypeParameters = TypeAliasDeclarationStructure['typeParameters'];

function alias(
  name: string,
  type: string,
  docs: string | undefined,
  typeParameters: TypeParameters,
): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    name,
    isExported: true,
    type,
    ...(typeParameters ? { typeParameters } : {}),
    ...(docs ? { docs: [docs] } : {}),
  };
}
