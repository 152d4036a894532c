// The corpus measured: each public description generated cold by clientgen and by hey-api,
// alternating, the output type-checked, its operations matched against the document's.
// `npm run corpus` prints it as a table; `npm run bench` takes ratios from it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { alternate, bins, heyApiArgs, log, median, node, timeProcess, work } from '../bench/lib.mjs';
import { ensurePeers } from '../bench/peers.mjs';
import { documentOperations, emittedOperations } from './operations.mjs';

/** Every description of the corpus folder, measured in `rounds` alternating rounds; undefined when the folder is not there. */
export async function measureCorpus(corpus, rounds) {
  if (!existsSync(corpus)) return undefined;
  // hey-api runs beside ours: the benchmark's peers are installed on first use.
  await ensurePeers();
  const results = [];
  for (const spec of descriptions(corpus)) {
    log(`corpus: ${spec.name}`);
    results.push(await runOne(spec, rounds));
  }
  return results;
}

/** The descriptions: `file here` of SOURCES.tsv where it exists, else every YAML or JSON file one folder down. */
export function descriptions(corpus) {
  const sources = join(corpus, 'SOURCES.tsv');
  if (existsSync(sources)) {
    const [header, ...rows] = readFileSync(sources, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    const column = header.indexOf('file here');
    return rows.map((r) => ({ name: r[0], file: join(corpus, r[column]) }));
  }
  return readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(corpus, d.name))
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .map((f) => ({ name: d.name, file: join(corpus, d.name, f) })),
    );
}

function formatOf(doc) {
  if (typeof doc.swagger === 'string') return `Swagger ${doc.swagger}`;
  return `OpenAPI ${doc.openapi}`;
}

async function typeErrors(out) {
  const result = await timeProcess(node, [bins.tsc, '--noEmit', '-p', join(out, 'tsconfig.json')], {
    cwd: out,
    allowFailure: true,
    rss: false,
  });
  return {
    count: (result.stdout.match(/error TS\d+/g) ?? []).length,
    first: result.stdout.split('\n').find((l) => /error TS/.test(l)),
  };
}

async function runOne({ name, file }, rounds) {
  const doc = parse(readFileSync(file, 'utf8'), { maxAliasCount: -1 });
  const inDocument = documentOperations(doc, file);
  const dir = join(work(), name);
  // Each round writes into folders of its own: a run into the folder of an earlier one would be a no-op regenerate, not a cold run.
  const samples = await alternate(
    rounds,
    {
      clientgen: (round) =>
        timeProcess(node, [bins.clientgen, 'generate', '--spec', file, '--out', join(dir, `clientgen-${round}`)], {
          cwd: work(),
          allowFailure: true,
        }),
      'hey-api': (round) =>
        timeProcess(node, heyApiArgs([file], [join(dir, `hey-api-${round}`)]), { cwd: work(), allowFailure: true }),
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

// hey-api runs beside ours: the benchmark's peers are installed on first use.
await ensurePeers();
