import type { KindEntry } from './kinds.ts';

/** The kinds of change to the spec itself (see `DIFF_KINDS`). */
export const SPEC_KINDS = {
  // Operations and paths
  'path-removed': {
    section: 'spec',
    breaks: 'always',
    help: 'A path and every operation on it are gone; their methods disappear from the client.',
  },
  'operation-removed': {
    section: 'spec',
    breaks: 'always',
    help: 'An operation is gone; its method disappears from the client.',
  },
  'operation-added': {
    section: 'spec',
    breaks: 'never',
    adds: true,
    help: 'A new operation, and with it a new method.',
  },
  'operation-renamed': {
    section: 'spec',
    breaks: 'always',
    help: 'The `operationId` changed. It names the params type (`<OperationId>Params`), the function (`<operationId>`) and, without `x-method`, the method. When all of them keep their names (`get_pet` to `getPet`), nothing in the generated code changes.',
  },
  'method-renamed': {
    section: 'spec',
    breaks: 'always',
    help: '`x-method` changed, so the generated method has another name.',
  },
  'endpoint-changed': {
    section: 'spec',
    breaks: 'always',
    help: 'The operation (same `operationId`) moved to another HTTP method or path: requests go elsewhere, and the old path is gone.',
  },
  'tag-renamed': {
    section: 'spec',
    breaks: 'always',
    help: 'Every operation of a tag moved to a new tag: the client property and the group class are renamed. A tag renamed only in case or spacing (`Data Centers` to `Data centers`) may keep both names: then nothing in the generated code changes.',
  },
  'tag-changed': {
    section: 'spec',
    breaks: 'always',
    help: "An operation's tag changed: its method moves to another group (`client.<group>`), unless both tags generate the same group.",
  },
  // Parameters
  'parameter-removed': {
    section: 'spec',
    breaks: 'always',
    help: 'A parameter is gone: callers that pass it no longer compile.',
  },
  'parameter-required': {
    section: 'spec',
    breaks: 'always',
    help: 'A required parameter was added, or an optional one became required: existing calls lack it.',
  },
  'parameter-added': { section: 'spec', breaks: 'never', adds: true, help: 'A new optional parameter.' },
  'parameter-optional': { section: 'spec', breaks: 'never', help: 'A required parameter became optional.' },
  'serialization-changed': {
    section: 'spec',
    breaks: 'never',
    help: "A parameter's `style` or `explode` changed: the client sends it differently, callers write the same code.",
  },
  // Request bodies
  'request-body-removed': {
    section: 'spec',
    breaks: 'always',
    help: 'The operation no longer takes a request body: callers that pass `body` no longer compile.',
  },
  'request-body-required': {
    section: 'spec',
    breaks: 'always',
    help: 'A required request body was added, or an optional one became required.',
  },
  'request-body-added': { section: 'spec', breaks: 'never', adds: true, help: 'An optional request body was added.' },
  'request-body-optional': { section: 'spec', breaks: 'never', help: 'A required request body became optional.' },
  'media-type-changed': {
    section: 'spec',
    breaks: 'always',
    help: 'A request or response body changed its media type (for example JSON to form data).',
  },
  // Responses
  'response-removed': {
    section: 'spec',
    breaks: 'always',
    help: 'A response status is gone: code handling it (and, for a success status, its result type) changes.',
  },
  'success-response-added': {
    section: 'spec',
    breaks: 'always',
    help: "A new 2xx response whose body differs from the existing ones: the method's result type gains a variant readers must handle.",
  },
  'response-added': {
    section: 'spec',
    breaks: 'never',
    adds: true,
    help: 'A new error response, or a success response with a body type the result already has.',
  },
  'response-body-added': {
    section: 'spec',
    breaks: 'never',
    adds: true,
    help: 'A response that had no body now has one.',
  },
  'header-removed': {
    section: 'spec',
    breaks: 'always',
    help: 'A response header is gone: readers relying on it break.',
  },
  'header-added': { section: 'spec', breaks: 'never', adds: true, help: 'A new response header.' },
  // Schemas (reported where the schema is written: a component schema once, whatever uses it)
  'property-removed': {
    section: 'spec',
    breaks: 'always',
    help: 'A property is gone: readers lose it, and callers that send it no longer compile (excess property).',
  },
  'property-added': {
    section: 'spec',
    breaks: 'never',
    adds: true,
    help: 'A new optional property, or a required property in a response only (readers just get more).',
  },
  'required-property-added': {
    section: 'spec',
    breaks: 'request',
    adds: true,
    help: 'A new required property. In a request, existing calls lack it; in a response, readers just get more.',
  },
  'property-required': {
    section: 'spec',
    breaks: 'request',
    help: 'An optional property became required. Callers must now send it; readers only get a stronger promise.',
  },
  'property-optional': {
    section: 'spec',
    breaks: 'response',
    help: 'A required property became optional. Readers must now handle its absence; callers may just omit it.',
  },
  'nullable-added': {
    section: 'spec',
    breaks: 'response',
    help: 'A value may now be `null`. Readers must handle it; callers may just send it.',
  },
  'nullable-removed': {
    section: 'spec',
    breaks: 'request',
    help: 'A value may no longer be `null`. Callers that send `null` break; readers only get a stronger promise.',
  },
  'type-changed': {
    section: 'spec',
    breaks: 'always',
    help: 'A type changed (for example string to integer, an object to an array, an enum to a plain string, a body removed). `number` to `integer` and back generate the same TypeScript (`number`), so they change nothing in the generated code.',
  },
  'format-changed': {
    section: 'spec',
    breaks: 'never',
    help: "A `format` that only describes the value changed, was added or removed: a number's (`int32` to `int64`, `float` to `double`) or a string format no validator checks (`password`). The generated type stays the same, only its `@format` doc tag changes. A string format that decides which values are accepted (`date-time`, `email`, `uuid`...) is reported as a `constraint-*` change.",
  },
  'constraint-narrowed': {
    section: 'spec',
    breaks: 'request',
    help: 'A validation keyword accepts fewer values: `minLength`, `minItems` or a lower bound (`minimum`, `exclusiveMinimum`) raised or added; `maxLength`, `maxItems` or an upper bound (`maximum`, `exclusiveMaximum`) lowered or added; a `pattern`, `multipleOf`, `uniqueItems` or checked `format` added; `multipleOf` 2 to 4. Callers sending what is no longer accepted are refused at run time; readers only get a stronger promise. The compiler does not see it: the generated types are the same.',
  },
  'constraint-widened': {
    section: 'spec',
    breaks: 'response',
    help: 'A validation keyword accepts more values: the reverse of `constraint-narrowed` (`maxLength` 30 to 255, a `pattern` removed, `uri` to `uri-reference`). Readers may get values it did not allow before (a longer string, a larger number), which breaks their assumptions at run time; callers may just send what they did. The compiler does not see it.',
  },
  'constraint-changed': {
    section: 'spec',
    breaks: 'always',
    help: 'A `pattern`, checked `format` (`date-time` to `date`) or `multipleOf` (2 to 3) was replaced by one neither narrower nor wider: some values accepted before are refused, and readers may get values it did not allow before, at run time. The compiler does not see it.',
  },
  'enum-value-removed': {
    section: 'spec',
    breaks: 'request',
    help: 'An enum value is gone. Callers that send it break; readers only see fewer values.',
  },
  'enum-value-added': {
    section: 'spec',
    breaks: 'response',
    adds: true,
    help: 'A new enum value. Callers may just send it; readers break: the generated literal union widens, so exhaustive `switch`es and value maps stop compiling or miss a case.',
  },
  'variant-removed': {
    section: 'spec',
    breaks: 'request',
    help: 'A `oneOf`/`anyOf` variant is gone. Callers that send it break; readers only see fewer shapes.',
  },
  'variant-added': {
    section: 'spec',
    breaks: 'response',
    adds: true,
    help: 'A new `oneOf`/`anyOf` variant. Callers may just send it; readers must handle another shape.',
  },
  // Documentation and metadata
  'description-changed': {
    section: 'spec',
    breaks: 'never',
    help: 'A description, summary or title changed; only documentation comments change.',
  },
  'example-changed': { section: 'spec', breaks: 'never', help: 'An example changed, was added or removed.' },
  'default-changed': {
    section: 'spec',
    breaks: 'never',
    help: 'A documented `default` changed; the client does not send defaults, the server applies them.',
  },
  deprecated: {
    section: 'spec',
    breaks: 'never',
    help: 'Something was marked deprecated, or is no longer deprecated.',
  },
  'security-changed': {
    section: 'spec',
    breaks: 'never',
    help: 'An operation started or stopped sending the credentials the client is configured with.',
  },
  'server-changed': {
    section: 'spec',
    breaks: 'never',
    help: 'The default server URL changed; clients that set `baseUrl` are unaffected.',
  },
  // The API as a whole
  'auth-changed': {
    section: 'spec',
    breaks: 'always',
    help: 'The authentication the API accepts changed: the client options ask for other credentials.',
  },
  'client-renamed': { section: 'spec', breaks: 'always', help: 'The client class is renamed (`x-client.name`).' },
  'entry-changed': {
    section: 'spec',
    breaks: 'always',
    help: 'The package entry changed (`x-client.entry`): imports of `cloud-api-clients/<entry>` break.',
  },
  'spec-added': { section: 'spec', breaks: 'never', adds: true, help: 'A new spec, so a new client in the package.' },
  'spec-removed': { section: 'spec', breaks: 'always', help: 'A spec is gone, and with it its client.' },
  // Vendor extensions
  'extension-added': {
    section: 'spec',
    breaks: 'never',
    adds: true,
    help: 'A vendor extension (`x-pagination`, `x-wait`, `x-async`, `x-async-status`, `x-client-option`, `x-correlation-id`, `x-depth`) was added.',
  },
  'extension-removed': {
    section: 'spec',
    breaks: 'always',
    help: 'A vendor extension was removed: the helpers it generated (iteration, waits, client options) go.',
  },
  'extension-changed': {
    section: 'spec',
    breaks: 'always',
    help: 'A vendor extension changed: generated helper names or behaviour change.',
  },
} as const satisfies Record<string, KindEntry & { section: 'spec' }>;
