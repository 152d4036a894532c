import {
  Node,
  Project,
  SyntaxKind,
  type ClassDeclaration,
  type ConstructorDeclaration,
  type FunctionDeclaration,
  type InterfaceDeclaration,
  type MethodDeclaration,
  type MethodSignature,
  type ParameterDeclaration,
  type PropertyDeclaration,
  type TypeElementTypes,
  type VariableDeclaration,
} from 'ts-morph';
import { collapse, print, typeParams } from './surface.ts';

/** A member of an exported interface or class, as code using it sees it. */
export interface RuntimeMember {
  readonly text: string;
  /** Code that builds a value of the interface must give it: an interface's member without `?`. */
  readonly required: boolean;
  /** The text of its `@deprecated` tag (empty for a bare tag); undefined when it is not deprecated. */
  readonly deprecated: string | undefined;
}

/** One name the runtime's `index.ts` exports. */
export interface RuntimeExport {
  readonly name: string;
  readonly what: string;
  /** The declaration without comments, bodies or members, whitespace collapsed. */
  readonly text: string;
  readonly deprecated: string | undefined;
  /** Interface and class members by name; private ones are not surface. */
  readonly members: ReadonlyMap<string, RuntimeMember>;
  /**
   * Callers give the runtime values of it: it is the type of a parameter of
   * an exported function, constructor or method, or of a property of such a
   * type. Only then does code outside build values of it.
   */
  readonly given: boolean;
}

type Part = Omit<RuntimeExport, 'name' | 'given'>;

/**
 * What the runtime offers users: every name its `index.ts` exports, followed
 * through re-exports to the declarations. `files` are the runtime's sources
 * by file name; none when there is no `index.ts`.
 */
export function runtimeSurface(files: ReadonlyMap<string, string>): Map<string, RuntimeExport> {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  for (const [name, text] of files) project.createSourceFile(`/runtime/${name}`, text);
  const exports = new Map<string, RuntimeExport>();
  const index = project.getSourceFile('/runtime/index.ts');
  if (!index) return exports;
  const given = givenTypes(index.getExportedDeclarations());
  for (const [name, declarations] of index.getExportedDeclarations()) {
    // An overloaded function is read once, from its implementation.
    const parts = declarations
      .filter((d) => !(Node.isFunctionDeclaration(d) && d.isOverload()))
      .map((d) => partOf(d, name));
    if (parts.length === 0) continue;
    // A class merged with an interface of its name (PagePromise) is a class with the members of both.
    exports.set(name, {
      name,
      what: parts.find((p) => p.what === 'class')?.what ?? parts[0]!.what,
      text: parts.map((p) => p.text).join('; '),
      deprecated: parts.find((p) => p.deprecated !== undefined)?.deprecated,
      members: new Map(parts.flatMap((p) => [...p.members])),
      given: declarations.some((d) => given.has(d)),
    });
  }
  return exports;
}

/**
 * The declarations of the types callers give the runtime: those a parameter
 * of an exported function, or of a public constructor or method of an
 * exported class, refers to, and those their properties and base types refer
 * to in turn. Conservative: a type named anywhere in such a parameter's type
 * counts, a callback's parameters included.
 */
function givenTypes(exported: ReadonlyMap<string, Node[]>): Set<Node> {
  const given = new Set<Node>();
  const pending: Node[] = [];
  const referredBy = (node: Node): void => {
    for (const reference of node.getDescendantsOfKind(SyntaxKind.TypeReference)) {
      for (const declaration of reference.getTypeName().getSymbol()?.getDeclarations() ?? []) {
        if (given.has(declaration)) continue;
        given.add(declaration);
        pending.push(declaration);
      }
    }
  };
  const parametersOf = (callable: Node): void => {
    if (Node.isFunctionLikeDeclaration(callable) || Node.isMethodDeclaration(callable))
      for (const p of callable.getParameters()) referredBy(p);
  };
  for (const declarations of exported.values()) {
    for (const d of declarations) {
      if (Node.isFunctionDeclaration(d)) parametersOf(d);
      if (Node.isClassDeclaration(d)) for (const m of d.getMembers()) if (!hidden(m)) parametersOf(m);
    }
  }
  // A given interface's properties and base types are given too; its methods' parameters are what the runtime gives.
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (Node.isInterfaceDeclaration(next)) {
      for (const base of next.getExtends()) referredBy(base);
      for (const property of next.getProperties()) referredBy(property);
    } else if (Node.isTypeAliasDeclaration(next)) referredBy(next);
  }
  return given;
}

const NO_MEMBERS: ReadonlyMap<string, RuntimeMember> = new Map();

/** A declaration under the name it is exported as. */
function partOf(node: Node, name: string): Part {
  const deprecated = deprecationOf(node);
  const plain = (what: string, text: string): Part => ({ what, text, deprecated, members: NO_MEMBERS });
  if (Node.isFunctionDeclaration(node)) return plain('function', `function ${signatures(node, name)}`);
  if (Node.isTypeAliasDeclaration(node))
    return plain('type', `type ${name}${typeParams(node)} = ${print(node.getTypeNodeOrThrow())}`);
  if (Node.isVariableDeclaration(node)) return constantOf(node, name, deprecated);
  if (Node.isClassDeclaration(node))
    return { what: 'class', text: classHeader(node, name), deprecated, members: classMembers(node) };
  if (Node.isInterfaceDeclaration(node)) {
    const extended = node.getExtends().map(print);
    const text = `interface ${name}${typeParams(node)}${extended.length ? ` extends ${extended.join(', ')}` : ''}`;
    return { what: 'interface', text, deprecated, members: interfaceMembers(node) };
  }
  // Enums and namespaces, which the runtime does not have today: their whole text, members and all.
  const what = node.getKindName().replace(/Declaration$/, '');
  return plain(what.toLowerCase(), print(node));
}

/**
 * A constant. One typed `typeof` another declaration (`accept: typeof
 * asyncWrite`, a renamed function kept as an alias) reads as that
 * declaration under its own name, so keeping a name as an alias changes nothing.
 */
function constantOf(node: VariableDeclaration, name: string, deprecated: string | undefined): Part {
  const type = node.getTypeNode();
  if (type && Node.isTypeQuery(type)) {
    const target = type.getExprName().getSymbol()?.getDeclarations()[0];
    // Not through another constant: two that name each other would never end.
    if (target && !Node.isVariableDeclaration(target)) return { ...partOf(target, name), deprecated };
  }
  const init = node.getInitializer();
  const text = `const ${name}${type ? `: ${print(type)}` : init ? ` = ${print(init)}` : ''}`;
  return { what: 'const', text, deprecated, members: NO_MEMBERS };
}

/** The text of the `@deprecated` tag of a declaration (of its statement, for a variable). */
function deprecationOf(node: Node): string | undefined {
  const documented = Node.isVariableDeclaration(node) ? node.getVariableStatement() : node;
  if (!documented || !Node.isJSDocable(documented)) return undefined;
  for (const doc of documented.getJsDocs())
    for (const tag of doc.getTags()) if (tag.getTagName() === 'deprecated') return collapse(tag.getCommentText() ?? '');
  return undefined;
}

/** The type as written, else as the checker infers it from the initializer (`retries = 2`: `number`). */
function typeText(node: ParameterDeclaration | PropertyDeclaration): string {
  const type = node.getTypeNode();
  return type ? print(type) : node.getType().getText(node);
}

/** A parameter as a declaration file shows it: a default makes it optional, and a destructured one names its keys alone. */
function parameterText(p: ParameterDeclaration): string {
  const optional = p.hasQuestionToken() || p.hasInitializer() ? '?' : '';
  const name = p.getNameNode();
  const shown = Node.isObjectBindingPattern(name)
    ? `{ ${name
        .getElements()
        .map((e) => e.getPropertyNameNode()?.getText() ?? e.getName())
        .join(', ')} }`
    : print(name);
  return `${p.isRestParameter() ? '...' : ''}${shown}${optional}: ${typeText(p)}`;
}

type Callable = FunctionDeclaration | MethodDeclaration | MethodSignature | ConstructorDeclaration;

/** `name<T>(a: A, b?: B): R`; each overload of an overloaded one, joined. */
function signatures(node: Callable, name: string): string {
  const overloads = 'getOverloads' in node ? node.getOverloads() : [];
  return (overloads.length ? overloads : [node])
    .map((s) => {
      const returns = s.getReturnTypeNode();
      const head = Node.isConstructorDeclaration(s) ? name : `${name}${typeParams(s)}`;
      return `${head}(${s.getParameters().map(parameterText).join(', ')})${returns ? `: ${print(returns)}` : ''}`;
    })
    .join(' / ');
}

function classHeader(node: ClassDeclaration, name: string): string {
  const base = node.getExtends();
  const implemented = node.getImplements().map(print);
  return [
    `${node.isAbstract() ? 'abstract ' : ''}class ${name}${typeParams(node)}`,
    base ? ` extends ${print(base)}` : '',
    implemented.length ? ` implements ${implemented.join(', ')}` : '',
  ].join('');
}

/** Modifiers that change how a member is used (`static`, `protected`, `readonly`, `abstract`); `override` and `async` do not. */
function modifiers(node: Node): string {
  const kept = [
    SyntaxKind.StaticKeyword,
    SyntaxKind.ProtectedKeyword,
    SyntaxKind.ReadonlyKeyword,
    SyntaxKind.AbstractKeyword,
  ];
  return Node.isModifierable(node)
    ? node
        .getModifiers()
        .filter((m) => kept.includes(m.getKind()))
        .map((m) => `${m.getText()} `)
        .join('')
    : '';
}

/** Private members and static blocks: nothing outside the class reaches them. */
function hidden(m: Node): boolean {
  if (Node.isClassStaticBlockDeclaration(m)) return true;
  return (
    (Node.isModifierable(m) && m.hasModifier(SyntaxKind.PrivateKeyword)) ||
    /^#/.test(Node.hasName(m) ? m.getName() : '')
  );
}

function classMembers(node: ClassDeclaration): Map<string, RuntimeMember> {
  const members = new Map<string, RuntimeMember>();
  const add = (key: string, member: Node, text: string): void =>
    void members.set(key, { text: `${modifiers(member)}${text}`, required: false, deprecated: deprecationOf(member) });
  for (const m of node.getMembers()) {
    if (hidden(m)) continue;
    if (Node.isConstructorDeclaration(m)) {
      add('constructor', m, signatures(m, 'constructor'));
      // Parameter properties (`constructor(readonly id: string)`) are members too.
      for (const p of m.getParameters())
        if (p.isParameterProperty() && !hidden(p)) add(p.getName(), p, parameterText(p));
    } else if (Node.isMethodDeclaration(m)) add(m.getName(), m, signatures(m, m.getName()));
    else if (Node.isPropertyDeclaration(m)) {
      add(m.getName(), m, `${m.getName()}${m.hasQuestionToken() ? '?' : ''}: ${typeText(m)}`);
    } else if (Node.isGetAccessorDeclaration(m)) {
      const type = m.getReturnTypeNode();
      add(m.getName(), m, `get ${m.getName()}()${type ? `: ${print(type)}` : ''}`);
    } else if (Node.isSetAccessorDeclaration(m))
      add(`set ${m.getName()}`, m, `set ${m.getName()}(${m.getParameters().map(parameterText).join(', ')})`);
  }
  return members;
}

function interfaceMembers(node: InterfaceDeclaration): Map<string, RuntimeMember> {
  const members = new Map<string, RuntimeMember>();
  for (const m of node.getMembers()) {
    const optional = (Node.isPropertySignature(m) || Node.isMethodSignature(m)) && m.hasQuestionToken();
    const [key, text] = interfaceMember(m, optional ? '?' : '');
    members.set(key, { text: `${modifiers(m)}${text}`, required: !optional, deprecated: deprecationOf(m) });
  }
  return members;
}

/** A member's key and text; call and construct signatures are keyed by their text, so a changed one reads as removed and added. */
function interfaceMember(m: TypeElementTypes, optional: string): [key: string, text: string] {
  if (Node.isPropertySignature(m)) {
    const type = m.getTypeNode();
    return [m.getName(), `${m.getName()}${optional}: ${type ? print(type) : 'any'}`];
  }
  if (Node.isMethodSignature(m)) return [m.getName(), signatures(m, `${m.getName()}${optional}`)];
  if (Node.isIndexSignatureDeclaration(m)) {
    const key = `[${m.getKeyName()}: ${print(m.getKeyTypeNode())}]`;
    return [key, `${key}: ${print(m.getReturnTypeNodeOrThrow())}`];
  }
  return [print(m), print(m)];
}
