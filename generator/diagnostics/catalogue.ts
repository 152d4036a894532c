import type { Severity } from './diagnostic.ts';

interface Entry {
  readonly severity: Severity;
  /** What the finding means and how to fix it; rendered into the README's catalogue. */
  readonly help: string;
}

/**
 * Every diagnostic the generator can report. Codes are stable: tools and
 * reviewers may match on them, so a code is never reused for another meaning.
 */
export const CATALOGUE = {
  'yaml-syntax': {
    severity: 'error',
    help: 'The file is not well-formed YAML or JSON (bad indentation, unclosed bracket, duplicate key). Fix the syntax at the position given.',
  },
  'file-unreadable': {
    severity: 'error',
    help: 'A spec file, or a file a `$ref` points into, cannot be read.',
  },
  'openapi-version': {
    severity: 'error',
    help: 'The document is not OpenAPI 3.0.x. Only `openapi: 3.0.0` to `3.0.3` documents are supported.',
  },
  'openapi-schema': {
    severity: 'error',
    help: 'The document breaks the OpenAPI 3.0 schema: a required field is missing, a value has the wrong type, or a key is not allowed there.',
  },
  'ref-unresolved': {
    severity: 'error',
    help: 'A `$ref` points at nothing: the file or the JSON pointer inside it does not exist.',
  },
  'ref-cycle': {
    severity: 'error',
    help: 'A `$ref` points, directly or through other references, at itself without any schema in between.',
  },
  'operation-id-missing': {
    severity: 'warning',
    help: 'An operation has no `operationId`; one is derived from method and path. Add an explicit one so method names stay stable.',
  },
  'operation-id-duplicate': {
    severity: 'error',
    help: 'Two operations share an `operationId`. Operation ids name generated methods and must be unique.',
  },
  'operation-untagged': {
    severity: 'error',
    help: 'An operation has no tag. Tags make the resource groups of the client; give each operation exactly one.',
  },
  'operation-multiple-tags': {
    severity: 'warning',
    help: 'An operation has more than one tag; it is generated in the group of its first tag only.',
  },
  'responses-missing': {
    severity: 'error',
    help: 'An operation declares no responses, so its result cannot be typed.',
  },
  'success-response-missing': {
    severity: 'warning',
    help: 'An operation declares no 2xx response; its result is typed as `void`.',
  },
  'path-param-undeclared': {
    severity: 'error',
    help: 'The path template names a `{parameter}` that the operation does not declare with `in: path`.',
  },
  'path-param-not-in-template': {
    severity: 'error',
    help: 'The operation declares an `in: path` parameter that its path template does not contain.',
  },
  'path-param-optional': {
    severity: 'error',
    help: 'A path parameter must be `required: true` (OpenAPI 3.0, Parameter Object).',
  },
  'parameter-duplicate': {
    severity: 'error',
    help: 'The same parameter (name and location) is declared twice on one operation.',
  },
  'method-name-invalid': {
    severity: 'error',
    help: '`x-method` must be a camelCase identifier that is not a reserved word.',
  },
  'method-name-duplicate': {
    severity: 'error',
    help: 'Two operations of one tag would get the same method name (`x-method` or `operationId`).',
  },
  'correlation-id-missing': {
    severity: 'error',
    help: 'The document declares a correlation-id header (`x-correlation-id: true`) but this operation does not take it.',
  },
  'async-unmarked': {
    severity: 'error',
    help: 'The document declares `x-async-status`, and this write answers 202 without an `x-async` extension.',
  },
  'extension-invalid': {
    severity: 'error',
    help: 'A vendor extension (`x-pagination`, `x-wait`, `x-async`, `x-async-status`, `x-depth`, `x-client`, `x-correlation-id`, `x-client-option`, `x-method`) is malformed; the message says which field.',
  },
  'entry-duplicate': {
    severity: 'error',
    help: 'Two specs generate the same package entry (`PACKAGE/NAME`). Give one another entry: `entry` of its spec in clientgen.config.json, or `x-client.entry`.',
  },
  'package-version-invalid': {
    severity: 'warning',
    help: 'The package takes its version from `info.version`, which is not a semantic version (such as `1.2.0`); the package is `0.0.0`. Give the version with `--package-version` or `package.version` in clientgen.config.json.',
  },
  'schema-self-alias': {
    severity: 'warning',
    help: 'A schema is defined only through itself (`A: oneOf [B]`, `B: allOf [A]`) with no object or array in between. It constrains nothing and is typed `unknown`.',
  },
  'unsupported-feature': {
    severity: 'warning',
    help: 'The document uses a construct the generator does not turn into code (for example cookie parameters or callbacks); it is skipped and the rest is generated.',
  },
} as const satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof CATALOGUE;
