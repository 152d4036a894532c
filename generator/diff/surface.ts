import { Project, printNode, type MethodDeclaration, type Node, type MethodSignature } from 'ts-morph';
import { emitApi } from '../emit/emit.ts';
import type { SurfaceKind } from './kinds.ts';
import { shapeOf } from './types.ts';
import type { View } from './view.ts';

/** What a surface item does to users: breaks them, adds something, or changes something the spec items judge. */
export type Impact = 'breaking' | 'addition' | 'change';

export interface SurfaceChange {
  readonly kind: SurfaceKind;
  readonly pointer: string;
  readonly side: 'old' | 'new';
  readonly message: string;
  readonly impact: Impact;
}

interface ExportedSymbol {
  readonly name: string;
  readonly what: 'type' | 'class' | 'function';
  /** The declaration without comments or bodies, whitespace collapsed. */
  readonly text: string;
  /** Interface members by name (`name?: string`). */
  readonly members?: ReadonlyMap<string, string>;
  readonly pointer: string;
}

interface Parameter {
  readonly name: string;
  readonly optional: boolean;
  readonly type: string;
}

interface Signature {
  readonly typeParameters: string;
  readonly parameters: readonly Parameter[];
  readonly returns: string;
}

interface Method {
  /** `pets.list`: how callers reach it. */
  readonly name: string;
  readonly signatures: readonly Signature[];
  readonly pointer: string;
}

interface ClientProperty {
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

const collapse = (text: string): string => text.replace(/\s+/g, ' ').replace(/\s*;\s*}/g, ' }').trim();

function print(node: Node): string {
  return collapse(printNode(node.compilerNode, node.getSourceFile().compilerNode, { removeComments: true }));
}

function typeParams(node: { getTypeParameters(): Node[] }): string {
  const list = node.getTypeParameters();
  return list.length ? `<${list.map(print).join(', ')}>` : '';
}

/** Runs the pipeline up to emit for one side and reads its exported symbols and method signatures. */
export function surfaceOf(view: View): Surface {
  const { plan, api } = view;
  const sources = emitApi(plan);
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const dir = `src/${api.entry}`;
  const file = (name: string) => project.createSourceFile(`${dir}/${name}.ts`, sources.get(`${dir}/${name}.ts`) ?? '', { overwrite: true });

  // Where each exported name comes from in the spec.
  const pointers = new Map<string, string>();
  const modelPointer = (id: string): string => view.canonical(view.model(id)?.pointer ?? '');
  for (const [id, name] of plan.readNames) pointers.set(name, modelPointer(id));
  for (const [id, name] of plan.writeNames) pointers.set(name, modelPointer(id));
  for (const [id, name] of plan.itemNames) pointers.set(name, modelPointer(id));
  const tags = view.raw('/tags');
  const groupPointer = new Map<string, string>();
  for (const group of plan.groups) {
    const i = Array.isArray(tags) ? tags.findIndex((t) => (t as { name?: unknown } | null)?.name === group.tag) : -1;
    const first = group.operations[0]?.operation.pointer ?? '';
    groupPointer.set(group.className, i === -1 ? `${first}/tags/0` : `/tags/${i}`);
    pointers.set(group.className, groupPointer.get(group.className)!);
    for (const op of group.operations) if (op.paramsType) pointers.set(op.paramsType, op.operation.pointer);
  }
  const clientPointer = view.raw('/x-client') === undefined ? '' : '/x-client';
  pointers.set(api.clientName, clientPointer);
  pointers.set(plan.clientOptionsName, clientPointer);
  pointers.set(plan.transportOptionsName, clientPointer);

  const exports = new Map<string, ExportedSymbol>();
  const types = file('types');
  // Models live in types.ts, params types beside their operations in the group modules.
  const declaring = [types, ...plan.groups.map((g) => file(g.file))];
  for (const i of declaring.flatMap((f) => f.getInterfaces())) {
    if (!i.isExported()) continue;
    const members = new Map<string, string>();
    for (const p of i.getProperties()) members.set(p.getName(), collapse(`${p.getName()}${p.hasQuestionToken() ? '?' : ''}: ${p.getTypeNode() ? print(p.getTypeNode()!) : 'any'}`));
    for (const s of i.getIndexSignatures()) {
      const key = `[${s.getKeyName()}: ${print(s.getKeyTypeNode())}]`;
      const value = s.getReturnTypeNode();
      members.set(key, `${key}: ${value ? print(value) : 'any'}`);
    }
    const text = `interface ${i.getName()}${typeParams(i)} { ${[...members.values()].join('; ')} }`;
    exports.set(i.getName(), { name: i.getName(), what: 'type', text, members, pointer: pointers.get(i.getName()) ?? '' });
  }
  const client = file('client');
  for (const a of [...declaring.flatMap((f) => f.getTypeAliases()), ...client.getTypeAliases()]) {
    if (!a.isExported()) continue;
    exports.set(a.getName(), { name: a.getName(), what: 'type', text: `type ${a.getName()}${typeParams(a)} = ${print(a.getTypeNodeOrThrow())}`, pointer: pointers.get(a.getName()) ?? '' });
  }

  const properties = new Map<string, ClientProperty>();
  const clientClass = client.getClass(api.clientName);
  if (clientClass) {
    exports.set(api.clientName, { name: api.clientName, what: 'class', text: `class ${api.clientName}`, pointer: clientPointer });
    exports.set(plan.transportFactory, { name: plan.transportFactory, what: 'function', text: `function ${plan.transportFactory}`, pointer: clientPointer });
    for (const p of clientClass.getProperties()) {
      const type = p.getTypeNode() ? print(p.getTypeNode()!) : 'unknown';
      properties.set(p.getName(), { name: p.getName(), type, pointer: groupPointer.get(type) ?? clientPointer });
    }
  }

  const methods = new Map<string, Method>();
  for (const group of plan.groups) {
    const cls = file(group.file).getClass(group.className);
    if (!cls) continue;
    exports.set(group.className, { name: group.className, what: 'class', text: `class ${group.className}`, pointer: groupPointer.get(group.className) ?? '' });
    const opOf = new Map<string, string>();
    for (const op of group.operations) {
      opOf.set(op.methodName, op.operation.pointer);
      if (op.wait) opOf.set(op.wait.method, `${op.operation.pointer}/x-wait`);
    }
    if (group.requestWait) opOf.set(group.requestWait.method, '/x-async-status');
    // Functions are named by operationId where methods may not be: their names are surface of their own.
    // Their signatures are the methods' with the transport first, so changes to those are reported once, on the method.
    for (const op of group.operations) {
      exports.set(op.functionName, { name: op.functionName, what: 'function', text: `function ${op.functionName}`, pointer: view.canonical(op.operation.pointer) });
      if (op.wait) exports.set(op.wait.function, { name: op.wait.function, what: 'function', text: `function ${op.wait.function}`, pointer: view.canonical(`${op.operation.pointer}/x-wait`) });
    }
    if (group.requestWait) exports.set(group.requestWait.function, { name: group.requestWait.function, what: 'function', text: `function ${group.requestWait.function}`, pointer: '/x-async-status' });
    for (const m of cls.getMethods()) {
      const overloads = m.getOverloads();
      const signatures = (overloads.length ? overloads : [m]).map(signatureOf);
      const name = `${group.property}.${m.getName()}`;
      methods.set(name, { name, signatures, pointer: view.canonical(opOf.get(m.getName()) ?? groupPointer.get(group.className) ?? '') });
    }
  }
  return { entry: api.entry, exports, methods, properties };
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

function signatureText(name: string, s: Signature): string {
  return `${name}${s.typeParameters}(${s.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`).join(', ')}): ${s.returns}`;
}

function methodText(m: Method): string {
  return m.signatures.map((s) => `\`${signatureText(m.name, s)}\``).join(' / ');
}

/** Whether a new signature accepts every call the old one did and returns the same. */
function widens(a: Signature, b: Signature): boolean {
  if (a.returns !== b.returns || a.typeParameters !== b.typeParameters || b.parameters.length < a.parameters.length) return false;
  const same = a.parameters.every((p, i) => {
    const q = b.parameters[i]!;
    return p.name === q.name && p.type === q.type && (q.optional || !p.optional);
  });
  return same && b.parameters.slice(a.parameters.length).every((q) => q.optional);
}

function short(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * How the generated package changes: exported symbols, client properties and
 * method signatures added, removed or changed, and component schemas renamed.
 */
export function diffSurfaces(a: View | undefined, sa: Surface | undefined, b: View | undefined, sb: Surface | undefined): SurfaceChange[] {
  const out: SurfaceChange[] = [];
  const add = (kind: SurfaceKind, pointer: string, side: 'old' | 'new', message: string, impact: Impact): void => {
    out.push({ kind, pointer, side, message, impact });
  };
  const oldExports = sa?.exports ?? new Map<string, ExportedSymbol>();
  const newExports = sb?.exports ?? new Map<string, ExportedSymbol>();

  // Renamed component schemas: gone under one name, added under another, with the same shape.
  if (a && b) {
    const added = b.api.models.filter((m) => !a.api.models.some((x) => x.name === m.name));
    const taken = new Set<string>();
    for (const m of a.api.models) {
      if (b.api.models.some((x) => x.name === m.name)) continue;
      const shape = shapeOf(m.type, a);
      const matches = added.filter((n) => !taken.has(n.id) && shapeOf(n.type, b) === shape);
      if (matches.length !== 1) continue;
      const n = matches[0]!;
      taken.add(n.id);
      const from = a.typeName(m.id);
      const to = b.typeName(n.id);
      add('type-renamed', b.canonical(n.pointer), 'new', `component schema \`${m.name}\` renamed to \`${n.name}\` with the same shape: exported type \`${from}\` is now \`${to}\`; code importing \`${from}\` breaks`, 'breaking');
    }
  }

  for (const [name, s] of oldExports) {
    if (!newExports.has(name)) add('export-removed', s.pointer, 'old', `${s.what} \`${name}\` removed: imports of it break`, 'breaking');
  }
  for (const [name, s] of newExports) {
    const old = oldExports.get(name);
    if (!old) {
      add('export-added', s.pointer, 'new', `${s.what} \`${name}\` added`, 'addition');
      continue;
    }
    if (old.text === s.text) continue;
    if (old.members && s.members) {
      const removed = [...old.members.keys()].filter((k) => !s.members!.has(k));
      const gained = [...s.members.keys()].filter((k) => !old.members!.has(k));
      const changed = [...s.members.keys()].filter((k) => old.members!.has(k) && old.members!.get(k) !== s.members!.get(k));
      const parts = [
        gained.length ? `added ${gained.map((k) => `\`${s.members!.get(k)}\``).join(', ')}` : '',
        removed.length ? `removed ${removed.map((k) => `\`${old.members!.get(k)}\``).join(', ')}` : '',
        changed.length ? `changed ${changed.map((k) => `\`${old.members!.get(k)}\` to \`${s.members!.get(k)}\``).join(', ')}` : '',
      ].filter(Boolean);
      const onlyOptionalAdded = !removed.length && !changed.length && gained.every((k) => /^[^:]*\?:/.test(s.members!.get(k)!));
      const header = old.text.split('{')[0] === s.text.split('{')[0] ? '' : `declared as \`${short(s.text.split(' {')[0]!)}\` (was \`${short(old.text.split(' {')[0]!)}\`)`;
      add('export-changed', s.pointer, 'new', `type \`${name}\` changed: ${[header, ...parts].filter(Boolean).join('; ')}`, onlyOptionalAdded && !header ? 'addition' : 'change');
    } else {
      add('export-changed', s.pointer, 'new', `type \`${name}\` changed from \`${short(old.text)}\` to \`${short(s.text)}\``, 'change');
    }
  }

  const oldProps = sa?.properties ?? new Map<string, ClientProperty>();
  const newProps = sb?.properties ?? new Map<string, ClientProperty>();
  const oldClient = a?.api.clientName ?? 'client';
  const newClient = b?.api.clientName ?? 'client';
  for (const [name, p] of oldProps) {
    if (!newProps.has(name)) add('client-property-removed', p.pointer, 'old', `client property \`${oldClient}.${name}: ${p.type}\` removed: code reaching the group through it breaks`, 'breaking');
  }
  for (const [name, p] of newProps) {
    const old = oldProps.get(name);
    if (!old) add('client-property-added', p.pointer, 'new', `client property \`${newClient}.${name}: ${p.type}\` added`, 'addition');
    else if (old.type !== p.type) add('client-property-changed', p.pointer, 'new', `client property \`${newClient}.${name}\` changed from \`${old.type}\` to \`${p.type}\``, 'breaking');
  }

  const oldMethods = sa?.methods ?? new Map<string, Method>();
  const newMethods = sb?.methods ?? new Map<string, Method>();
  for (const [name, m] of oldMethods) {
    if (!newMethods.has(name)) add('method-removed', m.pointer, 'old', `method ${methodText(m)} removed`, 'breaking');
  }
  for (const [name, m] of newMethods) {
    const old = oldMethods.get(name);
    if (!old) {
      add('method-added', m.pointer, 'new', `method ${methodText(m)} added`, 'addition');
      continue;
    }
    if (methodText(old) === methodText(m)) continue;
    const safe = old.signatures.length === m.signatures.length && old.signatures.every((s, i) => widens(s, m.signatures[i]!));
    add('signature-changed', m.pointer, 'new', `method \`${name}\` changed from ${methodText(old)} to ${methodText(m)}${safe ? ': it accepts every call it did' : ''}`, safe ? 'addition' : 'breaking');
  }
  return out;
}
