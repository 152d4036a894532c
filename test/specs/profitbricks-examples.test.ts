import { describe, expect, it } from 'vitest';
import { schemaValidator } from '../helpers/oas-schema.ts';
import { at, examples, findings, operationOf, schemaOf, type Example } from './examples.ts';
import { EXCEPTIONS, isPlaceholder } from './exceptions.ts';

/** Every finding of every example, as `line kind: finding`, with those at placeholder values apart. */
function check(): { listed: string[]; placeholders: string[] } {
  const listed: string[] = [];
  const placeholders: string[] = [];
  for (const example of examples) {
    const op = operationOf(example);
    if (!op) continue;
    const found =
      example.error !== undefined ? ['not JSON'] : findings(example.body, schemaOf(example, op), example.kind);
    for (const f of found) {
      const key = `${example.line} ${example.kind}: ${f}`;
      const place = f.slice(f.indexOf(' ') + 1);
      if (/^(invalid|malformed) /.test(f) && isPlaceholder(at(example.body, place))) placeholders.push(key);
      else listed.push(key);
    }
  }
  return { listed, placeholders };
}

const named = (e: Example) => `${e.line} ${e.kind} ${e.operation}${e.status ? ` ${e.status}` : ''}`;

/** JSON pointers of every null in a body. */
function nulls(value: unknown, pointer = ''): string[] {
  if (value === null) return [pointer];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => nulls(v, `${pointer}/${key}`));
}

describe('the ProfitBricks v4 reference examples against specs/profitbricks-v4.yaml', () => {
  it('ties each example to one operation and a schema for its status or media type', () => {
    expect(examples.filter((e) => e.kind === 'response').length).toBeGreaterThan(90);
    expect(examples.filter((e) => e.kind === 'request').length).toBeGreaterThan(50);
    const untied = examples.filter((e) => {
      const op = operationOf(e);
      return !op || schemaOf(e, op) === undefined;
    });
    expect(untied.map(named)).toEqual([]);
  });

  const { listed, placeholders } = check();

  it('finds in them only the listed exceptions, each of which still occurs', () => {
    const expected = EXCEPTIONS.flatMap((x) => x.findings.map((f) => `${x.line} ${x.kind}: ${f}`));
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('excuses bracketed placeholders only where a typed value belongs', () => {
    // [date] for a date-time, [server-cores] for an integer, [data-center-location] for a location.
    expect(placeholders.length).toBeGreaterThan(50);
    expect(placeholders.every((p) => /: (invalid|malformed) \//.test(p))).toBe(true);
  });

  it('gives every exception its reason and an example of the fixture', () => {
    const keys = EXCEPTIONS.map((x) => `${x.line} ${x.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const x of EXCEPTIONS) {
      expect(x.reason.length, `${x.line}`).toBeGreaterThan(20);
      expect(
        examples.some((e) => e.line === x.line && e.kind === x.kind),
        `${x.line}`,
      ).toBe(true);
    }
  });

  it('accepts null wherever a parsed example shows it', () => {
    const shown = examples.flatMap((e) =>
      e.error === undefined ? nulls(e.body).map((p) => `${e.line} ${e.kind}: ${p}`) : [],
    );
    // The reference prints null 67 times; 5 are in the firewall-rule create response, which is not JSON.
    expect(shown.length).toBe(62);
    const refused = listed.concat(placeholders).map((f) => f.replace(/: \w+ /, ': '));
    expect(shown.filter((n) => refused.includes(n))).toEqual([]);
  });
});

describe('the check of an example', () => {
  const read = examples.find((e) => e.line === 828)!; // GET /datacenters/{dataCenterId}
  const op = operationOf(read)!;
  const baseline = findings(read.body, schemaOf(read, op), 'response');
  const faults = (change: (body: Record<string, any>) => void) => {
    const body = structuredClone(read.body) as Record<string, any>;
    change(body);
    return findings(body, schemaOf(read, op), 'response').filter((f) => !baseline.includes(f));
  };

  it('finds invented fields at the top, inside a composed schema and in a nested collection', () => {
    expect(faults((b) => (b['undeclared'] = 1))).toEqual(['invented /undeclared']);
    expect(faults((b) => (b['properties'].undeclared = 1))).toEqual(['invented /properties/undeclared']);
    expect(faults((b) => (b['entities'].servers.undeclared = 1))).toEqual(['invented /entities/servers/undeclared']);
  });

  it('finds a missing required field, a null where none is allowed, a wrong type and an unknown enum value', () => {
    expect(faults((b) => delete b['href'])).toEqual(['missing /href']);
    expect(faults((b) => (b['properties'].location = null))).toEqual(['invalid /properties/location']);
    expect(faults((b) => (b['properties'].version = '22'))).toEqual(['invalid /properties/version']);
    expect(faults((b) => (b['metadata'].state = 'SLEEPING'))).toEqual(['invalid /metadata/state']);
  });

  it('keeps readOnly fields out of requests and writeOnly ones out of responses', () => {
    const doc = {
      components: {
        schemas: {
          Key: {
            type: 'object',
            required: ['id'],
            properties: { id: { type: 'string', readOnly: true }, secret: { type: 'string', writeOnly: true } },
          },
        },
      },
    };
    const schema = { $ref: '#/components/schemas/Key' };
    const check = (direction: 'request' | 'response', body: unknown) => {
      const validate = schemaValidator(doc, true, direction)(schema);
      return validate(body) ? [] : validate.errors!.map((e) => `${e.keyword} ${JSON.stringify(e.params)}`);
    };
    expect(check('request', { secret: 's' })).toEqual([]);
    expect(check('request', { id: 'k', secret: 's' })).toEqual(['unevaluatedProperties {"unevaluatedProperty":"id"}']);
    expect(check('response', { id: 'k' })).toEqual([]);
    expect(check('response', { id: 'k', secret: 's' })).toEqual([
      'unevaluatedProperties {"unevaluatedProperty":"secret"}',
    ]);
  });
});
