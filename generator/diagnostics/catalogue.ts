import type { Severity } from './diagnostic.ts';

interface Entry {
  /** Severity under the strict profile (the curated specs). */
  readonly severity: Severity;
  /** Severity for documents from elsewhere, where it differs: the generator can read what was meant and go on. */
  readonly lenient?: Severity;
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
    help: 'The file is not well-formed YAML or JSON: a bracket or quote never closed, a line indented to no level, a tab in the indentation, a key given twice, a comma missing or left over in JSON. Each mistake is one finding, at the place it was made; a note gives the place the parser noticed it. A `.json` file is read as strict JSON.',
  },
  'file-unreadable': {
    severity: 'error',
    help: 'A spec file, or a file a `$ref` points into, cannot be read.',
  },
  'openapi-version': {
    severity: 'error',
    help: 'The document names no version the generator reads: it takes `openapi: 3.0.x`, `openapi: 3.1.x` and `swagger: "2.0"`.',
  },
  'openapi-schema': {
    severity: 'error',
    lenient: 'warning',
    help: 'The document breaks the official schema of its version (OpenAPI 3.0, 3.1 or Swagger 2.0): a required field is missing, a value has the wrong type, or a key is not allowed there.',
  },
  'ref-unresolved': {
    severity: 'error',
    lenient: 'warning',
    help: 'A `$ref` points at nothing: the file or the JSON pointer inside it does not exist.',
  },
  'ref-cycle': {
    severity: 'error',
    lenient: 'warning',
    help: 'A `$ref` points, directly or through other references, at itself without any schema in between.',
  },
  'operation-id-missing': {
    severity: 'warning',
    help: 'An operation has no `operationId`; one is derived from method and path. Add an explicit one so method names stay stable.',
  },
  'operation-id-duplicate': {
    severity: 'error',
    lenient: 'warning',
    help: 'Two operations share an `operationId`. Operation ids name generated methods and must be unique.',
  },
  'operation-untagged': {
    severity: 'error',
    lenient: 'warning',
    help: 'An operation has no tag. Tags make the resource groups of the client; give each operation exactly one.',
  },
  'operation-multiple-tags': {
    severity: 'warning',
    help: 'An operation has more than one tag; it is generated in the group of its first tag only.',
  },
  'responses-missing': {
    severity: 'error',
    lenient: 'warning',
    help: 'An operation declares no responses, so its result cannot be typed.',
  },
  'success-response-missing': {
    severity: 'warning',
    help: 'An operation declares no 2xx response; its result is typed as `void`.',
  },
  'path-param-undeclared': {
    severity: 'error',
    lenient: 'warning',
    help: 'The path template names a `{parameter}` that the operation does not declare with `in: path`.',
  },
  'path-param-not-in-template': {
    severity: 'error',
    lenient: 'warning',
    help: 'The operation declares an `in: path` parameter that its path template does not contain.',
  },
  'path-param-optional': {
    severity: 'error',
    lenient: 'warning',
    help: 'A path parameter must be `required: true` (OpenAPI 3.0, Parameter Object).',
  },
  'parameter-duplicate': {
    severity: 'error',
    lenient: 'warning',
    help: 'The same parameter (name and location) is declared twice on one operation.',
  },
  'method-name-invalid': {
    severity: 'error',
    lenient: 'warning',
    help: '`x-method` must be a camelCase identifier that is not a reserved word.',
  },
  'method-name-duplicate': {
    severity: 'error',
    lenient: 'warning',
    help: 'Two operations of one tag would get the same method name (`x-method` or `operationId`).',
  },
  'correlation-id-missing': {
    severity: 'error',
    lenient: 'warning',
    help: 'The document declares a correlation-id header (`x-correlation-id: true`) but this operation does not take it.',
  },
  'async-unmarked': {
    severity: 'error',
    lenient: 'warning',
    help: 'The document declares `x-async-status`, and this write answers 202 without an `x-async` extension.',
  },
  'extension-invalid': {
    severity: 'error',
    lenient: 'warning',
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
  'read-as-meant': {
    severity: 'warning',
    help: 'A common deviation from the OpenAPI schema (a lower-case `4xx` response key, `null` where a text belongs) was read as its author meant. Only documents outside the strict profile are read so; the count and the first place are given.',
  },
  'generation-failed': {
    severity: 'error',
    help: 'The spec passed validation but its code could not be generated; the message names the stage and, where known, the pointer of what caused it. Nothing was written. Please report it with the spec.',
  },
  'unsupported-feature': {
    severity: 'warning',
    help: 'The document uses a construct the generator does not turn into code (for example cookie parameters or callbacks); it is skipped and the rest is generated.',
  },
} as const satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof CATALOGUE;
