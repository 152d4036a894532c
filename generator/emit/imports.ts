import { StructureKind, type ImportDeclarationStructure } from 'ts-morph';
import { RUNTIME_EXPORTS } from '../plan/runtime-exports.ts';

/** The runtime, as the modules of an API reach it. */
export const RUNTIME = '../runtime/index.js';
/** types.ts of an API: its models. */
export const MODELS = './types.js';
/** parameters.ts of an API: parameter specs several operations share, reached as `shared.name`. */
const SHARED = './parameters.js';
export const SHARED_NAMESPACE = 'shared';

const EXPORTED: ReadonlySet<string> = new Set(RUNTIME_EXPORTS);

/**
 * The imports of one generated module, recorded by the emitters where they
 * write a name another module exports: each use says what it is (a type or
 * a value) and where it comes from, and returns the name to write. A name
 * used as a value anywhere is imported as one. Nothing reads the printed
 * code, so a name in a string, a comment or a key is never taken for a use.
 */
export class Imports {
  /** Names by module specifier, each true when some use is a value. */
  private readonly named = new Map<string, Map<string, boolean>>();
  private namespace = false;

  /** `self` is the module's own specifier: what it declares needs no import (types.ts naming its models). */
  constructor(private readonly self?: string) {}

  /** A name used in a type position: `Transport` as a parameter's type. */
  type(name: string, from: string): string {
    return this.add(name, from, false);
  }

  /** A name used as a value: `paginate(...)`, `new Transport(...)`; importing it as a value serves its type uses too. */
  value(name: string, from: string): string {
    return this.add(name, from, true);
  }

  /** A shared parameter spec, `shared.name`, through the namespace import of parameters.ts. */
  shared(name: string): string {
    this.namespace = true;
    return `${SHARED_NAMESPACE}.${name}`;
  }

  /** Takes over what another collector recorded: a type printed aside and then used. */
  addAll(other: Imports): void {
    for (const [from, names] of other.named) for (const [name, isValue] of names) this.add(name, from, isValue);
    this.namespace ||= other.namespace;
  }

  /**
   * The import declarations: the runtime's, the shared namespace, the
   * models, then other modules in the order first used; names sorted within
   * each, and a declaration of types only imported as `import type`.
   */
  declarations(): ImportDeclarationStructure[] {
    const others = [...this.named.keys()].filter((from) => from !== RUNTIME && from !== MODELS);
    return [
      ...this.declaration(RUNTIME),
      ...(this.namespace
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: SHARED,
              namespaceImport: SHARED_NAMESPACE,
            },
          ]
        : []),
      ...this.declaration(MODELS),
      ...others.flatMap((from) => this.declaration(from)),
    ];
  }

  private add(name: string, from: string, isValue: boolean): string {
    // A name the runtime does not export would be a generator bug that only the compiler would catch, far from here.
    if (from === RUNTIME && !EXPORTED.has(name)) throw new Error(`the runtime exports no "${name}"`);
    if (from === this.self) return name;
    const names = this.named.get(from) ?? new Map<string, boolean>();
    names.set(name, isValue || names.get(name) === true);
    this.named.set(from, names);
    return name;
  }

  private declaration(from: string): ImportDeclarationStructure[] {
    const names = this.named.get(from);
    if (!names) return [];
    const sorted = [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const base = { kind: StructureKind.ImportDeclaration as const, moduleSpecifier: from };
    if (!sorted.some(([, isValue]) => isValue))
      return [{ ...base, isTypeOnly: true, namedImports: sorted.map(([name]) => name) }];
    return [{ ...base, namedImports: sorted.map(([name, isValue]) => (isValue ? name : { name, isTypeOnly: true })) }];
  }
}
