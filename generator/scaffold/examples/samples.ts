import type { Docs, Literal, Type } from '../../ir/types.ts';
import { propertyKey, words } from '../../plan/names.ts';
import type { Plan, PlannedOperation } from '../../plan/plan.ts';

/** A value an example sends, as TypeScript source: an expression, or an object of them. */
type Sample = { readonly code: string } | { readonly fields: readonly (readonly [string, Sample])[] };

/** What a value is called and documented as, for an example or a placeholder made from its name. */
interface Hint {
  readonly name: string;
  readonly docs?: Docs | undefined;
}

/**
 * Values for the README's examples, made from the request types the client
 * declares, so that an example compiles as written: the spec's `example` or
 * `default` where it fits the type, else the first enum value, else a
 * placeholder made from the name. Objects carry their required fields only,
 * arrays are empty. A type that cannot be made (a required field that
 * recurses) gives undefined, and the example picks another operation.
 */
export class Samples {
  private readonly open = new Set<string>();

  constructor(private readonly plan: Plan) {}

  /** The params object of a call with what the caller must give (and `extra`): `''` when that is nothing, undefined when it cannot be made. */
  params(op: PlannedOperation, extra: Readonly<Record<string, string>> = {}): string | undefined {
    const fields: [string, Sample][] = [];
    for (const p of op.parameters) {
      if (!p.required || Object.hasOwn(extra, p.key)) continue;
      const value = this.of(p.parameter.type, { name: p.parameter.name, docs: p.parameter });
      if (!value) return undefined;
      fields.push([p.key, value]);
    }
    const body = op.operation.body;
    if (body?.required) {
      const value = this.of(body.type, { name: 'body' });
      if (!value) return undefined;
      fields.push(['body', value]);
    }
    for (const [key, code] of Object.entries(extra)) fields.push([key, { code }]);
    return fields.length ? print({ fields }) : '';
  }

  /** A value of one type. */
  value(type: Type, hint: Hint): string | undefined {
    const sample = this.of(type, hint);
    return sample && print(sample);
  }

  private of(type: Type, hint: Hint): Sample | undefined {
    switch (type.kind) {
      case 'ref':
        return this.model(type.model);
      case 'scalar':
        return scalar(type.name, type.format ?? hint.docs?.format, hint);
      case 'enum': {
        const given = [hint.docs?.example, hint.docs?.default].find((v) => type.values.includes(v as Literal));
        const value =
          given !== undefined ? (given as Literal) : (type.values.find((v) => v !== null) ?? type.values[0]);
        return value === undefined || (typeof value === 'number' && !Number.isFinite(value))
          ? undefined
          : { code: literal(value) };
      }
      case 'array':
        return { code: '[]' };
      case 'object': {
        const fields: [string, Sample][] = [];
        for (const p of type.properties) {
          if (!p.required || p.readOnly) continue;
          const value = this.of(p.type, { name: p.name, docs: p });
          if (!value) return undefined;
          fields.push([propertyKey(p.name), value]);
        }
        return { fields };
      }
      case 'union':
        return this.variant(type, hint);
      case 'intersection': {
        const parts = type.parts.map((p) => this.of(p, hint));
        if (parts.some((p) => !p || !('fields' in p))) return undefined;
        return { fields: parts.flatMap((p) => (p as { fields: readonly (readonly [string, Sample])[] }).fields) };
      }
    }
  }

  /** The first variant that can be made, with its discriminator value. */
  private variant(type: Extract<Type, { kind: 'union' }>, hint: Hint): Sample | undefined {
    for (const [i, variant] of type.variants.entries()) {
      const sample = this.of(variant, hint);
      if (!sample) continue;
      const tag = type.discriminator?.values[i];
      if (tag === undefined || !type.discriminator) return sample;
      if (!('fields' in sample)) continue;
      const key = propertyKey(type.discriminator.property);
      return { fields: [...sample.fields.filter(([k]) => k !== key), [key, { code: literal(tag) }]] };
    }
    return undefined;
  }

  private model(id: string): Sample | undefined {
    const model = this.plan.models.get(id);
    if (!model || this.open.has(id)) return undefined;
    if (this.plan.selfAliases.has(id)) return { code: '{}' };
    this.open.add(id);
    try {
      return this.of(model.type, { name: model.name, docs: model });
    } finally {
      this.open.delete(id);
    }
  }
}

function scalar(name: Extract<Type, { kind: 'scalar' }>['name'], format: string | undefined, hint: Hint): Sample {
  const given = [hint.docs?.example, hint.docs?.default];
  switch (name) {
    case 'string': {
      const text = given.find((v) => typeof v === 'string') as string | undefined;
      return { code: literal(text ?? FORMATS[format ?? ''] ?? (words(hint.name).join('-') || 'text')) };
    }
    case 'integer':
    case 'number': {
      const number = given.find(
        (v) => typeof v === 'number' && Number.isFinite(v) && (name === 'number' || Number.isInteger(v)),
      );
      return { code: String(number ?? 1) };
    }
    case 'boolean':
      return { code: String(given.find((v) => typeof v === 'boolean') ?? true) };
    case 'null':
      return { code: 'null' };
    case 'binary':
      return { code: "new Blob(['...'])" };
    case 'unknown':
      return { code: '{}' };
  }
}

/** Values of the formats whose placeholder would look wrong made from a name. */
const FORMATS: Readonly<Record<string, string>> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  email: 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
};

function literal(value: Literal): string {
  return typeof value === 'string'
    ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
    : String(value);
}

function print(sample: Sample): string {
  if ('code' in sample) return sample.code;
  return sample.fields.length
    ? `{ ${sample.fields.map(([key, value]) => `${key}: ${print(value)}`).join(', ')} }`
    : '{}';
}
