import { pointerOf, segmentsOf } from '../diagnostics/diagnostic.ts';
import { record } from '../load/operations.ts';
import type { SourceFile } from '../load/source.ts';
import { isRef, resolveRef, type Workspace } from '../load/workspace.ts';
import { withConstraints } from './constraints.ts';
import { readDepthKind } from './extensions.ts';
import type { Discriminator, Docs, Literal, Model, Property, Type } from './types.ts';

const UNKNOWN: Type = { kind: 'scalar', name: 'unknown' };
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
    const schemas = record(record(record(this.workspace.root.value)['components'])['schemas']);
    for (const name of Object.keys(schemas)) {
      this.modelAt(this.workspace.root, pointerOf(['components', 'schemas', name]));
    }
    this.convertPending();
  }

  convert(schema: unknown, file: SourceFile, pointer: string): Type {
    if (isRef(schema)) return this.convertRef(schema.$ref, file);
    const s = record(schema);
    const base = withConstraints(this.convertShape(s, file, pointer), s);
    return s['nullable'] === true ? nullable(base) : base;
  }

  docs(schema: unknown): Docs {
    const s = record(schema);
    return {
      ...(typeof s['description'] === 'string' ? { description: s['description'] } : {}),
      ...(s['deprecated'] === true ? { deprecated: true } : {}),
      ...(s['default'] !== undefined ? { default: s['default'] } : {}),
      ...(s['example'] !== undefined ? { example: s['example'] } : {}),
      ...(typeof s['format'] === 'string' ? { format: s['format'] } : {}),
    };
  }

  private convertRef(ref: string, from: SourceFile): Type {
    const target = resolveRef(this.workspace, ref, from);
    if (!target) return UNKNOWN;
    const segments = segmentsOf(target.pointer);
    const isComponent = segments.length === 3 && segments[0] === 'components' && segments[1] === 'schemas';
    const key = `${target.file.path}#${target.pointer}`;
    if (isComponent || this.converting.has(key)) return { kind: 'ref', model: this.modelAt(target.file, target.pointer).id };
    this.converting.add(key);
    try {
      return this.convert(target.value, target.file, target.pointer);
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
    const model: Model = { kind: 'model', id, name: segments.at(-1) ?? 'Model', type: UNKNOWN, pointer };
    this.models.set(id, model);
    this.pending.push({ file, model });
    return model;
  }

  private convertPending(): void {
    for (let next = this.pending.shift(); next; next = this.pending.shift()) {
      const { file, model } = next;
      const schema = segmentsOf(model.pointer).reduce<unknown>((v, s) => record(v)[s], file.value);
      const depth = readDepthKind(record(schema)['x-depth']).value;
      this.converting.add(model.id);
      const type = this.convert(schema, file, model.pointer);
      this.converting.delete(model.id);
      this.models.set(model.id, { ...model, ...this.docs(schema), type, ...(depth ? { depth } : {}) });
    }
  }

  private convertShape(s: Record<string, unknown>, file: SourceFile, pointer: string): Type {
    if (Array.isArray(s['enum'])) return { kind: 'enum', values: s['enum'] as Literal[] };
    if (Array.isArray(s['allOf'])) return this.convertAllOf(s, file, pointer);
    for (const key of ['oneOf', 'anyOf'] as const) {
      if (Array.isArray(s[key])) return this.convertUnion(s, key, file, pointer);
    }
    switch (s['type']) {
      case 'string':
        return s['format'] === 'binary' ? { kind: 'scalar', name: 'binary' } : scalar('string', s);
      case 'integer':
      case 'number':
      case 'boolean':
        return scalar(s['type'], s);
      case 'array':
        return { kind: 'array', items: s['items'] === undefined ? UNKNOWN : this.convert(s['items'], file, `${pointer}/items`) };
      case 'object':
        return this.convertObject(s, file, pointer);
      default:
        return s['properties'] !== undefined || s['additionalProperties'] !== undefined ? this.convertObject(s, file, pointer) : UNKNOWN;
    }
  }

  private convertObject(s: Record<string, unknown>, file: SourceFile, pointer: string): Type {
    const required = new Set(Array.isArray(s['required']) ? (s['required'] as string[]) : []);
    const properties: Property[] = Object.entries(record(s['properties'])).map(([name, schema]) => {
      const own = record(schema);
      return {
        name,
        type: this.convert(schema, file, `${pointer}/properties/${escape(name)}`),
        required: required.has(name),
        readOnly: own['readOnly'] === true,
        writeOnly: own['writeOnly'] === true,
        ...this.docs(schema),
      };
    });
    const extra = s['additionalProperties'];
    // OpenAPI lets any object carry more keys; a type is only useful if it lists what is known,
    // so an index signature is added only when the document asks for one.
    let additional: Type | undefined;
    if (extra === true || (extra !== undefined && extra !== false && Object.keys(record(extra)).length === 0)) additional = UNKNOWN;
    else if (extra !== undefined && extra !== false) additional = this.convert(extra, file, `${pointer}/additionalProperties`);
    else if (properties.length === 0 && extra === undefined) additional = UNKNOWN;
    return { kind: 'object', properties, ...(additional ? { additional } : {}) };
  }

  private convertAllOf(s: Record<string, unknown>, file: SourceFile, pointer: string): Type {
    const parts = (s['allOf'] as unknown[]).map((part, i) => this.convert(part, file, `${pointer}/allOf/${i}`));
    const { allOf: _allOf, ...siblings } = s;
    const ownShape = siblings['properties'] !== undefined || siblings['required'] !== undefined;
    if (ownShape) parts.push(this.convertObject(siblings, file, pointer));
    return parts.length === 1 ? parts[0]! : { kind: 'intersection', parts };
  }

  private convertUnion(s: Record<string, unknown>, key: 'oneOf' | 'anyOf', file: SourceFile, pointer: string): Type {
    const list = s[key] as unknown[];
    const variants = list.map((v, i) => this.convert(v, file, `${pointer}/${key}/${i}`));
    const discriminator = this.discriminator(s, list, file);
    const union: Type = { kind: 'union', variants, ...(discriminator ? { discriminator } : {}) };
    const { [key]: _variants, discriminator: _d, ...siblings } = s;
    return siblings['properties'] !== undefined ? { kind: 'intersection', parts: [this.convertObject(siblings, file, pointer), union] } : union;
  }

  /** Discriminator values per variant: the explicit mapping, else the referenced schema's name. */
  private discriminator(s: Record<string, unknown>, variants: unknown[], file: SourceFile): Discriminator | undefined {
    const d = record(s['discriminator']);
    if (typeof d['propertyName'] !== 'string') return undefined;
    const mapping = Object.entries(record(d['mapping']));
    const values = variants.map((v) => {
      if (!isRef(v)) return undefined;
      const target = resolveRef(this.workspace, v.$ref, file);
      const explicit = mapping.find(([, ref]) => typeof ref === 'string' && resolveRef(this.workspace, ref, file)?.pointer === target?.pointer);
      return explicit ? explicit[0] : segmentsOf(target?.pointer ?? '').at(-1);
    });
    return { property: d['propertyName'], values };
  }
}

function scalar(name: 'string' | 'integer' | 'number' | 'boolean', s: Record<string, unknown>): Type {
  return typeof s['format'] === 'string' ? { kind: 'scalar', name, format: s['format'] } : { kind: 'scalar', name };
}

export function nullable(type: Type): Type {
  if (type.kind === 'enum') return type.values.includes(null) ? type : { kind: 'enum', values: [...type.values, null] };
  return { kind: 'union', variants: [type, NULL] };
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
