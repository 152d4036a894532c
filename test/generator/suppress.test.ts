import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../generator/cli.ts';
import { check } from '../helpers/generate.ts';
import { tempDir } from '../helpers/tmp.ts';

/** Three operations that each take their path parameter, and one a response, from `common.yaml`. */
const SPEC = `openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /a/{id}:
    get:
      operationId: getA
      tags: [A]
      parameters:
        - $ref: 'common.yaml#/components/parameters/Id'
      responses:
        '200': { description: ok }
  /b/{id}:
    get:
      operationId: getB
      tags: [A]
      parameters:
        - $ref: 'common.yaml#/components/parameters/Id'
      responses:
        '200': { $ref: 'common.yaml#/components/responses/Ok' }
  /c/{id}:
    parameters:
      - $ref: 'common.yaml#/components/parameters/Id'
    delete:
      operationId: deleteC
      tags: [A]
      responses:
        '204': { description: gone }
`;

/** Findings as `line:col code pointer`, and how many were left out. */
function findings(files: Record<string, string>) {
  const { diagnostics, suppressed } = check(['spec.yaml'], files);
  return { found: diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.pointer}`), suppressed };
}

describe('findings that follow from an earlier one', () => {
  it('a file that cannot be read is one finding, not one per $ref into it, nor one per parameter it held', () => {
    // Before: file-unreadable and ref-unresolved at each of the 4 $refs, and path-param-undeclared for each operation.
    expect(findings({ 'spec.yaml': SPEC })).toEqual({
      found: ['spec.yaml:9:11 file-unreadable /paths/~1a~1{id}/get/parameters/0'],
      suppressed: 7,
    });
  });

  it('nor is a file that does not parse', () => {
    const common =
      'components:\n  parameters:\n    Id: { name: id, in: path, required: true, schema: { type: string }\n';
    expect(findings({ 'spec.yaml': SPEC, 'common.yaml': common })).toEqual({
      found: ['common.yaml:3:9 yaml-syntax /components/parameters/Id'],
      suppressed: 7,
    });
  });

  it('a $ref to nothing in a file that loads is the finding; what the operation misses through it is not, what it misses otherwise is', () => {
    const common = 'components:\n  responses:\n    Ok: { description: ok }\n';
    const spec = SPEC.replace(
      "      tags: [A]\n      parameters:\n        - $ref: 'common.yaml#/components/parameters/Id'\n      responses:\n        '200': { description: ok }",
      "      parameters:\n        - $ref: 'common.yaml#/components/parameters/Id'\n      responses:\n        '200': { description: ok }",
    );
    expect(findings({ 'spec.yaml': spec, 'common.yaml': common })).toEqual({
      found: [
        'spec.yaml:5:5 operation-untagged /paths/~1a~1{id}/get',
        'spec.yaml:8:11 ref-unresolved /paths/~1a~1{id}/get/parameters/0',
        'spec.yaml:16:11 ref-unresolved /paths/~1b~1{id}/get/parameters/0',
        'spec.yaml:21:9 ref-unresolved /paths/~1c~1{id}/parameters/0',
      ],
      suppressed: 3,
    });
  });

  it('findings with no broken $ref behind them are all kept', () => {
    const common =
      'components:\n  parameters:\n    Id: { name: id, in: path, required: true, schema: { type: string } }\n  responses:\n    Ok: { description: ok }\n';
    const spec = SPEC.replace('/c/{id}:\n    parameters:', '/c/{id}/{other}:\n    parameters:');
    expect(findings({ 'spec.yaml': spec, 'common.yaml': common })).toEqual({
      found: ['spec.yaml:23:5 path-param-undeclared /paths/~1c~1{id}~1{other}/delete'],
      suppressed: 0,
    });
  });

  it('the summary line of check and generate says how many were left out', async () => {
    const dir = tempDir('follow-on-');
    writeFileSync(join(dir, 'spec.yaml'), SPEC);
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd: dir };
    expect(await run(['check', 'spec.yaml'], io)).toBe(1);
    expect(out).toEqual([
      'spec.yaml:9:11  error  file-unreadable  cannot read common.yaml (ENOENT)  (/paths/~1a~1{id}/get/parameters/0)',
      '1 spec checked: 1 error, 0 warnings; 7 follow-on findings not shown',
    ]);
    expect(await run(['generate', '--spec', 'spec.yaml', '--out', 'out'], io)).toBe(1);
    expect(err.slice(-2)).toEqual(['1 error, 0 warnings; 7 follow-on findings not shown', 'out left untouched']);
  });
});
