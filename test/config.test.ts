import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../generator/cli.ts';
import { loadSettings } from '../generator/config/settings.ts';
import { nameFromTitle } from '../generator/scaffold/identity.ts';
import { root } from './helpers/generate.ts';
import { tempDir } from './helpers/tmp.ts';

const PETSTORE = readFileSync(join(root, 'test/fixtures/specs/petstore.yaml'), 'utf8');

/** A working directory holding the petstore fixture as `specs/petstore.yaml` and the given files. */
function workspace(files: Record<string, string> = {}): string {
  const dir = tempDir('config-');
  mkdirSync(join(dir, 'specs'));
  writeFileSync(join(dir, 'specs/petstore.yaml'), PETSTORE);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function cli(cwd: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd });
  return { code, out, err };
}

function manifest(dir: string): {
  name: string;
  version: string;
  description: string;
  exports: Record<string, unknown>;
} {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/** Every file under a folder, by path, with its text. */
function tree(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe('clientgen.config.json', () => {
  it('says the specs, the output folder, the package and the entries', async () => {
    const dir = workspace({
      'clientgen.config.json': json({
        specs: [{ path: 'specs/petstore.yaml', entry: 'pets', strict: true }],
        out: 'build/pkg',
        package: { name: '@acme/pets', version: '2.0.0-rc.1', description: 'Pets for Acme' },
      }),
    });
    const { code, out } = await cli(dir, 'generate');
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/^build\/pkg: \d+ written, 0 removed, 0 unchanged$/);
    const pkg = manifest(join(dir, 'build/pkg'));
    expect([pkg.name, pkg.version, pkg.description]).toEqual(['@acme/pets', '2.0.0-rc.1', 'Pets for Acme']);
    expect(Object.keys(pkg.exports)).toEqual(['./pets', './runtime', './package.json']);
    expect(readFileSync(join(dir, 'build/pkg/src/pets/client.ts'), 'utf8')).toContain('export class PetsClient');
    expect(readFileSync(join(dir, 'build/pkg/README.md'), 'utf8')).toMatch(/^# @acme\/pets\n\nPets for Acme\n/);
  });

  it('has paths relative to its own folder when named with --config', async () => {
    const dir = workspace({
      'conf/clientgen.config.json': json({ specs: ['../specs/petstore.yaml'], out: '../made' }),
    });
    const { code, out } = await cli(dir, 'generate', '--config', 'conf/clientgen.config.json');
    expect(code, out.join('\n')).toBe(0);
    expect(manifest(join(dir, 'made')).name).toBe('petstore');
  });

  it('is overridden by the flags, key by key', async () => {
    const dir = workspace({
      'clientgen.config.json': json({
        specs: ['specs/missing.yaml'],
        out: 'from-config',
        package: { name: 'from-config', version: '1.0.0', description: 'kept' },
      }),
    });
    const { code } = await cli(
      dir,
      'generate',
      '--spec',
      'specs/petstore.yaml',
      '--out',
      'from-flags',
      '--name',
      'from-flags',
      '--package-version',
      '3.1.4',
    );
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'from-config'))).toBe(false);
    const pkg = manifest(join(dir, 'from-flags'));
    expect([pkg.name, pkg.version, pkg.description]).toEqual(['from-flags', '3.1.4', 'kept']);
  });

  it('regenerates when only the package identity changes', async () => {
    const config = (name: string): string => json({ specs: ['specs/petstore.yaml'], package: { name } });
    const dir = workspace({ 'clientgen.config.json': config('first-name') });
    expect((await cli(dir, 'generate')).code).toBe(0);
    writeFileSync(join(dir, 'clientgen.config.json'), config('second-name'));
    expect((await cli(dir, 'generate', '--check')).code).toBe(1);
    const { code, out } = await cli(dir, 'generate');
    expect(code).toBe(0);
    expect(out).toContain(`changed  ${join('generated', 'package.json')}`);
    expect(manifest(join(dir, 'generated')).name).toBe('second-name');
  });

  it('gives the same package, byte for byte, on every run', async () => {
    const dir = workspace({
      'clientgen.config.json': json({
        specs: [{ path: 'specs/petstore.yaml', entry: 'pets' }],
        package: { name: 'pets' },
      }),
    });
    expect((await cli(dir, 'generate', '--out', 'one')).code).toBe(0);
    expect((await cli(dir, 'generate', '--out', 'two')).code).toBe(0);
    expect(tree(join(dir, 'two'))).toEqual(tree(join(dir, 'one')));
  });
});

describe('clientgen.config.mjs', () => {
  it('may export the config', async () => {
    const dir = workspace({
      'clientgen.config.mjs': "export default { specs: ['specs/petstore.yaml'], package: { name: 'from-module' } };\n",
    });
    expect((await cli(dir, 'generate')).code).toBe(0);
    expect(manifest(join(dir, 'generated')).name).toBe('from-module');
  });

  it('may export a function returning it, or a promise of it', async () => {
    const dir = workspace({
      'clientgen.config.mjs':
        "export default async () => ({ specs: ['specs/petstore.yaml'], out: 'made', package: { version: '9.9.9' } });\n",
    });
    expect((await cli(dir, 'generate')).code).toBe(0);
    expect(manifest(join(dir, 'made')).version).toBe('9.9.9');
  });
});

describe('an unusable config or flag', () => {
  /** Runs generate and checks it refused: exit 2, nothing written. */
  async function refused(files: Record<string, string>, ...argv: string[]): Promise<string[]> {
    const dir = workspace(files);
    const { code, err } = await cli(dir, 'generate', ...argv);
    expect(code).toBe(2);
    expect(existsSync(join(dir, 'generated'))).toBe(false);
    return err;
  }

  it('names the file, line, column and key of every problem, unknown keys too', async () => {
    const config =
      '{\n  "specs": [{ "path": "specs/petstore.yaml", "entry": "runtime", "strict": "yes" }],\n  "pakage": { "name": "x" },\n  "package": { "name": "Not Valid", "version": "1.x" }\n}\n';
    expect(await refused({ 'clientgen.config.json': config })).toEqual([
      'clientgen.config.json:3:3: "pakage" unknown key; the keys here are "specs", "out", "package"',
      'clientgen.config.json:2:46: "specs[0].entry" "runtime" is the entry of the shared runtime in every package',
      'clientgen.config.json:2:66: "specs[0].strict" must be true or false',
      expect.stringMatching(
        /^clientgen\.config\.json:4:16: "package\.name" "Not Valid" is not a valid npm package name: .*capital letters$/,
      ),
      'clientgen.config.json:4:37: "package.version" must be a semantic version such as 1.0.0, not "1.x"',
    ]);
  });

  it('reports a JSON syntax error where it is', async () => {
    expect(await refused({ 'clientgen.config.json': '{\n  "out": "x",\n}\n' })).toEqual([
      expect.stringMatching(/^clientgen\.config\.json:3:1: not valid JSON: /),
    ]);
  });

  it('reports lists that are empty, repeat a spec or give two specs one entry', async () => {
    expect(await refused({ 'clientgen.config.json': json({ specs: [] }) })).toEqual([
      expect.stringMatching(/"specs" must be a non-empty list/),
    ]);
    const twice = json({
      specs: [
        'specs/petstore.yaml',
        './specs/petstore.yaml',
        { path: 'a.yaml', entry: 'x' },
        { path: 'b.yaml', entry: 'x' },
        { entry: 'y' },
      ],
    });
    expect(await refused({ 'clientgen.config.json': twice })).toEqual([
      expect.stringMatching(/"specs\[1\]" lists \.\/specs\/petstore\.yaml again \(first at specs\[0\]\)$/),
      expect.stringMatching(/"specs\[3\]\.entry" "x" is already the entry of specs\[2\]$/),
      expect.stringMatching(/"specs\[4\]\.path" is missing/),
    ]);
  });

  it('names the module when it throws, exports nothing or exports something else', async () => {
    expect(await refused({ 'clientgen.config.mjs': "throw new Error('no config today');\n" })).toEqual([
      'clientgen.config.mjs: cannot be loaded: no config today',
    ]);
    expect(await refused({ 'clientgen.config.mjs': 'export const specs = [];\n' })).toEqual([
      expect.stringMatching(/^clientgen\.config\.mjs: has no default export/),
    ]);
    expect(await refused({ 'clientgen.config.mjs': 'export default () => 42;\n' })).toEqual([
      'clientgen.config.mjs: the config must be an object',
    ]);
  });

  it('refuses two config files, a missing --config and a config of another kind', async () => {
    expect(await refused({ 'clientgen.config.json': '{}', 'clientgen.config.mjs': 'export default {};' })).toEqual([
      expect.stringMatching(/clientgen\.config\.json and clientgen\.config\.mjs are both in /),
    ]);
    expect(await refused({}, '--config', 'nowhere.json')).toEqual(['nowhere.json: no such config file']);
    expect(await refused({ 'config.yaml': 'specs: []' }, '--config', 'config.yaml')).toEqual([
      'config.yaml: a config file is .json or .mjs',
    ]);
  });

  it('refuses flags that npm would', async () => {
    expect(await refused({}, '--spec', 'specs/petstore.yaml', '--name', '_private', '--package-version', 'v1')).toEqual(
      [
        expect.stringMatching(
          /^--name: "_private" is not a valid npm package name: name cannot start with an underscore/,
        ),
        '--package-version: must be a semantic version such as 1.0.0, not "v1"',
      ],
    );
  });

  it('makes the real command exit 2 with the message and no stack trace', async () => {
    const dir = workspace({ 'clientgen.config.json': json({ specs: ['specs/petstore.yaml'], out: 7 }) });
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = execFile(
        process.execPath,
        [join(root, 'generator/bin/clientgen.js'), 'generate'],
        { cwd: dir },
        (_error, _stdout, stderr) => done({ code: child.exitCode, stderr }),
      );
    });
    expect(result).toEqual({ code: 2, stderr: 'clientgen.config.json:5:3: "out" must be a non-empty string\n' });
  });
});

describe('a package from one spec and no config', () => {
  it('takes its name, version and description from info', async () => {
    const dir = workspace();
    const { code, err } = await cli(dir, 'generate', '--spec', 'specs/petstore.yaml');
    expect([code, err]).toEqual([0, []]);
    const pkg = manifest(join(dir, 'generated'));
    expect([pkg.name, pkg.version, pkg.description]).toEqual([
      'petstore',
      '1.2.3',
      'A small store of pets, to exercise the generator.',
    ]);
    for (const [path, text] of tree(join(dir, 'generated'))) expect(text, path).not.toMatch(/contabo|profitbricks/i);
  });

  it('is 0.0.0, with a warning at info.version, when that is not a semantic version', async () => {
    const dir = workspace({
      'specs/dated.yaml': PETSTORE.replace('title: Petstore', 'title: Café Inventory API (beta)').replace(
        'version: 1.2.3',
        "version: '2024-05-01'",
      ),
    });
    const { code, err } = await cli(dir, 'generate', '--spec', 'specs/dated.yaml');
    expect(code).toBe(0);
    expect(err).toEqual([
      'specs/dated.yaml:4:3  warning  package-version-invalid  info.version "2024-05-01" is not a semantic version, so the package is 0.0.0; give the version with --package-version or "package.version" in clientgen.config.json  (/info/version)',
      '0 errors, 1 warning',
    ]);
    const pkg = manifest(join(dir, 'generated'));
    expect([pkg.name, pkg.version]).toEqual(['cafe-inventory-api-beta', '0.0.0']);
  });

  it('named from several specs joins their entries, and describes them all', async () => {
    const dir = workspace();
    cpSync(join(root, 'test/fixtures/specs/hostile.yaml'), join(dir, 'specs/hostile.yaml'));
    expect((await cli(dir, 'generate', '--spec', 'specs/petstore.yaml', '--spec', 'specs/hostile.yaml')).code).toBe(0);
    const pkg = manifest(join(dir, 'generated'));
    expect(pkg.name).toBe('petstore-hostile');
    expect(pkg.description).toMatch(/^Typed clients for Petstore and .+$/);
  });
});

describe('names from titles', () => {
  it('are kebab-case and valid for a new npm package', () => {
    const name = (title: string, entry = 'api'): string => nameFromTitle({ title, entry });
    expect(name('Swagger Petstore')).toBe('swagger-petstore');
    expect(name('GitHub v3 REST API')).toBe('github-v3-rest-api');
    expect(name('Crème Brûlée Service')).toBe('creme-brulee-service');
    // A Node.js module's name is taken; a title of another script gives nothing to use.
    expect(name('HTTP')).toBe('http-client');
    expect(name('天気', 'weather')).toBe('weather');
    expect(name(`${'Very Long '.repeat(40)}API`).length).toBeLessThanOrEqual(214);
  });
});

describe('strictness', () => {
  it('follows a spec from the config whichever way its path is written, and --strict makes every spec strict', async () => {
    const dir = workspace({
      'clientgen.config.json': json({ specs: [{ path: 'specs/petstore.yaml', strict: true }, 'specs/other.yaml'] }),
    });
    const none = () => [];
    const fromConfig = await loadSettings(dir, {}, none);
    expect(fromConfig.specs).toEqual(['specs/petstore.yaml', 'specs/other.yaml']);
    expect(fromConfig.specs.map(fromConfig.strict)).toEqual([true, false]);
    const named = await loadSettings(dir, { spec: ['./specs/petstore.yaml', join(dir, 'specs/other.yaml')] }, none);
    expect(named.specs.map(named.strict)).toEqual([true, false]);
    const all = await loadSettings(dir, { strict: true }, none);
    expect(all.specs.map(all.strict)).toEqual([true, true]);
  });
});
