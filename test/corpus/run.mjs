// `npm run corpus`: the generator on public API descriptions nobody on this project wrote
// (../shared/real-specs, when it is there). For each: a cold `clientgen generate` and a cold
// hey-api run, alternating; the output type-checked with the package's own strict tsconfig; the
// operations emitted matched, by method and path, against the operations in the document.
// Prints a table, then one line `N passed, N failed` (a spec passes when every operation is
// emitted and the output has no type error); exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { repo } from '../bench/lib.mjs';
import { descriptions, measureCorpus } from './measure.mjs';

const corpus = resolve(repo, process.argv[2] ?? '../shared/real-specs');
const results = await measureCorpus(corpus, Number(process.env.CORPUS_ROUNDS ?? 1));
if (!results) {
  console.log(`${corpus} is not there: nothing to run`);
  console.log('0 passed, 0 failed');
  process.exit(0);
}
const s = (ms) => (ms === undefined ? 'failed' : `${(ms / 1000).toFixed(2)} s`);
const mb = (v) => (v ? `${v.toFixed(0)} MB` : '?');
console.log(
  '| spec | format | operations in | out | type errors | clientgen | hey-api | time ratio | clientgen peak RSS | hey-api peak RSS | RSS ratio |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const ratio = r.ms && r.heyApiMs ? (r.ms / r.heyApiMs).toFixed(2) : '-';
  const rssRatio = r.rssMb && r.heyApiRssMb ? (r.rssMb / r.heyApiRssMb).toFixed(2) : '-';
  console.log(
    `| ${r.name} | ${r.format} | ${r.operations} | ${r.emitted} | ${r.typeErrors} | ${s(r.ms)} | ${s(r.heyApiMs)} | ${ratio} | ${mb(r.rssMb)} | ${mb(r.heyApiRssMb)} | ${rssRatio} |`,
  );
}
let passed = 0;
let failed = 0;
// The checks that need the descriptions themselves (test/corpus/*.corpus.ts): every module of every description
// formatted both ways, laid out in part and by prettier whole; every YAML description read both ways, by js-yaml's
// events and by `yaml`.
const checks = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/corpus/vitest.config.ts'],
  {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, CORPUS_FILES: JSON.stringify(descriptions(corpus).map((d) => d.file)) },
  },
);
if (checks.status !== 0) {
  failed++;
  console.log('FAIL corpus checks: a description read or formatted two ways differs (above)');
}
for (const r of results) {
  const problems = [
    ...(r.generated ? [] : [`not generated: ${r.failure}`]),
    ...(r.missing.length ? [`${r.missing.length} operations missing, first ${r.missing.slice(0, 3).join(', ')}`] : []),
    ...(r.typeErrors ? [`${r.typeErrors} type errors, first ${r.firstTypeError}`] : []),
  ];
  if (problems.length) {
    failed++;
    console.log(`FAIL ${r.name}: ${problems.join('; ')}`);
  } else {
    passed++;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
