import { StructureKind, type ImportDeclarationStructure } from 'ts-morph';
import type { Plan } from '../plan/plan.ts';
import { RUNTIME_EXPORTS } from '../plan/runtime-exports.ts';

/**
 * Imports a module needs, found by looking for known names in its code: the
 * plan guarantees every generated type name is unique, so a name seen is a
 * name used.
 */
export function importsFor(
  plan: Plan,
  structures: unknown,
  { types = true }: { types?: boolean } = {},
): ImportDeclarationStructure[] {
  const used = identifiers(codeOf(structures));
  // Runtime names in statements are values (`new Transport`); elsewhere they are types.
  const values = identifiers(codeOf(structures, 'statements', STATEMENT_KEYS));
  const runtime = RUNTIME_EXPORTS.filter((n) => used.has(n)).sort();
  const exported = exportedTypeNames(plan);
  const typeNames = types ? [...used].filter((n) => exported.has(n)).sort() : [];
  const out: ImportDeclarationStructure[] = [];
  if (runtime.length) {
    out.push({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: '../runtime/index.js',
      ...(runtime.some((n) => values.has(n))
        ? { namedImports: runtime.map((name) => (values.has(name) ? name : { name, isTypeOnly: true })) }
        : { isTypeOnly: true, namedImports: runtime }),
    });
  }
  // Shared parameter specs are reached as `shared.x`, so their names never meet a module's own.
  if (used.has('shared')) out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: './parameters.js', namespaceImport: 'shared' });
  if (typeNames.length) out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: './types.js', isTypeOnly: true, namedImports: typeNames });
  return out;
}

/** Every type name types.ts exports (the models; params types live in their group's module). */
function exportedTypeNames(plan: Plan): ReadonlySet<string> {
  let names = exportedNames.get(plan);
  if (!names) exportedNames.set(plan, (names = new Set(allTypeNames(plan))));
  return names;
}

/** Computed once per plan: a module asks for every one of its imports. */
const exportedNames = new WeakMap<Plan, ReadonlySet<string>>();

function allTypeNames(plan: Plan): string[] {
  return [
    ...plan.readNames.values(),
    ...plan.writeNames.values(),
    ...plan.itemNames.values(),
  ];
}

/** Keys of ts-morph structures that hold code; docs and trivia are prose and skipped. */
const CODE_KEYS: ReadonlySet<string> = new Set(['type', 'returnType', 'constraint', 'default', 'statements', 'initializer', 'keyType']);
const STATEMENT_KEYS: ReadonlySet<string> = new Set(['statements', 'initializer']);

/** The code inside structures (under the given keys), for `importsFor` to scan. */
function codeOf(value: unknown, key = 'statements', keys: ReadonlySet<string> = CODE_KEYS): string {
  if (typeof value === 'string') return keys.has(key) ? value : '';
  if (Array.isArray(value)) return value.map((v) => codeOf(v, key, keys)).join('\n');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .filter(([k]) => k !== 'docs' && k !== 'leadingTrivia' && k !== 'trailingTrivia')
      .map(([k, v]) => codeOf(v, k, keys))
      .join('\n');
  }
  return '';
}

/**
 * Identifiers in code; comments and string literals left out: they hold prose,
 * paths and names from the spec. So are the keys of object and type literals
 * (`{ accept: shared.accept }`, `{ a: string;\n Driver?: string }`), which
 * are parameter and property names, not uses.
 */
function identifiers(code: string): Set<string> {
  // One pass, left to right, so a `//` inside a string is not taken for a comment, nor a quote inside a comment for a string.
  const bare = code
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ' ')
    .replace(/([{,;]\s*(?:readonly\s+)?)[A-Za-z_$][\w$]*\s*\??:/g, '$1');
  return new Set(bare.match(/[A-Za-z_$][\w$]*/g) ?? []);
}
