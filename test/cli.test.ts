import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../generator/cli.ts';
import { root } from './helpers/generate.ts';
import { tempDir } from './helpers/tmp.ts';

function io(cwd = root) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd }, out, err };
}

/** Every file under a folder with its content, to prove nothing changed. */
function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[path.slice(dir.length)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('clientgen generate', () => {
  let work: string;
  beforeAll(async () => {
    work = tempDir('cli-');
    cpSync(join(root, 'test/fixtures/specs/petstore.yaml'), join(work, 'petstore.yaml'));
    const { io: first } = io(work);
    expect(await run(['generate', '--spec', 'petstore.yaml', '--out', 'out'], first)).toBe(0);
  });

  it('leaves the output untouched and exits 1 when a spec is invalid, listing every problem', async () => {
    const before = snapshotTree(join(work, 'out'));
    writeFileSync(
      join(work, 'broken.yaml'),
      readFileSync(join(work, 'petstore.yaml'), 'utf8')
        .replace('operationId: getPet', 'operationId: listPets')
        .replace("'200':\n          description: A page of pets.", "'200':\n          description: [oops"),
    );
    const { io: t, err } = io(work);
    expect(await run(['generate', '--spec', 'broken.yaml', '--out', 'out'], t)).toBe(1);
    expect(err[0]).toMatch(/^broken\.yaml:\d+:\d+ {2}error {2}yaml-syntax {2}/);
    expect(err.at(-1)).toBe('out left untouched');
    expect(snapshotTree(join(work, 'out'))).toEqual(before);
  });

  it('reports all semantic problems at once with file:line:col and pointer', async () => {
    writeFileSync(
      join(work, 'dup.yaml'),
      readFileSync(join(work, 'petstore.yaml'), 'utf8')
        .replace('operationId: getPet', 'operationId: listPets')
        .replace('operationId: deletePet', 'operationId: createPet'),
    );
    const { io: t, err } = io(work);
    expect(await run(['generate', '--spec', 'dup.yaml', '--out', 'out', '--strict'], t)).toBe(1);
    expect(err.filter((l) => l.includes('operation-id-duplicate'))).toEqual([
      expect.stringMatching(
        /^dup\.yaml:\d+:\d+ {2}error {2}operation-id-duplicate {2}operationId "listPets" is also used by GET \/pets {2}\(\/paths\/~1pets~1\{petId\}\/get\/operationId\)$/,
      ),
      expect.stringMatching(
        /^dup\.yaml:\d+:\d+ {2}error {2}operation-id-duplicate .*\(\/paths\/~1pets~1\{petId\}\/delete\/operationId\)$/,
      ),
    ]);
  });

  it('--check exits 1 naming the files that would change, and writes nothing', async () => {
    const target = join(work, 'out', 'src', 'petstore', 'types.ts');
    writeFileSync(target, 'edited by hand\n');
    const { io: t, err } = io(work);
    expect(await run(['generate', '--spec', 'petstore.yaml', '--out', 'out', '--check'], t)).toBe(1);
    expect(err).toContain(`changed  ${join('out', 'src', 'petstore', 'types.ts')}`);
    expect(readFileSync(target, 'utf8')).toBe('edited by hand\n');
    const { io: again } = io(work);
    expect(await run(['generate', '--spec', 'petstore.yaml', '--out', 'out'], again)).toBe(0);
    expect(readFileSync(target, 'utf8')).not.toBe('edited by hand\n');
  });

  it('writes only the files whose content changed', async () => {
    const untouched = join(work, 'out', 'src', 'runtime', 'transport.ts');
    const before = statSync(untouched).mtimeMs;
    writeFileSync(
      join(work, 'petstore.yaml'),
      readFileSync(join(work, 'petstore.yaml'), 'utf8').replace('summary: List pets', 'summary: List every pet'),
    );
    const { io: t, out } = io(work);
    expect(await run(['generate', '--spec', 'petstore.yaml', '--out', 'out'], t)).toBe(0);
    expect(out.filter((l) => l.startsWith('changed'))).toEqual(
      expect.arrayContaining([
        `changed  ${join('out', 'src', 'petstore', 'pets.ts')}`,
        `changed  ${join('out', '.clientgen-stamp.json')}`,
      ]),
    );
    expect(out.some((l) => l.includes('transport'))).toBe(false);
    expect(statSync(untouched).mtimeMs).toBe(before);
  });

  it('takes --spec more than once, one entry per spec', async () => {
    cpSync(join(root, 'specs/contabo.yaml'), join(work, 'contabo.yaml'));
    const { io: t } = io(work);
    expect(await run(['generate', '--spec', 'petstore.yaml', '--spec', 'contabo.yaml', '--out', 'two'], t)).toBe(0);
    const pkg = JSON.parse(readFileSync(join(work, 'two', 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['./petstore', './contabo']));
  });

  it('exits 2 on unusable arguments', async () => {
    const { io: t } = io(work);
    expect(await run(['generate', '--no-such-flag'], t)).toBe(2);
    expect(await run(['frobnicate'], t)).toBe(2);
  });
});

describe('clientgen check', () => {
  it('prints one line per finding and exits 1 on errors, 0 on a clean spec', async () => {
    const clean = io();
    expect(await run(['check', 'specs/contabo.yaml'], clean.io)).toBe(0);
    expect(clean.out).toEqual(['1 spec checked: 0 errors, 0 warnings']);
    const work = tempDir('check-');
    writeFileSync(
      join(work, 'a.yaml'),
      "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /x:\n    get:\n      responses: {}\n",
    );
    const bad = io(work);
    expect(await run(['check', '--strict', 'a.yaml'], bad.io)).toBe(1);
    expect(bad.out).toEqual([
      'a.yaml:5:5  warning  operation-id-missing  GET /x has no operationId; "getX" is used  (/paths/~1x/get)',
      'a.yaml:5:5  error  operation-untagged  GET /x has no tag  (/paths/~1x/get)',
      'a.yaml:6:7  error  responses-missing  GET /x declares no responses  (/paths/~1x/get/responses)',
      '1 spec checked: 2 errors, 1 warning',
    ]);
    // Without --strict, a document from elsewhere is held to the same rules as warnings.
    const lenient = io(work);
    expect(await run(['check', 'a.yaml'], lenient.io)).toBe(0);
    expect(lenient.out.at(-1)).toBe('1 spec checked: 0 errors, 3 warnings');
    expect(lenient.out.filter((l) => l.includes('  error  '))).toEqual([]);
  });
});

describe('clientgen check with a config', () => {
  it('checks the specs the config lists, and refuses an unusable config with exit 2', async () => {
    const work = tempDir('check-config-');
    cpSync(join(root, 'test/fixtures/specs/petstore.yaml'), join(work, 'petstore.yaml'));
    writeFileSync(
      join(work, 'clientgen.config.json'),
      JSON.stringify({ specs: [{ path: 'petstore.yaml', strict: true }] }),
    );
    const listed = io(work);
    expect(await run(['check'], listed.io)).toBe(0);
    expect(listed.out).toEqual(['1 spec checked: 0 errors, 0 warnings']);
    const strict = io(work);
    expect(await run(['check', '--strict', 'petstore.yaml'], strict.io)).toBe(0);
    writeFileSync(join(work, 'clientgen.config.json'), JSON.stringify({ specs: 'petstore.yaml' }));
    const bad = io(work);
    expect(await run(['check'], bad.io)).toBe(2);
    expect(bad.err).toEqual([
      'clientgen.config.json:1:2: "specs" must be a non-empty list of spec paths or { "path": ... } objects',
    ]);
  });

  it('lists the package flags in its help', async () => {
    const help = io();
    expect(await run(['generate', '--help'], help.io)).toBe(0);
    for (const flag of [
      '--config <file>',
      '--name <name>',
      '--package-version <version>',
      '--description <text>',
      '--strict',
    ])
      expect(help.out.join('\n')).toContain(flag);
  });
});
