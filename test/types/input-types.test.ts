import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { typeToString } from '../../generator/emit/type-to-string.ts';
import { generate, planOf, root } from '../helpers/generate.ts';

/** A spec with the given component schemas and one POST whose body is `body`. */
function specWith(schemas: Record<string, unknown>, body?: unknown): string {
  const paths = body
    ? {
        '/things': {
          post: {
            operationId: 'createThing',
            tags: ['Things'],
            requestBody: { required: true, content: { 'application/json': { schema: body } } },
            responses: { '204': { description: 'Done.' } },
          },
        },
      }
    : {};
  return stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths, components: { schemas } });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const Stamped = { type: 'object', properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } } };
const Audit = {
  type: 'object',
  properties: { at: { type: 'string', readOnly: true }, by: { type: 'string', readOnly: true } },
};

function inputNames(spec: string): string[] {
  return [...planOf('t.yaml', { 't.yaml': spec }).writeNames.values()].sort();
}

describe('request shapes (Input types)', () => {
  it('exist only for models some request carries', () => {
    expect(inputNames(specWith({ Stamped }))).toEqual([]);
    expect(inputNames(specWith({ Stamped }, ref('Stamped')))).toEqual(['StampedInput']);
    // Reached only through a readOnly field, a model is never sent.
    const Holder = {
      type: 'object',
      properties: { audit: { ...ref('Audit'), readOnly: true }, name: { type: 'string' } },
    };
    const Wrapper = {
      type: 'object',
      properties: { audit: { allOf: [ref('Audit')], readOnly: true }, name: { type: 'string' } },
    };
    expect(inputNames(specWith({ Audit, Holder: Wrapper }, ref('Holder')))).toEqual(['HolderInput']);
    expect(inputNames(specWith({ Audit, Holder }, { type: 'array', items: ref('Holder') }))).toEqual(['HolderInput']);
  });

  it('exist only where the request shape differs from the response shape', () => {
    const Plain = { type: 'object', properties: { name: { type: 'string' } } };
    expect(inputNames(specWith({ Plain }, ref('Plain')))).toEqual([]);
  });

  it('never type as an empty object, which would accept any value but null', () => {
    const plan = planOf('t.yaml', {
      't.yaml': specWith(
        { Audit, Note: { type: 'object', properties: { audit: ref('Audit'), text: { type: 'string' } } } },
        ref('Note'),
      ),
    });
    const note = [...plan.models.values()].find((m) => m.name === 'Note')!;
    const write = typeToString(note.type, { plan, direction: 'write', depth: '0' }).replace(/\s+/g, ' ');
    expect(write).toBe('{ audit?: AuditInput | undefined; text?: string | undefined; }');
    const audit = [...plan.models.values()].find((m) => m.name === 'Audit')!;
    expect(typeToString(audit.type, { plan, direction: 'write', depth: '0' })).toBe('{ [key: string]: never }');
    // In a composition the empty part adds nothing, so it goes.
    const composed = {
      kind: 'intersection' as const,
      parts: [
        { kind: 'ref' as const, model: audit.id },
        { kind: 'ref' as const, model: note.id },
      ],
    };
    expect(typeToString(composed, { plan, direction: 'write', depth: '0' })).toBe('NoteInput');
  });

  it('declare a model that allows no key as admitting none', async () => {
    const spec = specWith(
      {
        Audit,
        Nothing: { type: 'object', additionalProperties: false },
        Note: { type: 'object', properties: { audit: ref('Audit') } },
      },
      ref('Note'),
    );
    const { files, diagnostics } = await generate(['t.yaml'], { 't.yaml': spec });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const types = files!.get('src/t/types.ts')!;
    expect(types).toMatch(/export interface Nothing \{\n {2}\[key: string\]: never;\n\}/);
    expect(types).toMatch(/export interface AuditInput \{\n {2}\[key: string\]: never;\n\}/);
    expect(types).not.toMatch(/\{\s*\}/);
  });
});

/** Every exported interface and type alias of the generated packages, with what each names. */
function generatedDeclarations(entry: string) {
  const project = new Project({ skipAddingFilesFromTsConfig: true });
  const dir = join(root, 'generated/src', entry);
  const files = readdirSync(dir).map((f) => project.addSourceFileAtPath(join(dir, f)));
  const declarations = files
    .flatMap((f) => [...f.getInterfaces(), ...f.getTypeAliases()])
    .filter((d) => d.isExported());
  return declarations.map((d) => ({
    name: d.getName(),
    text: d.getText(),
    isParams: d.getName().endsWith('Params'),
    file: d.getSourceFile().getBaseName(),
  }));
}

describe.each(['profitbricks', 'contabo'])('the generated %s package', (entry) => {
  const declarations = generatedDeclarations(entry);
  const inputs = declarations.filter((d) => d.name.endsWith('Input') && d.file === 'types.ts');

  it('has no empty object type', () => {
    expect(
      declarations.filter((d) => /(interface \w+(<[^>]*>)? \{\s*\}|= \{\s*\};)/.test(d.text)).map((d) => d.name),
    ).toEqual([]);
  });

  it('has only Input types that a params type reaches', () => {
    const used = new Set<string>();
    const queue = declarations.filter((d) => d.isParams).map((d) => d.text);
    for (let text = queue.pop(); text !== undefined; text = queue.pop()) {
      for (const input of inputs) {
        if (used.has(input.name) || !new RegExp(`\\b${input.name}\\b`).test(text)) continue;
        used.add(input.name);
        queue.push(input.text.replace(/^[^{]*\{/, ''));
      }
    }
    expect(inputs.filter((i) => !used.has(i.name)).map((i) => i.name)).toEqual([]);
  });

  it('has only Input types that differ from their response shape', () => {
    // Requests take readonly arrays and an explicit undefined for optional fields; that alone is no difference.
    const plain = (text: string) => text.replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/readonly |\| undefined|\s+/g, '');
    const same = inputs.filter((i) => {
      const read = declarations.find((d) => d.name === i.name.replace(/Input$/, '') && d.file === 'types.ts');
      return read && plain(read.text) === plain(i.text).replace(i.name, read.name);
    });
    expect(same.map((i) => i.name)).toEqual([]);
  });
});

it('keeps the request shapes the ProfitBricks creates need', () => {
  const types = readFileSync(join(root, 'generated/src/profitbricks/types.ts'), 'utf8');
  const inputs = [...types.matchAll(/^export (?:interface|type) (\w+Input)\b/gm)].map((m) => m[1]);
  expect(inputs.sort()).toEqual(
    [
      'DatacenterCreateEntitiesInput',
      'DatacenterCreateInput',
      'ServerCreateEntitiesInput',
      'ServerCreateInput',
      'UserCreateInput',
      'UserCreatePropertiesInput',
      'VolumeCreateInput',
      'VolumeCreatePropertiesInput',
    ].sort(),
  );
});
