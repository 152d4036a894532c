import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/generate.ts';
import { tempDir } from './helpers/tmp.ts';

/**
 * The real bin, as CI runs it: every command exits by itself, with 0, 1 or 2,
 * whatever happened. A child that has not exited after a minute is killed and
 * reported as hung (a guard against waiting forever, not a speed limit).
 */
function clientgen(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; hung: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'generator/bin/clientgen.js'), ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let hung = false;
    const guard = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, 60_000);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, hung, stdout, stderr });
    });
  });
}

const petstore = readFileSync(join(root, 'test/fixtures/specs/petstore.yaml'), 'utf8');

describe('the clientgen bin exits', () => {
  it('with 1 after reporting a dangling $ref, output untouched', async () => {
    const work = tempDir('exit-');
    writeFileSync(
      join(work, 'api.yaml'),
      petstore.replace("$ref: '#/components/schemas/Owner'", "$ref: '#/components/schemas/Nobody'"),
    );
    const run = await clientgen(['generate', '--spec', 'api.yaml', '--out', 'out', '--strict'], work);
    expect(run).toMatchObject({ hung: false, code: 1 });
    expect(run.stderr).toMatch(/api\.yaml:\d+:\d+ {2}error {2}ref-unresolved/);
    expect(run.stderr.trim().split('\n').at(-1)).toBe('out left untouched');
  });

  it('with 1 on a syntax error, from generate and from check', async () => {
    const work = tempDir('exit-');
    writeFileSync(join(work, 'api.yaml'), 'openapi: 3.0.3\ninfo: [unclosed\n');
    for (const args of [
      ['generate', '--spec', 'api.yaml', '--out', 'out'],
      ['check', 'api.yaml'],
    ]) {
      const run = await clientgen(args, work);
      expect(run).toMatchObject({ hung: false, code: 1 });
      expect(run.stdout + run.stderr).toMatch(/api\.yaml:\d+:\d+ {2}error {2}yaml-syntax/);
    }
  });

  it('with 2 on unusable arguments, and on no specs at all', async () => {
    const work = tempDir('exit-');
    expect(await clientgen(['generate', '--no-such-flag'], work)).toMatchObject({ hung: false, code: 2 });
    expect(await clientgen(['check'], work)).toMatchObject({ hung: false, code: 2 });
    expect(await clientgen(['diff', 'missing-a.yaml', 'missing-b.yaml'], work)).toMatchObject({ hung: false, code: 2 });
  });

  it('with 0 after generating from OpenAPI 3.1 and Swagger 2.0 documents', async () => {
    const work = tempDir('exit-');
    cpSync(join(root, 'test/fixtures/world'), work, { recursive: true });
    for (const spec of ['openapi-31.yaml', 'swagger-20.yaml']) {
      const run = await clientgen(['generate', '--spec', spec, '--out', `out-${spec}`], work);
      expect(run).toMatchObject({ hung: false, code: 0 });
      expect(run.stdout).toMatch(/written/);
    }
  });
});
