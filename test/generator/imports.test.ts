import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { generate } from '../helpers/generate.ts';
import { typecheck, writeFiles } from '../helpers/typecheck.ts';

/** Each import declaration of a module, as `from: name, type name, * as name`. */
function importsOf(text: string): string[] {
  const file = new Project({ useInMemoryFileSystem: true }).createSourceFile('module.ts', text);
  return file.getImportDeclarations().map((d) => {
    const names = d
      .getNamedImports()
      .map((n) => (n.isTypeOnly() || d.isTypeOnly() ? `type ${n.getName()}` : n.getName()));
    const namespace = d.getNamespaceImport();
    return `${d.getModuleSpecifierValue()}: ${namespace ? `* as ${namespace.getText()}` : names.join(', ')}`;
  });
}

/**
 * A spec whose parameters, tags, client options and property keys are named
 * like runtime exports (`accept`, `paginate`, `Transport`, `uuid`), like the
 * shared parameters namespace (`shared`) or like a model, and whose prose,
 * enum values and defaults name models: none of these is a use, and a module
 * imports exactly what its code refers to.
 */
describe('the imports of a generated module', async () => {
  const { files, diagnostics } = await generate(['test/fixtures/specs/names.yaml']);
  const module = (name: string): string[] => importsOf(files!.get(`src/names/${name}.ts`)!);

  it('generates', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(files).toBeDefined();
  });

  it('are what the code uses, no more (the package compiles with noUnusedLocals)', () => {
    expect(typecheck(writeFiles(files!))).toEqual([]);
  });

  it('are listed exactly, by module', () => {
    expect(module('types')).toEqual([]);
    expect(module('parameters')).toEqual(['../runtime/index.js: type ParameterSpec']);
    expect(module('accept')).toEqual([
      '../runtime/index.js: type ApiPromise, type OperationSpec, type RequestOptions, type Transport',
      './parameters.js: * as shared',
      './types.js: type Widget',
    ]);
    expect(module('shared')).toEqual([
      '../runtime/index.js: type ApiPromise, type OperationSpec, type RequestOptions, type Transport',
      './parameters.js: * as shared',
    ]);
    expect(module('client')).toEqual([
      '../runtime/index.js: type Auth, type ClientOptions, type TokenProvider, Transport, type TransportOptions, bearerAuth, createLog',
      './accept.js: AcceptApi',
      './shared.js: SharedApi',
    ]);
  });
});
