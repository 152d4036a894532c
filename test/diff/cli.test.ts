import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../generator/cli.ts';
import { DIFF_KINDS, kindsTable } from '../../generator/diff/kinds.ts';
import { root } from '../helpers/generate.ts';
import { changed, EMPTY, shop } from './helpers.ts';

function io(cwd = root) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd }, out, err };
}

async function diff(args: string[], cwd = root) {
  const t = io(cwd);
  const code = await run(['diff', ...args], t.io);
  return { code, out: t.out.join('\n'), err: t.err };
}

const fixture = (name: string, side: 'old' | 'new') => `test/diff/fixtures/${name}/${side}.yaml`;

describe('clientgen diff OLD NEW', () => {
  it('exits 0 when nothing breaks', async () => {
    const { code, out } = await diff([fixture('property-added', 'old'), fixture('property-added', 'new')]);
    expect(code).toBe(0);
    expect(out).toContain('**minor**');
  });

  it('exits 1 when something breaks, with Markdown ready for a review', async () => {
    const { code, out } = await diff([fixture('operation-removed', 'old'), fixture('operation-removed', 'new')]);
    expect(code).toBe(1);
    expect(out).toBe(
      [
        '# API diff',
        '',
        '- `test/diff/fixtures/operation-removed/old.yaml` → `test/diff/fixtures/operation-removed/new.yaml`',
        '',
        '## Breaking',
        '',
        '- `operation-removed` `/paths/~1notes~1{id}/delete` (old): DELETE /notes/{id} (deleteNote) removed: callers of `notes.delete()` break',
        '',
        '## Non-breaking',
        '',
        'None.',
        '',
        '## Generated package',
        '',
        '- **breaking** `export-removed` `/paths/~1notes~1{id}/delete` (old): function `deleteNote` removed: imports of it break',
        '- **breaking** `export-removed` `/paths/~1notes~1{id}/delete` (old): type `DeleteNoteParams` removed: imports of it break',
        '- **breaking** `method-removed` `/paths/~1notes~1{id}/delete` (old): method `notes.delete(params: DeleteNoteParams, options?: RequestOptions): ApiPromise<undefined>` removed',
        '',
        '## Suggested version bump',
        '',
        '**major**: 1 breaking change in the spec, 3 breaking changes in the generated package.',
      ].join('\n'),
    );
  });

  it('--format json: breaking, nonBreaking, noCodeChange, surface and semver, each item with kind, pointer and message', async () => {
    const { code, out } = await diff([
      fixture('property-added', 'old'),
      fixture('property-added', 'new'),
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['breaking', 'nonBreaking', 'noCodeChange', 'surface', 'semver']);
    expect(report).toEqual({
      breaking: [],
      nonBreaking: [
        {
          kind: 'property-added',
          pointer: '/components/schemas/Note/properties/pinned',
          message: 'optional property `pinned` of schema `Note` added',
          file: 'test/diff/fixtures/property-added/new.yaml',
        },
        {
          kind: 'description-changed',
          pointer: '/paths/~1notes/get/responses/200/description',
          message: 'description of response 200 of GET /notes (listNotes) changed',
          file: 'test/diff/fixtures/property-added/new.yaml',
        },
      ],
      noCodeChange: [],
      surface: [
        {
          kind: 'export-changed',
          pointer: '/components/schemas/Note',
          message: 'type `Note` changed: added `pinned?: boolean`',
          file: 'test/diff/fixtures/property-added/new.yaml',
          impact: 'addition',
        },
      ],
      semver: 'minor',
    });
    for (const item of [...report.breaking, ...report.nonBreaking, ...report.surface])
      expect(Object.keys(DIFF_KINDS)).toContain(item.kind);
  });

  it('lists what leaves the generated code as it was under its own heading, and exits 0', async () => {
    const { code, out } = await diff([fixture('no-code-change', 'old'), fixture('no-code-change', 'new')]);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        '# API diff',
        '',
        '- `test/diff/fixtures/no-code-change/old.yaml` → `test/diff/fixtures/no-code-change/new.yaml`',
        '',
        '## Breaking',
        '',
        'None.',
        '',
        '## Non-breaking',
        '',
        'None.',
        '',
        '## No change to the generated code',
        '',
        '- `type-changed` `/components/schemas/Datacenter/properties/cores`: `cores` in schema `Datacenter` changed from number to integer: the generated type is `number` either way',
        '- `format-changed` `/components/schemas/Datacenter/properties/ram/format`: format of `ram` in schema `Datacenter` changed from int32 to int64: the generated type is `number` either way; only its `@format` doc tag changes',
        '- `tag-renamed` `/tags/0`: tag `Data Centers` renamed to `Data centers`: client property `dataCenters` and class `DataCentersApi` keep their names',
        '',
        '## Generated package',
        '',
        'None.',
        '',
        '## Suggested version bump',
        '',
        '**patch**: no additions, nothing breaks (documentation and other compatible changes only).',
      ].join('\n'),
    );
    const json = JSON.parse(
      (await diff([fixture('no-code-change', 'old'), fixture('no-code-change', 'new'), '--format', 'json'])).out,
    );
    expect(json.noCodeChange.map((i: { kind: string }) => i.kind)).toEqual([
      'type-changed',
      'format-changed',
      'tag-renamed',
    ]);
    expect([json.breaking, json.nonBreaking, json.surface, json.semver]).toEqual([[], [], [], 'patch']);
  });

  it('compares a Swagger 2.0 document with the same API in OpenAPI 3.0: nothing breaks', async () => {
    const swagger = 'test/diff/fixtures/swagger2/notes.yaml';
    const check = io();
    expect(await run(['check', swagger], check.io)).toBe(0);
    const { code, out } = await diff([swagger, fixture('property-added', 'old'), '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).breaking).toEqual([]);
  });

  it('loads both sides as check does: a document only the lenient profile takes is compared, and refused with --strict', async () => {
    const loose = 'test/fixtures/world/loose.yaml';
    expect((await diff([loose, loose])).code).toBe(0);
    const check = io();
    expect(await run(['check', '--strict', loose], check.io)).toBe(1);
    const { code, err } = await diff([loose, loose, '--strict']);
    expect(code).toBe(2);
    // check prints its findings and a count; diff prints the same findings, its count and why it stops.
    expect(err.slice(0, -2)).toEqual(check.out.slice(0, -1));
  });

  it('prints the same bytes on every run', async () => {
    const args = [fixture('operation-removed', 'old'), fixture('property-added', 'new'), '--format', 'json'];
    expect((await diff(args)).out).toBe((await diff(args)).out);
  });

  it('exits 2 for a missing file', async () => {
    const { code, err } = await diff(['test/diff/fixtures/nope.yaml', fixture('property-added', 'new')]);
    expect(code).toBe(2);
    expect(err).toEqual(['clientgen diff: test/diff/fixtures/nope.yaml does not exist']);
  });

  it('exits 2 for a spec with errors, printing its diagnostics as check does', async () => {
    const { code, err, out } = await diff([fixture('invalid', 'old'), fixture('invalid', 'new'), '--strict']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err[0]).toMatch(
      /^test\/diff\/fixtures\/invalid\/new\.yaml:\d+:\d+ {2}error {2}operation-id-duplicate {2}operationId "listNotes" is also used by GET \/notes {2}\(\/paths\/~1notes~1\{id\}\/get\/operationId\)$/,
    );
    expect(err.slice(1)).toEqual([
      '1 error, 0 warnings',
      'clientgen diff: test/diff/fixtures/invalid/new.yaml cannot be compared until it loads without errors',
    ]);
  });

  it('exits 2 for unusable arguments', async () => {
    expect((await diff([fixture('property-added', 'old')])).code).toBe(2);
    expect(
      (await diff([fixture('property-added', 'old'), fixture('property-added', 'new'), '--format', 'yaml'])).code,
    ).toBe(2);
  });

  it('the real specs against themselves: no changes, exit 0', async () => {
    for (const spec of ['specs/contabo.yaml', 'specs/profitbricks-v4.yaml']) {
      const { code, out } = await diff([spec, spec, '--format', 'json']);
      expect(code).toBe(0);
      expect(JSON.parse(out)).toEqual(EMPTY);
    }
  });
});

describe('clientgen diff --base REF', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=clientgen', '-c', 'user.email=clientgen@example.com', ...args], {
      cwd: repo,
      stdio: 'pipe',
      encoding: 'utf8',
    });
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'clientgen-diff-'));
    mkdirSync(join(repo, 'specs'));
    writeFileSync(join(repo, 'specs/shop.yaml'), shop);
    writeFileSync(
      join(repo, 'specs/notes.yaml'),
      readFileSync(join(root, fixture('operation-removed', 'old')), 'utf8'),
    );
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'specs');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('compares every spec in specs/ with the commit: nothing changed, exit 0', async () => {
    const { code, out } = await diff(['--base', 'HEAD'], repo);
    expect(code).toBe(0);
    expect(out).toContain(
      '- `HEAD:specs/notes.yaml` → `specs/notes.yaml`\n- `HEAD:specs/shop.yaml` → `specs/shop.yaml`',
    );
    expect(out).toContain('**patch**: no changes.');
  });

  it('reads the old side with git show: a change in the working tree is found', async () => {
    writeFileSync(
      join(repo, 'specs/shop.yaml'),
      changed((d) => delete d.paths['/pets/{petId}'].delete),
    );
    try {
      const { code, out } = await diff(['--base', 'HEAD', '--format', 'json'], repo);
      expect(code).toBe(1);
      const report = JSON.parse(out);
      expect(report.breaking).toEqual([
        {
          kind: 'operation-removed',
          pointer: '/paths/~1pets~1{petId}/delete',
          message: 'DELETE /pets/{petId} (deletePet) removed: callers of `pets.delete()` break',
          file: 'HEAD:specs/shop.yaml',
        },
      ]);
      // Only the file asked for.
      expect((await diff(['--base', 'HEAD', 'specs/notes.yaml'], repo)).code).toBe(0);
      expect((await diff(['--base', 'HEAD', 'specs/shop.yaml'], repo)).code).toBe(1);
    } finally {
      writeFileSync(join(repo, 'specs/shop.yaml'), shop);
    }
  });

  it('a spec new since the base is an addition; one deleted since is breaking', async () => {
    writeFileSync(
      join(repo, 'specs/more.yaml'),
      readFileSync(join(root, fixture('property-added', 'new')), 'utf8').replace('title: Notes', 'title: More'),
    );
    try {
      const added = await diff(['--base', 'HEAD', '--format', 'json'], repo);
      expect(added.code).toBe(0);
      const report = JSON.parse(added.out);
      expect(report.nonBreaking.map((i: { kind: string; file: string }) => `${i.kind} ${i.file}`)).toEqual([
        'spec-added specs/more.yaml',
      ]);
      expect(
        report.surface.some(
          (i: { kind: string; message: string }) => i.kind === 'method-added' && i.message.includes('notes.list('),
        ),
      ).toBe(true);
      expect(report.semver).toBe('minor');
    } finally {
      rmSync(join(repo, 'specs/more.yaml'));
    }
    rmSync(join(repo, 'specs/notes.yaml'));
    try {
      const removed = await diff(['--base', 'HEAD', '--format', 'json'], repo);
      expect(removed.code).toBe(1);
      expect(
        JSON.parse(removed.out).breaking.map((i: { kind: string; file: string }) => `${i.kind} ${i.file}`),
      ).toEqual(['spec-removed HEAD:specs/notes.yaml']);
    } finally {
      git('checkout', '--', 'specs/notes.yaml');
    }
  });

  it('exits 2 for a ref that is not a commit, or a file in neither place', async () => {
    const bad = await diff(['--base', 'no-such-ref'], repo);
    expect(bad.code).toBe(2);
    expect(bad.err).toEqual([`clientgen diff: "no-such-ref" is not a commit in a git repository at ${repo}`]);
    const missing = await diff(['--base', 'HEAD', 'specs/nope.yaml'], repo);
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual(['clientgen diff: specs/nope.yaml is neither in the working tree nor in HEAD']);
  });

  it('exits 2 when the old side has errors, naming it by ref', async () => {
    writeFileSync(join(repo, 'specs/shop.yaml'), shop.replace('operationId: getPet', 'operationId: listPets'));
    git('commit', '-q', '-am', 'broken');
    writeFileSync(join(repo, 'specs/shop.yaml'), shop);
    try {
      const { code, err } = await diff(['--base', 'HEAD', 'specs/shop.yaml', '--strict'], repo);
      expect(code).toBe(2);
      expect(err[0]).toMatch(/^HEAD:specs\/shop\.yaml:\d+:\d+ {2}error {2}operation-id-duplicate /);
    } finally {
      git('reset', '-q', '--hard', 'HEAD~1');
    }
  });
});

it('the README lists every diff kind as the catalogue defines it', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.split('<!-- diff-kinds:start -->\n')[1]?.split('\n<!-- diff-kinds:end -->')[0];
  expect(table).toBe(kindsTable());
});
