import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generate } from '../helpers/generate.ts';
import { typecheckAll } from '../helpers/typecheck.ts';

/**
 * Property: for any OpenAPI document, valid or not, the generator either
 * produces a package that type-checks under the strict flags, or reports
 * located diagnostics. It never throws.
 */

/** Names with the characters that break naive generators. */
const name = fc.string({
  unit: fc.constantFrom(
    'a',
    'B',
    'z',
    '0',
    '7',
    '-',
    '_',
    ' ',
    '.',
    '$',
    '{',
    '}',
    '[',
    '"',
    "'",
    '`',
    '*',
    '/',
    '\n',
    'é',
    '@',
  ),
  minLength: 1,
  maxLength: 8,
});

const literal = fc.oneof(name, fc.integer({ min: -3, max: 3 }));

function schemaArbitrary(components: readonly string[]) {
  return fc.letrec<{ schema: unknown }>((tie) => ({
    schema: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record(
        {
          type: fc.constantFrom('string', 'integer', 'number', 'boolean'),
          format: fc.constantFrom('int64', 'date-time', 'uuid', 'binary', 'byte'),
          nullable: fc.boolean(),
          description: name,
        },
        { requiredKeys: ['type'] },
      ),
      fc.record({
        type: fc.constant('string'),
        enum: fc.uniqueArray(literal.map(String), { minLength: 1, maxLength: 4 }),
      }),
      ...(components.length
        ? [
            fc
              .constantFrom(...components)
              .map((c) => ({ $ref: `#/components/schemas/${c.replace(/~/g, '~0').replace(/\//g, '~1')}` })),
          ]
        : []),
      fc.record({ type: fc.constant('array'), items: tie('schema') }),
      fc
        .record(
          {
            properties: fc.dictionary(name, tie('schema'), { maxKeys: 4 }),
            additionalProperties: fc.oneof(fc.boolean(), tie('schema')),
            readOnlyFirst: fc.boolean(),
          },
          { requiredKeys: ['properties'] },
        )
        .map(({ properties, additionalProperties, readOnlyFirst }) => {
          const keys = Object.keys(properties);
          const props = Object.fromEntries(
            Object.entries(properties).map(([k, v], i) => [
              k,
              i === 0 && readOnlyFirst && typeof v === 'object' && v && !('$ref' in v) ? { ...v, readOnly: true } : v,
            ]),
          );
          return {
            type: 'object',
            properties: props,
            required: keys.slice(0, 1),
            ...(additionalProperties !== undefined ? { additionalProperties } : {}),
          };
        }),
      fc.record({ oneOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ allOf: fc.array(tie('schema'), { minLength: 1, maxLength: 2 }) }),
    ),
  })).schema;
}

const document = fc
  .uniqueArray(name, { maxLength: 4 })
  .chain((components) => {
    const schema = schemaArbitrary(components);
    const parameter = fc.record({
      name,
      in: fc.constantFrom('query', 'header'),
      required: fc.boolean(),
      schema,
    });
    const operation = fc.record(
      {
        operationId: name,
        tags: fc.array(name, { minLength: 1, maxLength: 2 }),
        summary: name,
        parameters: fc.array(parameter, { maxLength: 3 }),
        requestBody: fc.record({
          required: fc.boolean(),
          content: fc.record({ 'application/json': fc.record({ schema }) }),
        }),
        responses: fc.record({
          '200': fc.record({ description: name, content: fc.record({ 'application/json': fc.record({ schema }) }) }),
        }),
      },
      { requiredKeys: ['tags', 'responses'] },
    );
    const path = fc
      .tuple(
        fc.array(fc.stringMatching(/^[a-z][a-z0-9-]{0,5}$/), { minLength: 1, maxLength: 3 }),
        fc.option(name, { nil: undefined }),
      )
      .map(([segments, param]) => ({
        path: `/${segments.join('/')}${param ? `/{${param.replace(/[{}/]/g, '')}}` : ''}`,
        param: param?.replace(/[{}/]/g, ''),
      }));
    return fc.record({
      schemas: fc
        .tuple(...components.map(() => schema))
        .map((list) => Object.fromEntries(components.map((c, i) => [c, list[i]]))),
      paths: fc.array(fc.tuple(path, fc.constantFrom('get', 'post', 'put', 'delete'), operation), {
        minLength: 1,
        maxLength: 4,
      }),
    });
  })
  .map(({ schemas, paths }) => {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [{ path, param }, method, op] of paths) {
      const parameters = [...((op['parameters'] as unknown[]) ?? [])];
      if (param !== undefined) parameters.push({ name: param, in: 'path', required: true, schema: { type: 'string' } });
      const withBody = method === 'get' || method === 'delete' ? (({ requestBody: _, ...rest }) => rest)(op) : op;
      out[path] = { ...out[path], [method]: { ...withBody, parameters } };
    }
    return { openapi: '3.0.3', info: { title: 'fuzz', version: '1' }, paths: out, components: { schemas } };
  });

describe('generator on random documents', () => {
  it('succeeds with strictly typed output or fails with located diagnostics, never throws', async () => {
    const generated: Map<string, string>[] = [];
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(document, async (doc) => {
        const result = await generate(['fuzz.yaml'], { 'fuzz.yaml': stringify(doc) });
        if (result.files) {
          generated.push(result.files);
          return;
        }
        rejected++;
        expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        for (const d of result.diagnostics) {
          expect(d.file).toBe('fuzz.yaml');
          expect(d.line).toBeGreaterThan(0);
          expect(d.col).toBeGreaterThan(0);
          expect(d.message).not.toMatch(/\n\s+at /);
        }
      }),
      // A fixed seed keeps CI deterministic; FUZZ_SEED and FUZZ_RUNS explore further by hand.
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 40), seed: Number(process.env['FUZZ_SEED'] ?? 20261123) },
    );
    expect(generated.length).toBeGreaterThan(5);
    // One compiler run for every package the property produced.
    expect(typecheckAll(generated), `${generated.length} generated, ${rejected} rejected`).toEqual([]);
  });
});
