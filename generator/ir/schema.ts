import { pointerOf, segmentsOf } from '../diagnostics/diagnostic.ts';
import { asObject } from '../load/operations.ts';
import type { SourceFile } from '../load/source.ts';
import { isRef, resolveRef, type Workspace } from '../load/workspace.ts';
import { withConstraints } from './constraints.ts';
import { readDepthKind } from './extensions.ts';
import type { Discriminator, Docs, Literal, Model, Property, Type } from './types.ts';

/** The type of a schema that constrains nothing, or of a place without one. */
export const UNKNOWN: Type = { kind: 'scalar', name: 'unknown' };
const NULL: Type = { kind: 'scalar', name: 'null' };

/**
 * Turns schemas into IR types. Schemas under `components/schemas` become
 * named models, referenced by id; everything else is inlined. A `$ref` cycle
 * through inline schemas is cut by promoting the schema it enters to a model.
 */
export class SchemaConverter {
  private readonly models = new Map<string, Model>();
  private readonly converting = new Set<string>();
  private readonly pending: { file: SourceFile; model: Model }[] = [];

  constructor(private readonly workspace: Workspace) {}

  /** Every model met so far, sorted by name then id for deterministic output. */
  allModels(): Model[] {
    this.convertPending();
    return [...this.models.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  model(id: string): Model | undefined {
    this.convertPending();
    return this.models.get(id);
  }

  /** Registers every component schema of the root document, so unused ones are exported too. */
  registerComponents(): void {
    const schemas = asObject(asObject(asObject(this.workspace.root.value)['components'])['schemas']);
    for (const name of Object.keys(schemas)) {
      this.modelAt(this.workspace.root, pointerOf(['components', 'schemas', name]));
    }
    this.convertPending();
  }

  /**
   * One schema as a type. OpenAPI 3.0 and 3.1 keywords are both read, in
   * either version: authors mix them, and no reading of one contradicts the
   * other (`nullable: true` and `type: [x, "null"]` mean the same).
   */
  convert(schema: unknown, file: SourceFile): Type {
    const s = asObject(schema);
    const base = isRef(schema) ? this.convertRefWithSiblings(schema, file) : this.convertTyped(s, file);
    return s['nullable'] === true ? nullable(base) : base;
  }

  /**
   * A `$ref` beside other keywords: 3.1 applies both (an `allOf` of two), 3.0
   * ignores the siblings. Notes (`description`, `summary`) and `nullable`
   * change no shape; constraining siblings are applied as 3.1 says.
   */
  private convertRefWithSiblings(schema: { $ref: string } & Record<string, unknown>, file: SourceFile): Type {
    const target = this.convertRef(schema.$ref, file);
    const { $ref: _ref, nullable: _nullable, type, ...siblings } = schema;
    const withNull = type === 'null' || (Array.isArray(type) && type.includes('null')) ? nullable(target) : target;
    // A lone `type` beside a reference restates it (`type: object`), as 3.0 documents often do.
    if (!Object.keys(siblings).some((k) => SHAPING.has(k))) return withNull;
    const own = this.convertShape(siblings, file);
    return own === UNKNOWN ? withNull : { kind: 'intersection', parts: [withNull, own] };
  }

  /** 3.1's `type` may list several types, `"null"` among them; each is a variant of the same schema. */
  private convertTyped(s: Record<string, unknown>, file: SourceFile): Type {
    if (!Array.isArray(s['type'])) return withConstraints(this.convertShape(s, file), s);
    const types = [...new Set((s['type'] as unknown[]).filter((t): t is string => typeof t === 'string'))];
    const variants = types
      .filter((t) => t !== 'null')
      .map((type) => withConstraints(this.convertShape({ ...s, type }, file), s));
    const base: Type =
      variants.length === 0
        ? types.includes('null')
          ? NULL
          : UNKNOWN
        : variants.length === 1
          ? variants[0]!
          : { kind: 'union', variants };
    return types.includes('null') && variants.length > 0 ? nullable(base) : base;
  }

  docs(schema: unknown): Docs {
    const s = asObject(schema);
    // 3.1 schemas list `examples`; the first stands for `example`.
    const example =
      s['example'] !== undefined ? s['example'] : Array.isArray(s['examples']) ? s['examples'][0] : undefined;
    return {
      ...(typeof s['description'] === 'string' ? { description: s['description'] } : {}),
      ...(s['deprecated'] === true ? { deprecated: true } : {}),
      ...(s['default'] !== undefined ? { default: s['default'] } : {}),
      ...(example !== undefined ? { example } : {}),
      ...(typeof s['format'] === 'string' ? { format: s['format'] } : {}),
    };
  }

  private convertRef(ref: string, from: SourceFile): Type {
    const target = resolveRef(this.workspace, ref, from);
    if (!target) return UNKNOWN;
    const segments = segmentsOf(target.pointer);
    // A schema in a file of its own (`schemas.yaml#/Pet`, `pet.yaml`) is named as a component is.
    const isComponent =
      (segments.length === 3 && segments[0] === 'components' && segments[1] === 'schemas') ||
      (target.file !== this.workspace.root && segments.length <= 2);
    const key = `${target.file.path}#${target.pointer}`;
    if (isComponent || this.converting.has(key))
      return { kind: 'ref', model: this.modelAt(target.file, target.pointer).id };
    this.converting.add(key);
    try {
      return this.convert(target.value, target.file);
    } finally {
      this.converting.delete(key);
    }
  }

  /**
   * A model by place, registered at once and converted later from a work
   * list: converting each referenced model on the spot would nest as deep as
   * the longest chain of references (thousands in a large API).
   */
  private modelAt(file: SourceFile, pointer: string): Model {
    const id = `${file.path}#${pointer}`;
    const existing = this.models.get(id);
    if (existing) return existing;
    const segments = segmentsOf(pointer);
    const model: Model = { kind: 'model', id, name: segments.at(-1) ?? fileStem(file.path), type: UNKNOWN, pointer };
    this.models.set(id, model);
    this.pending.push({ file, model });
    return model;
  }

  private convertPending(): void {
    for (let next = this.pending.shift(); next; next = this.pending.shift()) {
      const { file, model } = next;
      const schema = segmentsOf(model.pointer).reduce<unknown>((v, s) => asObject(v)[s], file.value);
      const depth = readDepthKind(asObject(schema)['x-depth']).value;
      this.converting.add(model.id);
      const type = this.convert(schema, file);
      this.converting.delete(model.id);
      this.models.set(model.id, { ...model, ...this.docs(schema), type, ...(depth ? { depth } : {}) });
    }
  }

  private convertShape(s: Record<string, unknown>, file: SourceFile): Type {
    if (Array.isArray(s['enum'])) return { kind: 'enum', values: s['enum'] as Literal[] };
    if (s['const'] !== undefined) return { kind: 'enum', values: [s['const'] as Literal] };
    if (Array.isArray(s['allOf'])) return this.convertAllOf(s, file);
    for (const key of ['oneOf', 'anyOf'] as const) {
      if (Array.isArray(s[key])) return this.convertUnion(s, key, file);
    }
    switch (s['type']) {
      case 'string':
        return isBinary(s) ? { kind: 'scalar', name: 'binary' } : scalar('string', s);
      case 'integer':
      case 'number':
      case 'boolean':
        return scalar(s['type'], s);
      case 'null':
        return NULL;
      case 'array':
        return this.convertArray(s, file);
      case 'object':
        return this.convertObject(s, file);
      default:
        if (
          s['properties'] !== undefined ||
          s['additionalProperties'] !== undefined ||
          s['patternProperties'] !== undefined
        )
          return this.convertObject(s, file);
        return s['items'] !== undefined || s['prefixItems'] !== undefined ? this.convertArray(s, file) : UNKNOWN;
    }
  }

  private convertObject(s: Record<string, unknown>, file: SourceFile): Type {
    const required = new Set(Array.isArray(s['required']) ? (s['required'] as string[]) : []);
    const properties: Property[] = Object.entries(asObject(s['properties'])).map(([name, schema]) => {
      const own = asObject(schema);
      return {
        name,
        type: this.convert(schema, file),
        required: required.has(name),
        readOnly: own['readOnly'] === true,
        writeOnly: own['writeOnly'] === true,
        ...this.docs(schema),
      };
    });
    const additional = this.additionalOf(s, properties.length > 0, file);
    return { kind: 'object', properties, ...(additional ? { additional } : {}) };
  }

  /**
   * The type of keys beyond the named properties. OpenAPI lets any object
   * carry more keys; a type is only useful if it lists what is known, so an
   * index signature is added only when the document asks for one, by
   * `additionalProperties` or 3.1's `patternProperties` (a key pattern cannot
   * be typed, its values can).
   */
  private additionalOf(s: Record<string, unknown>, named: boolean, file: SourceFile): Type | undefined {
    const extra = s['additionalProperties'];
    const patterns = Object.values(asObject(s['patternProperties'])).map((schema) => this.convert(schema, file));
    if (extra === true || (extra !== undefined && extra !== false && Object.keys(asObject(extra)).length === 0))
      return UNKNOWN;
    const extraType = extra !== undefined && extra !== false ? this.convert(extra, file) : undefined;
    const values = [...patterns, ...(extraType ? [extraType] : [])];
    if (values.length > 0) return values.length === 1 ? values[0]! : { kind: 'union', variants: values };
    return !named && extra === undefined ? UNKNOWN : undefined;
  }

  /**
   * An array; 3.1's `prefixItems` (a tuple's leading items) are typed as
   * items of the array, a union with `items` where both are given.
   */
  private convertArray(s: Record<string, unknown>, file: SourceFile): Type {
    const prefix = Array.isArray(s['prefixItems'])
      ? (s['prefixItems'] as unknown[]).map((item) => this.convert(item, file))
      : [];
    const rest =
      s['items'] === undefined || typeof s['items'] === 'boolean' ? undefined : this.convert(s['items'], file);
    const variants = [...prefix, ...(rest ? [rest] : [])];
    const items: Type =
      variants.length === 0 ? UNKNOWN : variants.length === 1 ? variants[0]! : { kind: 'union', variants };
    return { kind: 'array', items };
  }

  private convertAllOf(s: Record<string, unknown>, file: SourceFile): Type {
    const parts = (s['allOf'] as unknown[]).map((part) => this.convert(part, file));
    const { allOf: _allOf, ...siblings } = s;
    const ownShape = siblings['properties'] !== undefined || siblings['required'] !== undefined;
    if (ownShape) parts.push(this.convertObject(siblings, file));
    return parts.length === 1 ? parts[0]! : { kind: 'intersection', parts };
  }

  private convertUnion(s: Record<string, unknown>, key: 'oneOf' | 'anyOf', file: SourceFile): Type {
    const list = s[key] as unknown[];
    const variants = list.map((v) => this.convert(v, file));
    const discriminator = this.discriminator(s, list, file);
    const union: Type = { kind: 'union', variants, ...(discriminator ? { discriminator } : {}) };
    const { [key]: _variants, discriminator: _d, ...siblings } = s;
    return siblings['properties'] !== undefined
      ? { kind: 'intersection', parts: [this.convertObject(siblings, file), union] }
      : union;
  }

  /** Discriminator values per variant: the explicit mapping, else the referenced schema's name. */
  private discriminator(s: Record<string, unknown>, variants: unknown[], file: SourceFile): Discriminator | undefined {
    const d = asObject(s['discriminator']);
    if (typeof d['propertyName'] !== 'string') return undefined;
    const mapping = Object.entries(asObject(d['mapping']));
    const values = variants.map((v) => {
      if (!isRef(v)) return undefined;
      const target = resolveRef(this.workspace, v.$ref, file);
      const explicit = mapping.find(
        ([, ref]) => typeof ref === 'string' && resolveRef(this.workspace, ref, file)?.pointer === target?.pointer,
      );
      return explicit ? explicit[0] : segmentsOf(target?.pointer ?? '').at(-1);
    });
    return { property: d['propertyName'], values };
  }
}

/** Keywords beside a `$ref` that change the shape it stands for (3.1 applies them with the reference). */
const SHAPING = new Set([
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'items',
  'prefixItems',
  'allOf',
  'oneOf',
  'anyOf',
  'enum',
  'const',
]);

/** Bytes: 3.0's `format: binary`, or 3.1's `contentMediaType` without a text encoding such as base64. */
function isBinary(s: Record<string, unknown>): boolean {
  if (s['format'] === 'binary') return true;
  return (
    typeof s['contentMediaType'] === 'string' &&
    s['contentEncoding'] === undefined &&
    !/^(text\/|application\/(json|xml)|.*\+(json|xml)$)/i.test(s['contentMediaType'])
  );
}

/** `schemas/pet-owner.yaml` gives `pet-owner`: the name of a schema that is a whole file. */
function fileStem(path: string): string {
  return (
    path
      .split('/')
      .pop()!
      .replace(/\.(ya?ml|json)$/i, '') || 'Model'
  );
}

function scalar(name: 'string' | 'integer' | 'number' | 'boolean', s: Record<string, unknown>): Type {
  return typeof s['format'] === 'string' ? { kind: 'scalar', name, format: s['format'] } : { kind: 'scalar', name };
}

export function nullable(type: Type): Type {
  if (type.kind === 'enum') return type.values.includes(null) ? type : { kind: 'enum', values: [...type.values, null] };
  return { kind: 'union', variants: [type, NULL] };
}
