/**
 * Spec-driven sample values for contract tests.
 *
 * The generator's own stages give the plan (method names, params keys, IR
 * types). The IR keeps shapes but not every constraint (pattern, lengths,
 * bounds), so each IR type is walked together with the raw schema it came
 * from, found by pointer in the loaded document: the IR decides the shape,
 * the raw schema the constraints.
 *
 * Rules, for request values:
 * - scalars, enums and arrays of them: the parameter's or property's
 *   `example`, else its `default`, when it satisfies the schema; else a value
 *   made from the schema (enum value, format, pattern, length, bounds);
 * - objects: every property that may be sent (all but `readOnly` ones), so
 *   serialisation of optional fields is exercised too; a property that would
 *   recurse into a model being sampled is left out (required ones cannot be);
 * - arrays: one item (or `minItems`); nullable: the non-null value; unions:
 *   the first variant that can be sampled, with its discriminator value.
 * Whatever cannot be satisfied throws, naming the schema, rather than
 * sending a value the spec forbids.
 */
import { readFileSync } from 'node:fs';
import { normalize, resolve } from 'node:path';
import { hasErrors, pointerOf, segmentsOf } from '../../generator/diagnostics/diagnostic.ts';
import { buildApi } from '../../generator/ir/build.ts';
import type { Type } from '../../generator/ir/types.ts';
import type { SourceFile } from '../../generator/load/source.ts';
import { deref, loadWorkspace, type Workspace } from '../../generator/load/workspace.ts';
import { planApi, type Plan, type PlannedGroup, type PlannedOperation } from '../../generator/plan/plan.ts';
import { validateWorkspace } from '../../generator/validate/validate.ts';

/** A loaded, validated spec and the generator's plan for it. */
export interface Spec {
  readonly workspace: Workspace;
  readonly plan: Plan;
}

/**
 * Loads a spec the way the generator does (load, validate, IR, plan).
 * Throws with the diagnostics when the spec has errors.
 */
export function loadSpec(path: string, root: string): Spec {
  const read = (p: string): string => readFileSync(resolve(root, p), 'utf8');
  const loaded = loadWorkspace(path, read);
  const diagnostics = [...loaded.diagnostics, ...(loaded.workspace ? validateWorkspace(loaded.workspace) : [])];
  if (!loaded.workspace || hasErrors(diagnostics)) {
    const lines = diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.file}:${d.line}:${d.col} ${d.code}: ${d.message}`);
    throw new Error(`${path} is not a valid spec:\n${lines.join('\n')}`);
  }
  return { workspace: loaded.workspace, plan: planApi(buildApi(loaded.workspace)) };
}

/** Every operation of the plan with the group (client property) it belongs to. */
export function plannedOperations(plan: Plan): { group: PlannedGroup; planned: PlannedOperation }[] {
  return plan.groups.flatMap((group) => group.operations.map((planned) => ({ group, planned })));
}

// ---------------------------------------------------------------------------
// Raw schemas, by pointer

type Json = Record<string, unknown>;

/** A raw schema object (references followed) and where it is written. */
export interface Raw {
  readonly file: SourceFile;
  readonly pointer: string;
  readonly schema: Json;
}

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function fileOf(spec: Spec, path: string): SourceFile | undefined {
  return spec.workspace.files.get(normalize(path));
}

/** The value at a pointer of a file, with `$ref`s followed. */
function rawAt(spec: Spec, file: SourceFile, pointer: string): Raw | undefined {
  let value: unknown = file.value;
  for (const segment of segmentsOf(pointer)) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Json)[segment];
  }
  const target = deref(spec.workspace, value, file, pointer);
  return target && isRecord(target.value)
    ? { file: target.file, pointer: target.pointer, schema: target.value }
    : undefined;
}

function child(spec: Spec, raw: Raw | undefined, ...segments: (string | number)[]): Raw | undefined {
  return raw ? rawAt(spec, raw.file, raw.pointer + pointerOf(segments)) : undefined;
}

/** The raw schema of a model (`file#pointer` id). */
function modelRaw(spec: Spec, id: string): Raw | undefined {
  const hash = id.indexOf('#');
  const file = fileOf(spec, id.slice(0, hash));
  return file ? rawAt(spec, file, id.slice(hash + 1)) : undefined;
}

/** `description + allOf: [one schema]` (a documented reference) stands for that schema. */
function align(spec: Spec, type: Type, raw: Raw | undefined): Raw | undefined {
  let current = raw;
  while (
    current &&
    type.kind !== 'intersection' &&
    Array.isArray(current.schema['allOf']) &&
    current.schema['allOf'].length === 1 &&
    current.schema['properties'] === undefined
  ) {
    current = child(spec, current, 'allOf', 0);
  }
  return current;
}

const isNullType = (t: Type): boolean => t.kind === 'scalar' && t.name === 'null';

/**
 * The raw schema of union variant `i`: `oneOf`/`anyOf` entries, except for
 * the union the IR makes of a `nullable` schema (the schema itself, then null).
 */
function variantRaw(
  spec: Spec,
  type: Extract<Type, { kind: 'union' }>,
  i: number,
  raw: Raw | undefined,
): Raw | undefined {
  if (!raw) return undefined;
  const nullableWrapper =
    raw.schema['nullable'] === true && type.variants.length === 2 && isNullType(type.variants[1]!);
  if (nullableWrapper) return i === 0 ? raw : undefined;
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = raw.schema[key];
    if (Array.isArray(list) && list.length === type.variants.length) return child(spec, raw, key, i);
  }
  return raw;
}

/** The raw schema of intersection part `i`: `allOf` entries, then the schema's own shape. */
function partRaw(spec: Spec, i: number, raw: Raw | undefined): Raw | undefined {
  if (!raw) return undefined;
  const list = raw.schema['allOf'];
  return Array.isArray(list) && i < list.length ? child(spec, raw, 'allOf', i) : raw;
}

// ---------------------------------------------------------------------------
// Checking a value against a scalar (or array of scalars) schema

const FORMAT_CHECKS: Readonly<Record<string, (v: unknown) => boolean>> = {
  date: (v) => typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v),
  'date-time': (v) =>
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v) &&
    !Number.isNaN(Date.parse(v)),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  email: (v) => typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  ipv4: (v) =>
    typeof v === 'string' && /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(v),
  ipv6: (v) => typeof v === 'string' && /^[0-9a-f:.]+$/i.test(v) && v.includes(':'),
  uri: (v) => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(v),
  url: (v) => typeof v === 'string' && /^https?:\/\//i.test(v),
  hostname: (v) =>
    typeof v === 'string' && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(v),
  int32: (v) => Number.isInteger(v) && (v as number) >= -(2 ** 31) && (v as number) < 2 ** 31,
  int64: (v) => Number.isSafeInteger(v),
};

/** What a format's sample looks like (strings only; numeric formats are ranges). */
const FORMAT_SAMPLES: Readonly<Record<string, string>> = {
  date: '2024-01-31',
  'date-time': '2024-01-31T12:00:00Z',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  email: 'user@example.com',
  ipv4: '192.0.2.10',
  ipv6: '2001:db8::10',
  uri: 'https://example.com/sample',
  url: 'https://example.com/sample',
  hostname: 'example.com',
  byte: 'c2FtcGxl',
  password: 'Sample123',
};

/** Problems of a value as a leaf (scalar, enum, array of leaves); empty when it fits. */
function leafProblems(
  spec: Spec,
  value: unknown,
  type: Type,
  raw: Raw | undefined,
  seen: readonly string[] = [],
): string[] {
  const s = raw?.schema ?? {};
  const where = raw ? ` (${raw.file.path}#${raw.pointer})` : '';
  if (value === null) {
    const allowsNull =
      s['nullable'] === true ||
      isNullType(type) ||
      (type.kind === 'enum' && type.values.includes(null)) ||
      (type.kind === 'union' && type.variants.some(isNullType));
    return allowsNull ? [] : [`null is not allowed${where}`];
  }
  switch (type.kind) {
    case 'ref': {
      if (seen.includes(type.model)) return [];
      const model = spec.plan.models.get(type.model);
      return model
        ? leafProblems(spec, value, model.type, align(spec, model.type, modelRaw(spec, type.model)), [
            ...seen,
            type.model,
          ])
        : [];
    }
    case 'enum':
      return type.values.includes(value as never)
        ? []
        : [`${JSON.stringify(value)} is not one of ${JSON.stringify(type.values)}${where}`];
    case 'union': {
      const fits = type.variants.some(
        (v, i) => leafProblems(spec, value, v, variantRaw(spec, type, i, raw), seen).length === 0,
      );
      return fits ? [] : [`${JSON.stringify(value)} fits no variant${where}`];
    }
    case 'array': {
      if (!Array.isArray(value)) return [`${JSON.stringify(value)} is not an array${where}`];
      const problems: string[] = [];
      if (typeof s['minItems'] === 'number' && value.length < s['minItems'])
        problems.push(`fewer than ${s['minItems']} items${where}`);
      if (typeof s['maxItems'] === 'number' && value.length > s['maxItems'])
        problems.push(`more than ${s['maxItems']} items${where}`);
      const items = child(spec, raw, 'items');
      for (const item of value)
        problems.push(...leafProblems(spec, item, type.items, align(spec, type.items, items), seen));
      return problems;
    }
    case 'scalar':
      return scalarProblems(value, type.name, s, where);
    default:
      return [`not a leaf type${where}`];
  }
}

function scalarProblems(value: unknown, name: string, s: Json, where: string): string[] {
  const problems: string[] = [];
  const format = typeof s['format'] === 'string' ? s['format'] : undefined;
  switch (name) {
    case 'string': {
      if (typeof value !== 'string') return [`${JSON.stringify(value)} is not a string${where}`];
      if (typeof s['minLength'] === 'number' && [...value].length < s['minLength'])
        problems.push(`shorter than ${s['minLength']}${where}`);
      if (typeof s['maxLength'] === 'number' && [...value].length > s['maxLength'])
        problems.push(`longer than ${s['maxLength']}${where}`);
      if (typeof s['pattern'] === 'string' && !new RegExp(s['pattern'], 'u').test(value))
        problems.push(`${JSON.stringify(value)} does not match ${s['pattern']}${where}`);
      break;
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return [`${JSON.stringify(value)} is not a number${where}`];
      if (name === 'integer' && !Number.isInteger(value)) problems.push(`${value} is not an integer${where}`);
      const min = s['minimum'];
      const max = s['maximum'];
      if (typeof min === 'number' && (s['exclusiveMinimum'] === true ? value <= min : value < min))
        problems.push(`${value} is below the minimum ${min}${where}`);
      if (typeof max === 'number' && (s['exclusiveMaximum'] === true ? value >= max : value > max))
        problems.push(`${value} is above the maximum ${max}${where}`);
      if (typeof s['exclusiveMinimum'] === 'number' && value <= s['exclusiveMinimum'])
        problems.push(`${value} is not above ${s['exclusiveMinimum']}${where}`);
      if (typeof s['exclusiveMaximum'] === 'number' && value >= s['exclusiveMaximum'])
        problems.push(`${value} is not below ${s['exclusiveMaximum']}${where}`);
      if (typeof s['multipleOf'] === 'number' && !Number.isInteger(value / s['multipleOf']))
        problems.push(`${value} is not a multiple of ${s['multipleOf']}${where}`);
      break;
    }
    case 'boolean':
      if (typeof value !== 'boolean') problems.push(`${JSON.stringify(value)} is not a boolean${where}`);
      return problems;
    default:
      return problems;
  }
  const check = format ? FORMAT_CHECKS[format] : undefined;
  if (check && !check(value)) problems.push(`${JSON.stringify(value)} is not a valid ${format}${where}`);
  return problems;
}

// ---------------------------------------------------------------------------
// Making values

/** The example and default a parameter or property documents for its value. */
export interface Hint {
  readonly example?: unknown;
  readonly default?: unknown;
}

/** Returned for an optional property that would recurse into a model being sampled. */
const SKIP = Symbol('skip');

function isLeaf(spec: Spec, type: Type, seen: readonly string[] = []): boolean {
  switch (type.kind) {
    case 'scalar':
    case 'enum':
      return true;
    case 'array':
      return isLeaf(spec, type.items, seen);
    case 'union':
      return type.variants.every((v) => isLeaf(spec, v, seen));
    case 'ref': {
      if (seen.includes(type.model)) return false;
      const model = spec.plan.models.get(type.model);
      return model !== undefined && isLeaf(spec, model.type, [...seen, type.model]);
    }
    default:
      return false;
  }
}

/**
 * A request value of an IR type. `raw` is the schema the type was built from
 * (for its constraints), `hint` the example and default documented for it.
 */
export function sampleValue(
  spec: Spec,
  type: Type,
  raw: Raw | undefined,
  hint: Hint = {},
  stack: readonly string[] = [],
): unknown {
  const value = sample(spec, type, align(spec, type, raw), hint, stack);
  if (value === SKIP) throw new Error(`${raw?.pointer ?? 'a schema'} recurses into itself through required properties`);
  return value;
}

function sample(spec: Spec, type: Type, raw: Raw | undefined, hint: Hint, stack: readonly string[]): unknown {
  if (type.kind === 'ref') {
    if (stack.includes(type.model)) return SKIP;
    const model = spec.plan.models.get(type.model);
    if (!model) throw new Error(`unknown model ${type.model}`);
    const target = modelRaw(spec, type.model);
    return sample(spec, model.type, align(spec, model.type, target), hint, [...stack, type.model]);
  }

  if (isLeaf(spec, type, stack)) {
    // Documented values first, when the schema accepts them; null only when nothing else fits.
    const documented = [hint.example, raw?.schema['example'], hint.default, raw?.schema['default']];
    for (const candidate of documented) {
      if (candidate === undefined || candidate === null) continue;
      if (leafProblems(spec, candidate, type, raw).length === 0) return candidate;
    }
    const made = makeLeaf(spec, type, raw, stack);
    const problems = leafProblems(spec, made, type, raw);
    if (problems.length > 0)
      throw new Error(
        `no valid sample for ${raw ? `${raw.file.path}#${raw.pointer}` : JSON.stringify(type)}: ${problems.join('; ')}`,
      );
    return made;
  }

  switch (type.kind) {
    case 'object': {
      const out: Json = {};
      for (const property of type.properties) {
        if (property.readOnly) continue;
        const value = sample(
          spec,
          property.type,
          align(spec, property.type, child(spec, raw, 'properties', property.name)),
          { example: property.example, default: property.default },
          stack,
        );
        if (value === SKIP) {
          if (property.required) return SKIP;
          continue;
        }
        out[property.name] = value;
      }
      if (
        type.properties.length === 0 &&
        type.additional &&
        !(type.additional.kind === 'scalar' && type.additional.name === 'unknown')
      ) {
        const value = sample(
          spec,
          type.additional,
          align(spec, type.additional, child(spec, raw, 'additionalProperties')),
          {},
          stack,
        );
        if (value !== SKIP) out['sample'] = value;
      }
      return out;
    }
    case 'array': {
      const item = sample(spec, type.items, align(spec, type.items, child(spec, raw, 'items')), {}, stack);
      if (item === SKIP) return [];
      const count = Math.max(1, typeof raw?.schema['minItems'] === 'number' ? raw.schema['minItems'] : 1);
      return Array.from({ length: count }, () => item);
    }
    case 'union': {
      const errors: string[] = [];
      for (const [i, variant] of type.variants.entries()) {
        if (isNullType(variant)) continue;
        try {
          const value = sample(spec, variant, align(spec, variant, variantRaw(spec, type, i, raw)), hint, stack);
          if (value === SKIP) continue;
          const tag = type.discriminator?.values[i];
          if (type.discriminator && tag !== undefined && isRecord(value))
            return { ...value, [type.discriminator.property]: tag };
          return value;
        } catch (error) {
          errors.push((error as Error).message);
        }
      }
      if (type.variants.some(isNullType)) return null;
      throw new Error(`no variant of ${raw?.pointer ?? 'a union'} can be sampled: ${errors.join('; ')}`);
    }
    case 'intersection': {
      const parts = type.parts.map((part, i) =>
        sample(spec, part, align(spec, part, partRaw(spec, i, raw)), {}, stack),
      );
      if (parts.includes(SKIP)) return SKIP;
      const objects = parts.filter(isRecord);
      return objects.length === parts.length ? Object.assign({}, ...objects) : parts.at(-1);
    }
    default:
      throw new Error(`unexpected type ${JSON.stringify(type)}`);
  }
}

/** A leaf value made from the schema alone. */
function makeLeaf(spec: Spec, type: Type, raw: Raw | undefined, stack: readonly string[]): unknown {
  const s = raw?.schema ?? {};
  switch (type.kind) {
    case 'enum':
      return type.values.find((v) => v !== null) ?? null;
    case 'array': {
      const item = sample(spec, type.items, align(spec, type.items, child(spec, raw, 'items')), {}, stack);
      const count = Math.max(1, typeof s['minItems'] === 'number' ? s['minItems'] : 1);
      return item === SKIP ? [] : Array.from({ length: count }, () => item);
    }
    case 'union': {
      for (const [i, variant] of type.variants.entries()) {
        if (isNullType(variant)) continue;
        const value = sample(spec, variant, align(spec, variant, variantRaw(spec, type, i, raw)), {}, stack);
        if (value !== SKIP) return value;
      }
      return null;
    }
    case 'ref':
      return sample(spec, type, raw, {}, stack);
    case 'scalar':
      switch (type.name) {
        case 'string':
          return stringSample(s);
        case 'integer':
          return numberSample(s, true);
        case 'number':
          return numberSample(s, false);
        case 'boolean':
          return true;
        case 'null':
          return null;
        case 'binary':
          return new Blob(['sample'], { type: 'application/octet-stream' });
        default:
          return 'sample';
      }
    default:
      throw new Error(`not a leaf: ${type.kind}`);
  }
}

function stringSample(s: Json): string {
  const min = typeof s['minLength'] === 'number' ? s['minLength'] : 0;
  const max = typeof s['maxLength'] === 'number' ? s['maxLength'] : Infinity;
  const pattern = typeof s['pattern'] === 'string' ? s['pattern'] : undefined;
  const format = typeof s['format'] === 'string' ? FORMAT_SAMPLES[s['format']] : undefined;
  const candidates: string[] = [];
  if (format) candidates.push(format);
  if (pattern) candidates.push(...patternSamples(pattern, min));
  // Free text: pad or cut to the allowed length.
  if (!pattern && !format)
    candidates.push('sample'.padEnd(min, 'x').slice(0, max === Infinity ? undefined : Math.max(max, 0)));
  const fits = candidates.find((c) => scalarProblems(c, 'string', s, '').length === 0);
  return fits ?? candidates[0] ?? 'sample';
}

function numberSample(s: Json, integer: boolean): number {
  const step = integer ? 1 : 0.5;
  let lo = typeof s['minimum'] === 'number' ? s['minimum'] + (s['exclusiveMinimum'] === true ? step : 0) : undefined;
  let hi = typeof s['maximum'] === 'number' ? s['maximum'] - (s['exclusiveMaximum'] === true ? step : 0) : undefined;
  if (typeof s['exclusiveMinimum'] === 'number') lo = s['exclusiveMinimum'] + step;
  if (typeof s['exclusiveMaximum'] === 'number') hi = s['exclusiveMaximum'] - step;
  let value = lo ?? (hi !== undefined && hi < 1 ? hi : 1);
  const m = typeof s['multipleOf'] === 'number' && s['multipleOf'] > 0 ? s['multipleOf'] : undefined;
  if (m) value = Math.ceil(value / m) * m;
  if (hi !== undefined && value > hi) value = m ? Math.floor(hi / m) * m : hi;
  return integer ? Math.ceil(value) : value;
}

// ---------------------------------------------------------------------------
// Strings from regular expressions (the subset JSON Schema patterns use)

type Node =
  | { kind: 'alt'; options: Node[][] }
  | { kind: 'text'; text: string }
  | { kind: 'repeat'; node: Node; min: number; max: number };

/** Printable ASCII, nicest first: what a character class is sampled from. */
const CHAR_PREFERENCE = 'a0bA1xX_-.:@ ' + Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

function pickChar(classSource: string): string {
  const re = new RegExp(`^${classSource}$`, 'u');
  for (const c of CHAR_PREFERENCE) if (re.test(c)) return c;
  return 'a';
}

function parsePattern(source: string): Node {
  let i = 0;
  const parseAlt = (): Node => {
    const options: Node[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      const c = source[i]!;
      if (c === '|') {
        options.push([]);
        i++;
        continue;
      }
      let atom: Node;
      if (c === '(') {
        i++;
        if (source[i] === '?') {
          // (?:...), lookarounds: treat lookarounds as nothing, groups as groups.
          const look = /^\?(<?[=!])/.exec(source.slice(i));
          i += look ? look[0].length : 2;
          const inner = parseAlt();
          atom = look ? { kind: 'text', text: '' } : inner;
          if (source[i] === '<') i++;
        } else {
          atom = parseAlt();
        }
        i++; // ')'
      } else if (c === '[') {
        let j = i + 1;
        if (source[j] === '^') j++;
        if (source[j] === ']') j++;
        while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
        atom = { kind: 'text', text: pickChar(source.slice(i, j + 1)) };
        i = j + 1;
      } else if (c === '\\') {
        const e = source[i + 1] ?? '';
        i += 2;
        if (e === 'b' || e === 'B') atom = { kind: 'text', text: '' };
        else if (e === 'u' && /^[0-9a-fA-F]{4}/.test(source.slice(i))) {
          atom = { kind: 'text', text: String.fromCharCode(parseInt(source.slice(i, i + 4), 16)) };
          i += 4;
        } else if (e === 'x' && /^[0-9a-fA-F]{2}/.test(source.slice(i))) {
          atom = { kind: 'text', text: String.fromCharCode(parseInt(source.slice(i, i + 2), 16)) };
          i += 2;
        } else if (/[dDwWsS]/.test(e)) atom = { kind: 'text', text: pickChar(`\\${e}`) };
        else atom = { kind: 'text', text: e };
      } else if (c === '^' || c === '$') {
        i++;
        atom = { kind: 'text', text: '' };
      } else if (c === '.') {
        i++;
        atom = { kind: 'text', text: 'a' };
      } else {
        i++;
        atom = { kind: 'text', text: c };
      }
      // Quantifier
      const q = /^(?:\{(\d+)(,(\d*))?\}|[*+?])\??/.exec(source.slice(i));
      if (q) {
        i += q[0].length;
        const [min, max] =
          q[0][0] === '*'
            ? [0, Infinity]
            : q[0][0] === '+'
              ? [1, Infinity]
              : q[0][0] === '?'
                ? [0, 1]
                : [Number(q[1]), q[2] === undefined ? Number(q[1]) : q[3] === '' ? Infinity : Number(q[3])];
        atom = { kind: 'repeat', node: atom, min: min!, max: max! };
      }
      options.at(-1)!.push(atom);
    }
    return { kind: 'alt', options };
  };
  return parseAlt();
}

function generate(node: Node, extra: number): string {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'alt':
      return node.options[0]!.map((n) => generate(n, extra)).join('');
    case 'repeat': {
      const count = Math.min(node.max, node.min + (node.max > node.min ? extra : 0));
      return Array.from({ length: count }, () => generate(node.node, extra)).join('');
    }
  }
}

/** Strings made from a pattern, shortest first, each tested against it. */
function patternSamples(pattern: string, minLength: number): string[] {
  let tree: Node;
  try {
    tree = parsePattern(pattern);
  } catch {
    return [];
  }
  const re = new RegExp(pattern, 'u');
  const out = new Set<string>();
  for (const extra of [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, Math.max(0, minLength)]) {
    const text = generate(tree, extra);
    if (re.test(text)) out.add(text);
  }
  return [...out];
}

// ---------------------------------------------------------------------------
// Arguments of a whole operation

/** Which parameters the sample arguments hold. */
export interface ArgumentOptions {
  /** Optional query parameters too (default true), except deprecated ones and those that choose the response's depth. */
  readonly optionalQuery?: boolean;
}

/**
 * Operations that cannot be satisfied generically, by operationId (within a
 * spec's entry): a function that adjusts the generic arguments. Each entry
 * must say why the generic rules cannot do it. None needed so far.
 */
export const OVERRIDES: Readonly<Record<string, (params: Json) => Json>> = {};

/**
 * The params object of a generated method: parameters by their plan key, and
 * `body`. Required parameters always; optional query parameters unless told
 * otherwise, except `x-depth` ones (they change the response's shape, that is
 * the contract of the result) and deprecated ones (no longer part of the
 * contract; Prism flags their use); optional headers never (conditional
 * requests like If-Match, and client options like x-trace-id, change what is
 * asked).
 * Client-filled parameters (x-correlation-id, x-client-option) are left to
 * the client: that is part of what is tested.
 */
export function sampleArguments(
  spec: Spec,
  planned: PlannedOperation,
  { optionalQuery = true }: ArgumentOptions = {},
): Json {
  const root = spec.workspace.root;
  const params: Json = {};
  for (const p of planned.parameters) {
    const { parameter } = p;
    const wanted =
      p.required || (optionalQuery && parameter.in === 'query' && !parameter.depth && !parameter.deprecated);
    if (!wanted) continue;
    const raw = child(spec, rawAt(spec, root, parameter.pointer), 'schema');
    params[p.key] = sampleValue(spec, parameter.type, raw, { example: parameter.example, default: parameter.default });
  }
  const body = planned.operation.body;
  if (body) {
    const bodyRaw = rawAt(spec, root, body.pointer);
    const raw = child(spec, bodyRaw, 'content', body.mediaType, 'schema');
    params['body'] = sampleValue(spec, body.type, raw);
  }
  const override = OVERRIDES[`${spec.plan.api.entry}:${planned.operation.id}`];
  return override ? override(params) : params;
}
