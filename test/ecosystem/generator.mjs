// The generator's own commands from its bin (generate, check, diff), run by
// each Node the suite installs, on the repository's specs and on inputs made
// here: a broken spec, and a small spec with one operation removed.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { repo, run, runOk, tail } from './lib.mjs';

const BIN = join(repo, 'generator/bin/clientgen.js');
const SMALL = join(repo, 'test/fixtures/specs/petstore.yaml');
const REMOVED = ['/pets/{petId}', 'delete'];

const BROKEN = `openapi: 3.0.3
info: { title: Broken, version: '1' }
paths:
  /things:
    get:
      operationId: listThings
      tags: [things]
      responses: { '200': { description: ok } }
  /others:
    get:
      operationId: listThings
      tags: [things]
      responses: { '200': { description: ok } }
`;

/** Writes the inputs the checks use into `work`. */
export function generatorInputs(work) {
  const broken = join(work, 'broken.yaml');
  writeFileSync(broken, BROKEN);
  const doc = parse(readFileSync(SMALL, 'utf8'));
  delete doc.paths[REMOVED[0]][REMOVED[1]];
  const changed = join(work, 'petstore-changed.yaml');
  writeFileSync(changed, stringify(doc));
  return { broken, changed };
}

/** Every file below `dir`, as paths relative to it. */
function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The checks for one Node: [label, body] pairs. */
export function generatorChecks(node, work, inputs) {
  const clientgen = (args) => run(node.bin, [BIN, ...args]);
  const out = join(work, `generated-${node.version}`);
  return [
    [
      `${node.name}: clientgen generate writes generated/ byte for byte; --check finds it current`,
      async () => {
        await runOk(node.bin, [BIN, 'generate', '--out', out]);
        const ours = files(join(repo, 'generated'));
        const theirs = files(out);
        const differ = ours.filter(
          (f) => !theirs.includes(f) || !readFileSync(join(out, f)).equals(readFileSync(join(repo, 'generated', f))),
        );
        const extra = theirs.filter((f) => !ours.includes(f));
        if (differ.length || extra.length)
          throw new Error(`differs from generated/: ${[...differ, ...extra].slice(0, 5).join(', ')}`);
        await runOk(node.bin, [BIN, 'generate', '--check', '--out', out]);
        return `${ours.length} files`;
      },
    ],
    [
      `${node.name}: clientgen check passes the specs and, held to the strict profile, locates every error in a broken one`,
      async () => {
        await runOk(node.bin, [BIN, 'check']);
        const bad = await clientgen(['check', '--strict', inputs.broken]);
        const located = /broken\.yaml:\d+:\d+ +error +operation-id-duplicate /.test(bad.stdout + bad.stderr);
        if (bad.code !== 1 || !located)
          throw new Error(`exit ${bad.code}, without the located error: ${tail(bad.stdout + bad.stderr, 4)}`);
      },
    ],
    [
      `${node.name}: clientgen diff finds a removed operation breaking, and no change in an unchanged spec`,
      async () => {
        const changed = await clientgen(['diff', SMALL, inputs.changed, '--format', 'json']);
        const report = changed.code === 1 ? JSON.parse(changed.stdout) : undefined;
        const kinds = report?.breaking.map((b) => b.kind);
        if (!kinds || kinds.join() !== 'operation-removed' || report.semver !== 'major') {
          throw new Error(`exit ${changed.code}, breaking ${JSON.stringify(kinds)}: ${tail(changed.stderr, 4)}`);
        }
        const same = await clientgen(['diff', SMALL, SMALL]);
        if (same.code !== 0)
          throw new Error(`an unchanged spec exits ${same.code}: ${tail(same.stdout + same.stderr, 4)}`);
      },
    ],
  ];
}
