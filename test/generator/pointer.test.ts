import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeSegment,
  formatDiagnostic,
  fragmentPointer,
  pointerOf,
  segmentsOf,
} from '../../generator/diagnostics/diagnostic.ts';
import { check, planOf } from '../helpers/generate.ts';

describe('JSON pointers: one way to write a segment, one way to read it', () => {
  it('any key comes back as it was, whatever it holds (`~`, `/`, `%`)', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (keys) => {
        expect(segmentsOf(pointerOf(keys))).toEqual(keys);
      }),
    );
    expect(pointerOf(['paths', '/a/{id}', 'x~y', '50%', 0])).toBe('/paths/~1a~1{id}/x~0y/50%/0');
    expect(escapeSegment('~1')).toBe('~01');
  });

  it("a `$ref`'s fragment is percent-decoded; a `%` that encodes nothing stays", () => {
    expect(fragmentPointer('#/components/schemas/Rate%20Card')).toBe('/components/schemas/Rate Card');
    expect(fragmentPointer('/a/50%')).toBe('/a/50%');
    expect(fragmentPointer('#')).toBe('');
  });
});

const spec = `openapi: 3.0.3
info:
  title: t
  version: "1"
paths:
  /a:
    get:
      operationId: getA
      tags: [a]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Rate%20Card"
components:
  schemas:
    Rate Card:
      type: object
      properties:
        50%:
          type: string
`;

describe('keys that look like URI escapes', () => {
  it('a finding under a key with `%` in it is located, not a crash', () => {
    const files = { 'spec.yaml': spec.replace('          type: string\n', '          $ref: "#/nope"\n') };
    expect(check(['spec.yaml'], files).diagnostics.map(formatDiagnostic)).toEqual([
      'spec.yaml:23:11  error  ref-unresolved  $ref "#/nope" points at nothing  (/components/schemas/Rate Card/properties/50%)',
    ]);
  });

  it('a percent-encoded `$ref` reaches the schema, which is one model', () => {
    expect(check(['spec.yaml'], { 'spec.yaml': spec }).diagnostics).toEqual([]);
    const plan = planOf('spec.yaml', { 'spec.yaml': spec });
    expect([...plan.models.values()].map((m) => m.pointer)).toEqual(['/components/schemas/Rate Card']);
  });
});
