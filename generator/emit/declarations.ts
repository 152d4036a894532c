import {
  StructureKind,
  type ClassDeclarationStructure,
  type FunctionDeclarationStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  type StatementStructures,
  type VariableStatementStructure,
} from 'ts-morph';

/**
 * The declaration (`.d.ts`) statements of a module, from the same structures
 * that print its source: bodies, initializers, private members and what is
 * not exported are left out; overloaded methods keep only their overloads.
 * Printing these is far cheaper than having TypeScript parse the printed
 * source and emit its declarations.
 */
export function declarationsOf(statements: readonly StatementStructures[]): StatementStructures[] {
  return statements.flatMap((s): StatementStructures[] => {
    switch (s.kind) {
      case StructureKind.VariableStatement:
        return s.isExported ? [declareVariables(s)] : [];
      case StructureKind.Class:
        return s.isExported ? [declareClass(s)] : [];
      case StructureKind.Function:
        return s.isExported ? [declareFunction(s)] : [];
      default:
        return [s];
    }
  });
}

function declareVariables(s: VariableStatementStructure): VariableStatementStructure {
  return { ...s, hasDeclareKeyword: true, declarations: s.declarations.map(({ initializer: _, ...d }) => d) };
}

function declareClass(s: ClassDeclarationStructure): ClassDeclarationStructure {
  const properties = s.properties ?? [];
  const hasPrivate = properties.some((p) => p.name.startsWith('#'));
  return {
    ...s,
    hasDeclareKeyword: true,
    // As TypeScript writes them: one `#private` marker, no names or types of private fields.
    properties: [
      ...(hasPrivate ? [{ name: '#private' }] : []),
      ...properties.filter((p) => !p.name.startsWith('#')).map(({ initializer: _, ...p }) => p),
    ],
    ctors: (s.ctors ?? []).map(({ statements: _, ...c }) => ({ ...c, parameters: ambient(c.parameters) })),
    methods: (s.methods ?? []).flatMap(declareMethod),
  };
}

function declareMethod(m: OptionalKind<MethodDeclarationStructure>): OptionalKind<MethodDeclarationStructure>[] {
  const { statements: _, overloads, ...signature } = m;
  if (!overloads?.length) return [{ ...signature, parameters: ambient(signature.parameters) }];
  return overloads.map(({ kind: _kind, ...o }) => ({ ...o, name: m.name, parameters: ambient(o.parameters) }));
}

function declareFunction(s: FunctionDeclarationStructure): FunctionDeclarationStructure {
  const { statements: _, ...signature } = s;
  return { ...signature, hasDeclareKeyword: true, parameters: ambient(signature.parameters) };
}

/** Parameters as an ambient signature has them: a default value makes a parameter optional. */
function ambient(
  parameters: readonly OptionalKind<ParameterDeclarationStructure>[] | undefined,
): OptionalKind<ParameterDeclarationStructure>[] {
  return (parameters ?? []).map(({ initializer, ...p }) =>
    initializer === undefined ? p : { ...p, hasQuestionToken: true },
  );
}
