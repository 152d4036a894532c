// What the package and the generator claim to run on, held against what this
// suite tests: `engines` names the Node releases installed here (and later
// ones of the same major), and the READMEs name every runtime tested.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './lib.mjs';

const read = (file) => readFileSync(join(repo, file), 'utf8');
const minor = (version) => version.split('.').slice(0, 2).join('.');

export function checkClaims({ nodes, bun, deno }) {
  const range = nodes.map((n) => `^${n.version}`).join(' || ');
  const engines = {
    'package.json': JSON.parse(read('package.json')).engines?.node,
    'generated/package.json': JSON.parse(read('generated/package.json')).engines?.node,
    'generator/scaffold/manifest.ts': /engines: \{ node: '([^']*)' \}/.exec(
      read('generator/scaffold/manifest.ts'),
    )?.[1],
  };
  const wrong = Object.entries(engines).filter(([, value]) => value !== range);
  if (wrong.length)
    throw new Error(
      `engines.node should be "${range}": ${wrong.map(([file, value]) => `${file} has ${JSON.stringify(value)}`).join(', ')}`,
    );
  const majors = nodes.map((n) => n.version.split('.')[0]);
  const claims = [
    `Node.js ${majors.slice(0, -1).join(', ')} and ${majors.at(-1)}`,
    `Bun ${minor(bun.version)}`,
    `Deno ${minor(deno.version)}`,
    'Chromium',
  ];
  for (const file of ['README.md', 'generated/README.md']) {
    const text = read(file).replace(/\s+/g, ' ');
    const missing = claims.filter((claim) => !text.includes(claim));
    if (missing.length) throw new Error(`${file} does not name ${missing.join(', ')}`);
  }
  return range;
}
