import type { Plan } from '../plan/plan.ts';
import type { PackageIdentity } from './identity.ts';

/** An entry's compiled module and its declarations. */
function exported(folder: string): { types: string; default: string } {
  return { types: `./dist/${folder}/index.d.ts`, default: `./dist/${folder}/index.js` };
}

/**
 * package.json: one export per API and the shared runtime. ESM only, no
 * dependencies and no side effects, so bundlers keep only what an app imports.
 */
export function packageJson(identity: PackageIdentity, plans: readonly Plan[]): object {
  return {
    name: identity.name,
    version: identity.version,
    description: identity.description,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    // The releases the ecosystem suite runs the package on.
    engines: { node: '^20.20.2 || ^22.23.5 || ^24.22.3' },
    exports: {
      ...Object.fromEntries(plans.map((plan) => [`./${plan.api.entry}`, exported(plan.api.entry)])),
      './runtime': exported('runtime'),
      './package.json': './package.json',
    },
    files: ['dist', 'src', 'README.md'],
  };
}

/** tsconfig.json: the settings the package is compiled with, the strictest the README promises its types pass. */
export const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM'],
    types: [],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noPropertyAccessFromIndexSignature: true,
    noImplicitOverride: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    verbatimModuleSyntax: true,
    erasableSyntaxOnly: true,
    isolatedDeclarations: true,
    declaration: true,
    rootDir: 'src',
    outDir: 'dist',
  },
  include: ['src'],
} as const;

/** JSON as the package's files hold it: two-space indent, a final newline. */
export function jsonFile(value: object): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
