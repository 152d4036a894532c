import { Project, printNode, type MethodDeclaration, type MethodSignature, type Node, type SourceFile } from 'ts-morph';
import { emitApi } from '../emit/emit.ts';
import type { PlannedGroup } from '../plan/plan.ts';
import { tagIndex } from './api.ts';
import type { View } from './view.ts';

export interface ExportedSymbol {
  readonly name: string;
  readonly what: 'type' | 'class' | 'function';
  /** The declaration without comments or bodies, whitespace collapsed. */
  readonly text: string;
  /** Interface members by name (`name?: string`). */
  readonly members?: ReadonlyMap<string, string>;
  readonly pointer: string;
}

export interface Parameter {
  readonly name: string;
  readonly optional: boolean;
  readonly type: string;
}

export interface Signature {
  readonly typeParameters: string;
  readonly parameters: readonly Parameter[];
  readonly returns: string;
}

export interface Method {
  /** `pets.list`: how callers reach it. */
  readonly name: string;
  readonly signatures: readonly Signature[];
  readonly pointer: string;
}

export interface ClientProperty {
  readonly name: string;
  readonly type: string;
  readonly pointer: string;
}

/** What the generated package of one spec offers its users. */
export interface Surface {
  readonly entry: string;
  readonly exports: ReadonlyMap<string, ExportedSymbol>;
  readonly methods: ReadonlyMap<string, Method>;
  readonly properties: ReadonlyMap<string, ClientProperty>;
}

/** Declaration text as the surfaces compare it: one line, no space before a closing brace. */
export const collapse = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*;\s*}/g, ' }')
    .trim();

/** A node as TypeScript prints it, without comments, collapsed. */
export function print(node: Node): string {
  return collapse(printNode(node.compilerNode, node.getSourceFile().compilerNode, { removeComments: true }));
}

/** `<T, U extends X>`, or nothing. */
export function typeParams(node: { getTypeParameters(): Node[] }): string {
  const list = node.getTypeParameters();
  return list.length ? `<${list.map(print).join(', ')}>` : '';
}

/** Runs the pipeline up to emit for one side and reads its exported symbols and method signatures. */
export function surfaceOf(view: View): Surface {
  const { plan, api } = view;
  const sources = emitApi(plan);
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const dir = `src/${api.entry}`;
  const file = (name: string): SourceFile =>
    project.createSourceFile(`${dir}/${name}.ts`, sources.get(`${dir}/${name}.ts`) ?? '', { overwrite: true });
  const pointers = pointersOf(view);
  const exports = new Map<string, ExportedSymbol>();
  const client = file('client');
  // Models live in types.ts, params types beside their operations in the group modules.
  const declaring = [file('types'), ...plan.groups.map((g) => file(g.file))];
  addTypes(exports, declaring, client, pointers);
  const properties = addClient(exports, view, client, pointers);
  const methods = new Map<string, Method>();
  for (const group of plan.groups) addGroup(exports, methods, view, group, file(group.file), pointers);
  return { entry: api.entry, exports, methods, properties };
}

/** Where each exported name comes from in the spec. */
function pointersOf(view: View): Map<string, string> {
  const { plan, api } = view;
  const pointers = new Map<string, string>();
  const modelPointer = (id: string): string => view.canonical(view.model(id)?.pointer ?? '');
  for (const names of [plan.readNames, plan.writeNames, plan.itemNames]) {
    for (const [id, name] of names) pointers.set(name, modelPointer(id));
  }
  for (const group of plan.groups) {
    pointers.set(group.className, groupPointer(view, group));
    for (const op of group.operations) if (op.paramsType) pointers.set(op.paramsType, op.operation.pointer);
  }
  const clientPointer = view.raw('/x-client') === undefined ? '' : '/x-client';
  for (const name of [api.clientName, plan.clientOptionsName, plan.transportOptionsName])
    pointers.set(name, clientPointer);
  return pointers;
}

function groupPointer(view: View, group: PlannedGroup): string {
  return tagIndex(view, group.tag) ?? `${group.operations[0]?.operation.pointer ?? ''}/tags/0`;
}

/** Exported interfaces, member by member, and type aliases. */
function addTypes(
  exports: Map<string, ExportedSymbol>,
  declaring: readonly SourceFile[],
  client: SourceFile,
  pointers: ReadonlyMap<string, string>,
): void {
  for (const i of declaring.flatMap((f) => f.getInterfaces())) {
    if (!i.isExported()) continue;
    const members = new Map<string, string>();
    for (const p of i.getProperties()) {
      const type = p.getTypeNode();
      members.set(
        p.getName(),
        collapse(`${p.getName()}${p.hasQuestionToken() ? '?' : ''}: ${type ? print(type) : 'any'}`),
      );
    }
    for (const s of i.getIndexSignatures()) {
      const key = `[${s.getKeyName()}: ${print(s.getKeyTypeNode())}]`;
      const value = s.getReturnTypeNode();
      members.set(key, `${key}: ${value ? print(value) : 'any'}`);
    }
    const text = `interface ${i.getName()}${typeParams(i)} { ${[...members.values()].join('; ')} }`;
    exports.set(i.getName(), {
      name: i.getName(),
      what: 'type',
      text,
      members,
      pointer: pointers.get(i.getName()) ?? '',
    });
  }
  for (const a of [...declaring.flatMap((f) => f.getTypeAliases()), ...client.getTypeAliases()]) {
    if (!a.isExported()) continue;
    const text = `type ${a.getName()}${typeParams(a)} = ${print(a.getTypeNodeOrThrow())}`;
    exports.set(a.getName(), { name: a.getName(), what: 'type', text, pointer: pointers.get(a.getName()) ?? '' });
  }
}

/** The client class, its transport factory and its resource group properties. */
function addClient(
  exports: Map<string, ExportedSymbol>,
  view: View,
  client: SourceFile,
  pointers: ReadonlyMap<string, string>,
): Map<string, ClientProperty> {
  const { api, plan } = view;
  const properties = new Map<string, ClientProperty>();
  const clientClass = client.getClass(api.clientName);
  if (!clientClass) return properties;
  const pointer = pointers.get(api.clientName) ?? '';
  exports.set(api.clientName, { name: api.clientName, what: 'class', text: `class ${api.clientName}`, pointer });
  const factory = plan.transportFactory;
  exports.set(factory, { name: factory, what: 'function', text: `function ${factory}`, pointer });
  for (const p of clientClass.getProperties()) {
    const type = p.getTypeNode() ? print(p.getTypeNode()!) : 'unknown';
    const group = plan.groups.find((g) => g.className === type);
    properties.set(p.getName(), { name: p.getName(), type, pointer: group ? groupPointer(view, group) : pointer });
  }
  return properties;
}

/** A group's class, its methods' signatures and the functions beside them. */
function addGroup(
  exports: Map<string, ExportedSymbol>,
  methods: Map<string, Method>,
  view: View,
  group: PlannedGroup,
  module: SourceFile,
  pointers: ReadonlyMap<string, string>,
): void {
  const cls = module.getClass(group.className);
  if (!cls) return;
  const classPointer = pointers.get(group.className) ?? '';
  exports.set(group.className, {
    name: group.className,
    what: 'class',
    text: `class ${group.className}`,
    pointer: classPointer,
  });
  const fn = (name: string, pointer: string): void =>
    void exports.set(name, { name, what: 'function', text: `function ${name}`, pointer });
  const opOf = new Map<string, string>();
  // Functions are named by operationId where methods may not be: their names are surface of their own.
  // Their signatures are the methods' with the transport first, so changes to those are reported once, on the method.
  for (const op of group.operations) {
    opOf.set(op.methodName, op.operation.pointer);
    fn(op.functionName, view.canonical(op.operation.pointer));
    if (!op.wait) continue;
    opOf.set(op.wait.method, `${op.operation.pointer}/x-wait`);
    fn(op.wait.function, view.canonical(`${op.operation.pointer}/x-wait`));
  }
  if (group.requestWait) {
    opOf.set(group.requestWait.method, '/x-async-status');
    fn(group.requestWait.function, '/x-async-status');
  }
  for (const m of cls.getMethods()) {
    const overloads = m.getOverloads();
    const signatures = (overloads.length ? overloads : [m]).map(signatureOf);
    const name = `${group.property}.${m.getName()}`;
    methods.set(name, { name, signatures, pointer: view.canonical(opOf.get(m.getName()) ?? classPointer) });
  }
}

function signatureOf(m: MethodDeclaration | MethodSignature): Signature {
  const parameters = m.getParameters().map((p) => ({
    name: p.getName(),
    optional: p.hasQuestionToken() || p.hasInitializer(),
    type: p.getTypeNode() ? print(p.getTypeNode()!) : 'unknown',
  }));
  const returns = m.getReturnTypeNode();
  return { typeParameters: typeParams(m), parameters, returns: returns ? print(returns) : 'void' };
}
