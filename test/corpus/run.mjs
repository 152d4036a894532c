// `npm run corpus`: the generator on public API descriptions nobody on this project wrote
// (../shared/real-specs, when it is there). For each: a cold `clientgen generate` and a cold
// hey-api run, alternating; the output type-checked with the package's own strict tsconfig; the
// operations emitted matched, by method and path, against the operations in the document.
// Prints a table, then one line `N passed, N failed` (a spec passes when every operation is
// emitted and the output has no type error); exits 1 on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { alternate, bins, log, median, node, repo, timeProcess, work } from '../bench/lib.mjs';
import { documentOperations, emittedOperations } from './operations.mjs';

const corpus = resolve(repo, process.argv[2] ?? '../shared/real-specs');
const rounds = Number(process.env.CORPUS_ROUNDS ?? 1);

if (!existsSync(corpus)) {
  console.log(`${corpus} is not there: nothing to run`);
  console.log('0 passed, 0 failed');
  process.exit(0);
}

/** The descriptions: `file here` of SOURCES.tsv where it exists, else every YAML or JSON file one folder down. */
function descriptions() {
  const sources = join(corpus, 'SOURCES.tsv');
  if (existsSync(sources)) {
    const [header, ...rows] = readFileSync(sources, 'utf8').trim().split('\n').map((l) => l.split('\t'));
    const column = header.indexOf('file here');
    return rows.map((r) => ({ name: r[0], file: join(corpus, r[column]) }));
  }
  return readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(corpus, d.name)).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => ({ name: d.name, file: join(corpus, d.name, f) })));
}

function formatOf(doc) {
  if (typeof doc.swagger === 'string') return `Swagger ${doc.swagger}`;
  return `OpenAPI ${doc.openapi}`;
}

async function typeErrors(out) {
  const result = await timeProcess(node, [bins.tsc, '--noEmit', '-p', join(out, 'tsconfig.json')], { cwd: out, allowFailure: true, rss: false });
  return { count: (result.stdout.match(/error TS\d+/g) ?? []).length, first: result.stdout.split('\n').find((l) => /error TS/.test(l)) };
}

async function runOne({ name, file }) {
  const doc = parse(readFileSync(file, 'utf8'), { maxAliasCount: -1 });
  const inDocument = documentOperations(doc, file);
  const dir = join(work(), name);
  let run = 0;
  const samples = await alternate(
    rounds,
    {
      clientgen: () => timeProcess(node, [bins.clientgen, 'generate', '--spec', file, '--out', join(dir, `clientgen-${run}`)], { cwd: work(), allowFailure: true }),
      'hey-api': () =>
        timeProcess(node, [bins.heyApi, '-i', file, '-o', join(dir, `hey-api-${run++}`), '-c', '@hey-api/client-fetch', '-p', '@hey-api/typescript', '@hey-api/sdk', '--no-log-file', '-s'], {
          cwd: work(),
          allowFailure: true,
        }),
    },
    `corpus ${name}`,
  );
  const ours = samples.clientgen.at(-1);
  const out = join(dir, `clientgen-${rounds - 1}`);
  const generated = ours.code === 0 && existsSync(join(out, 'tsconfig.json'));
  const emitted = generated ? emittedOperations(out) : new Set();
  const missing = [...inDocument].filter((op) => !emitted.has(op));
  const errors = generated ? await typeErrors(out) : { count: 0 };
  const ok = samples.clientgen.every((s) => s.ms !== undefined);
  return {
    name,
    format: formatOf(doc),
    operations: inDocument.size,
    emitted: [...inDocument].filter((op) => emitted.has(op)).length,
    missing,
    typeErrors: errors.count,
    firstTypeError: errors.first,
    generated,
    failure: generated ? undefined : (ours.stderr || ours.stdout).trim().split('\n').slice(-3).join(' | '),
    ms: ok ? median(samples.clientgen.map((s) => s.ms)) : undefined,
    rssMb: median(samples.clientgen.map((s) => s.maxRssKb ?? 0)) / 1024,
    heyApiMs: samples['hey-api'].every((s) => s.code === 0) ? median(samples['hey-api'].map((s) => s.ms)) : undefined,
    heyApiRssMb: median(samples['hey-api'].map((s) => s.maxRssKb ?? 0)) / 1024,
  };
}

const results = [];
for (const spec of descriptions()) {
  log(`corpus: ${spec.name}`);
  results.push(await runOne(spec));
}

const s = (ms) => (ms === undefined ? 'failed' : `${(ms / 1000).toFixed(2)} s`);
const mb = (v) => (v ? `${v.toFixed(0)} MB` : '?');
console.log('| spec | format | operations in | out | type errors | clientgen | hey-api | time ratio | clientgen peak RSS | hey-api peak RSS | RSS ratio |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const ratio = r.ms && r.heyApiMs ? (r.ms / r.heyApiMs).toFixed(2) : '-';
  const rssRatio = r.rssMb && r.heyApiRssMb ? (r.rssMb / r.heyApiRssMb).toFixed(2) : '-';
  console.log(`| ${r.name} | ${r.format} | ${r.operations} | ${r.emitted} | ${r.typeErrors} | ${s(r.ms)} | ${s(r.heyApiMs)} | ${ratio} | ${mb(r.rssMb)} | ${mb(r.heyApiRssMb)} | ${rssRatio} |`);
}
let passed = 0;
let failed = 0;
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
