/**
 * The intermediate representation: what the emitters need to know about an
 * API, shaped for them rather than a retyped OpenAPI. Every node is readonly.
 * A pointer is kept where a later stage names a place (a warning, a failed
 * generation, a diff): on models (their schema), operations, parameters
 * (where the operation lists them), request bodies (their schema) and
 * responses. A `Type`, a property or a response header has none: it is
 * placed by the node that holds it.
 */
import type { HttpMethod } from '../load/operations.ts';
import type {
  AsyncExtension,
  AsyncStatusExtension,
  DepthKind,
  PaginationExtension,
  WaitExtension,
} from './extensions.ts';

/** A value an `enum` or `const` may list: any JSON value. */
export type Literal = string | number | boolean | null | readonly Literal[] | { readonly [key: string]: Literal };

export type Type =
  | { readonly kind: 'ref'; readonly model: string }
  | {
      readonly kind: 'scalar';
      readonly name: 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'unknown' | 'binary';
      readonly format?: string;
      readonly constraints?: Constraints;
    }
  | { readonly kind: 'enum'; readonly values: readonly Literal[] }
  | { readonly kind: 'array'; readonly items: Type; readonly constraints?: Constraints }
  | { readonly kind: 'object'; readonly properties: readonly Property[]; readonly additional?: Type }
  | { readonly kind: 'union'; readonly variants: readonly Type[]; readonly discriminator?: Discriminator }
  | { readonly kind: 'intersection'; readonly parts: readonly Type[] };

/**
 * Validation keywords that narrow the values of a scalar or an array without
 * changing its TypeScript type (JSON Schema Validation, sections 6.2 to 6.4).
 * Exclusive bounds are numbers whichever OpenAPI version the document is.
 */
export interface Constraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly exclusiveMinimum?: number;
  readonly maximum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
}

export interface Discriminator {
  readonly property: string;
  /** Discriminator value for each variant, by variant index. */
  readonly values: readonly (string | undefined)[];
}

export interface Docs {
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly default?: unknown;
  readonly example?: unknown;
  readonly format?: string;
}

export interface Property extends Docs {
  readonly name: string;
  readonly type: Type;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly writeOnly: boolean;
}

export interface Model extends Docs {
  readonly kind: 'model';
  /** Unique key: file and pointer of the schema. */
  readonly id: string;
  /** The schema's name in the document (`components/schemas/NAME`). */
  readonly name: string;
  readonly type: Type;
  readonly depth?: DepthKind;
  readonly pointer: string;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface Parameter extends Docs {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly type: Type;
  /** Serialisation (OpenAPI 3.0, Parameter Object `style` and `explode`). */
  readonly style: string;
  readonly explode: boolean;
  /** The client fills in a UUID per call (x-correlation-id). */
  readonly correlationId: boolean;
  /** A client option that supplies the value by default (x-client-option). */
  readonly clientOption?: string;
  /** This parameter controls response depth (x-depth). */
  readonly depth: boolean;
  readonly pointer: string;
}

export interface RequestBody {
  readonly required: boolean;
  readonly mediaType: string;
  readonly type: Type;
  readonly description?: string;
  /** Where the body's type comes from: `.../requestBody/content/application~1json/schema` (the media type, when it gives no schema). */
  readonly pointer: string;
}

export interface ResponseHeader {
  readonly name: string;
  readonly type: Type;
  readonly description?: string;
}

export interface Response {
  /** `200`, `2XX` or `default`. */
  readonly status: string;
  readonly description?: string;
  readonly mediaType?: string;
  readonly type?: Type;
  readonly headers: readonly ResponseHeader[];
  readonly pointer: string;
}

export interface Pagination extends PaginationExtension {
  /** The type of one item, found by following `items` into the response. */
  readonly itemType: Type;
}

export interface Wait extends WaitExtension {
  readonly statusType: Type;
}

export interface Operation extends Docs {
  readonly kind: 'operation';
  readonly id: string;
  readonly methodName: string;
  readonly tag: string;
  readonly method: Uppercase<HttpMethod>;
  readonly path: string;
  readonly summary?: string;
  readonly parameters: readonly Parameter[];
  readonly body?: RequestBody;
  readonly responses: readonly Response[];
  /** Whether the API's authentication applies (an empty `security` turns it off). */
  readonly authenticated: boolean;
  readonly pagination?: Pagination;
  readonly wait?: Wait;
  readonly async?: AsyncExtension;
  readonly pointer: string;
}

export type Auth =
  | { readonly kind: 'oauth2-password'; readonly scheme: string; readonly tokenUrl: string }
  | { readonly kind: 'bearer'; readonly scheme: string }
  | { readonly kind: 'basic'; readonly scheme: string }
  | { readonly kind: 'api-key'; readonly scheme: string; readonly in: 'header' | 'query'; readonly name: string };

export interface Tag {
  readonly name: string;
  readonly description?: string;
}

export interface Api {
  readonly kind: 'api';
  /** Package subpath (`contabo` gives `cloud-api-clients/contabo`). */
  readonly entry: string;
  /** Name of the client class. */
  readonly clientName: string;
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  readonly serverUrl: string;
  readonly auth: readonly Auth[];
  readonly tags: readonly Tag[];
  readonly operations: readonly Operation[];
  readonly models: readonly Model[];
  readonly asyncStatus?: AsyncStatusExtension;
  /** The spec file, as given. */
  readonly file: string;
}
