#!/usr/bin/env node
// npm run bench [-- --rounds N] [-- --record] [-- --only generate,typecheck,bundle,runtime,corpus] [-- --corpus DIR]
//
// Speed and memory of clientgen and of the clients it generates, against the tools a user would
// pick instead, all in one run on the same input: runs alternate, medians of at least 5, ratios
// ours/peer (lower is better). Progress on stderr; on stdout a Markdown table, then as the last
// line one JSON object {"results":[{name, ours, peer, unit, ratio}]}. --record also writes
// BENCHMARKS.md from this run.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { benchBundles, bundleProfitBricksServer } from './bundle.mjs';
import { benchGenerate } from './generate.mjs';
import { cleanWork, log, median, modules, node, repo, round, runJson, timeProcess, work } from './lib.mjs';
import { ensurePeers, peerVersion } from './peers.mjs';
import { benchTypecheck } from './typecheck.mjs';
import { measureCorpus } from '../corpus/measure.mjs';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '5' },
    record: { type: 'boolean', default: false },
    only: { type: 'string' },
    requests: { type: 'string', default: '2500' },
    // The public descriptions of the corpus phase: beside the repository's folder, where the shared folder is.
    corpus: { type: 'string', default: join(repo, '../shared/real-specs') },
  },
});
const rounds = Math.max(1, Number(args.rounds));
if (rounds < 5) log(`warning: ${rounds} rounds; medians of at least 5 are what the numbers are quoted on`);
const phases = new Set((args.only ?? 'generate,typecheck,bundle,runtime,corpus').split(','));
const here = new URL('.', import.meta.url).pathname;
const started = performance.now();
const startedAt = new Date();
const loadAtStart = loadavg();
await ensurePeers();

const rows = [];
const errors = [];
/** One result row: ours and peer in `unit`, ratio ours/peer. Extra fields (goal, met, note) ride along. */
function row(name, ours, peer, unit, extra = {}) {
  const ratio =
    peer === null || peer === undefined || ours === null || ours === undefined || peer === 0 ? null : ours / peer;
  rows.push({ name, ours: round(ours, 4), peer: round(peer ?? null, 4), unit, ratio: round(ratio, 3), ...extra });
}
const s = (ms) => ms / 1000;
const mb = (bytes) => bytes / (1024 * 1024);

async function phase(name, body) {
  if (!phases.has(name)) return undefined;
  const t0 = performance.now();
  try {
    const out = await body();
    log(`${name}: done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    return out;
  } catch (error) {
    log(`${name}: FAILED: ${error?.stack ?? error}`);
    errors.push({ phase: name, error: String(error?.message ?? error).slice(0, 500) });
    return undefined;
  }
}

/** The local Contabo-like server, a process of its own. */
async function startBenchServer() {
  const child = spawn(node, [join(here, 'server.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (d) => {
      buffer += d;
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n')) resolve(JSON.parse(line).url);
    });
    child.on('exit', (code) => reject(new Error(`bench server exited ${code}`)));
  });
  return { url, close: () => new Promise((resolve) => (child.on('exit', resolve), child.stdin.end())) };
}

/** Which generator build is measured: a hash of generator/dist, the commit, and whether generator/ has local changes. */
function generatorBuild() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(join(repo, 'generator/dist'));
  const git = (...a) => {
    try {
      return execFileSync('git', a, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return undefined;
    }
  };
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'generator');
  return { dist: hash.digest('hex').slice(0, 12), commit: commit ?? 'unknown', dirty: Boolean(dirty) };
}

// ---------------------------------------------------------------------------------------------

if (!existsSync(join(repo, 'generator/dist/cli.js'))) {
  log('generator/dist missing: npm run build');
  await timeProcess(node, [join(repo, 'generator/build.js')], { cwd: repo, rss: false });
}
const buildAtStart = generatorBuild();
log(
  `generator: commit ${buildAtStart.commit}${buildAtStart.dirty ? ' with local changes in generator/' : ''}, dist ${buildAtStart.dist}`,
);

const gen = await phase('generate', () => benchGenerate({ rounds }));
if (gen) {
  const { results: g } = gen;
  const ours = g.contabo.clientgen;
  for (const peer of ['openapi-typescript', 'hey-api', 'orval', 'openapi-typescript-codegen']) {
    row(
      `generate-contabo:${peer}`,
      s(ours.ms),
      s(g.contabo[peer].ms),
      's',
      peer === 'hey-api' ? { goal: '<= 0.8' } : {},
    );
  }
  for (const peer of ['hey-api', 'orval', 'openapi-typescript-codegen'])
    row(`generate-both:${peer}`, s(g.both.clientgen.ms), s(g.both[peer].ms), 's');
  row('regenerate-one-op:orval', s(g.regenerate.clientgen.ms), s(g.regenerate.orval.ms), 's', { goal: '<= 0.6' });
  row('regenerate-one-op:hey-api', s(g.regenerate.clientgen.ms), s(g.regenerate['hey-api'].ms), 's');
  row('regenerate-one-op:cold', s(g.regenerate.clientgen.ms), s(ours.ms), 's', {
    note: 'ours regenerate against our own cold run',
  });
  row('generate-noop', s(g.noop.ms), null, 's', { goal: '< 0.2 s', nodeStart: round(s(g.noop.nodeStartMs), 3) });
  const large = g.large;
  const peerFailed = large['hey-api'].failed;
  row('generate-10k-ops:hey-api', s(large.clientgen.ms), peerFailed ? null : s(large['hey-api'].ms), 's', {
    goal: '< 8 s',
    note: `a synthetic spec of 10,000 operations, median of 3 rounds${peerFailed ? `; hey-api failed: ${peerFailed}` : ''}${large.clientgen.failed ? `; clientgen failed: ${large.clientgen.failed}` : ''}`,
  });
  if (large.clientgen.maxRssKb)
    row(
      'generate-10k-ops-peak-rss:hey-api',
      large.clientgen.maxRssKb / 1024,
      peerFailed ? null : large['hey-api'].maxRssKb / 1024,
      'MB',
      { goal: '< 400 MB' },
    );
  for (const peer of ['openapi-typescript', 'hey-api', 'orval', 'openapi-typescript-codegen']) {
    if (ours.maxRssKb && g.contabo[peer].maxRssKb)
      row(`generate-contabo-peak-rss:${peer}`, ours.maxRssKb / 1024, g.contabo[peer].maxRssKb / 1024, 'MB');
  }
}

const typecheck = await phase('typecheck', () => {
  if (!gen) throw new Error('needs the generate phase');
  return benchTypecheck({ rounds, outputs: gen.outputs });
});
const tc = typecheck?.results;
if (tc) {
  for (const peer of ['hey-api', 'orval', 'openapi-typescript', 'openapi-typescript-codegen']) {
    row(`typecheck:${peer}`, s(tc.clientgen.ms), s(tc[peer].ms), 's', {
      errors: { ours: tc.clientgen.errors, peer: tc[peer].errors },
    });
  }
}

// Public descriptions (../shared/real-specs, when it is there), each generated cold by us and by hey-api.
if (phases.has('corpus') && !existsSync(args.corpus))
  log(`corpus: no descriptions in ${args.corpus} (give the folder with --corpus); the corpus rows are left out`);
const corpus = await phase('corpus', () => measureCorpus(args.corpus, Math.max(3, Math.min(rounds, 5))));
if (corpus) {
  for (const r of corpus) {
    row(
      `corpus-time:${r.name}:hey-api`,
      r.ms === undefined ? null : s(r.ms),
      r.heyApiMs === undefined ? null : s(r.heyApiMs),
      's',
      { goal: '<= 0.7', format: r.format },
    );
    row(`corpus-rss:${r.name}:hey-api`, r.rssMb || null, r.heyApiRssMb || null, 'MB', { goal: '<= 1.0' });
  }
  const worst = (key) =>
    rows.filter((r) => r.name.startsWith(`corpus-${key}:`) && r.ratio !== null).sort((a, b) => b.ratio - a.ratio)[0];
  for (const key of ['time', 'rss']) {
    const w = worst(key);
    if (w)
      row(`corpus-worst-${key}:hey-api`, w.ours, w.peer, w.unit, {
        goal: key === 'time' ? '<= 0.7' : '<= 1.0',
        spec: w.name.split(':')[1],
      });
  }
}

let benchServer;
let pbServerFile;
let pbServer;
let bundles;
if (phases.has('bundle') || phases.has('runtime')) {
  benchServer = await startBenchServer();
  pbServerFile = await bundleProfitBricksServer();
  pbServer = await (await import(pathToFileURL(pbServerFile).href)).startProfitBricksServer();
}

bundles = await phase('bundle', () => {
  if (!gen) throw new Error('needs the generate phase');
  return benchBundles({
    outputs: gen.outputs,
    input: gen.input,
    servers: { contabo: benchServer, profitbricks: pbServer },
  });
});
if (bundles) {
  const b = bundles.results;
  for (const api of ['contabo', 'profitbricks']) {
    for (const peer of ['hey-api', 'openapi-fetch']) {
      const ours = b[`${api}/clientgen`];
      const theirs = b[`${api}/${peer}`];
      row(`bundle-${api}:${peer}`, ours.gzip, theirs.gzip, 'B gzip', {
        minified: { ours: ours.minified, peer: theirs.minified },
        works: { ours: ours.works, peer: theirs.works },
        ...(peer === 'hey-api' ? { goal: '< 1.0' } : {}),
      });
    }
    // The same call through the client class, which holds every group.
    const client = b[`${api}/clientgen-client`];
    row(`bundle-${api}-client:hey-api`, client.gzip, b[`${api}/hey-api`].gzip, 'B gzip', {
      minified: { ours: client.minified, peer: b[`${api}/hey-api`].minified },
      works: { ours: client.works },
    });
  }
}

const runtime = await phase('runtime', async () => {
  if (!gen) throw new Error('needs the generate phase');
  const pkg = gen.outputs['clientgen-both'].contabo;
  const flags = { nodeFlags: ['--expose-gc'] };
  const client = join(here, 'client.mjs');
  const out = {};
  const requests = Math.max(2_000, Number(args.requests));
  if (bundles) {
    const apps = {
      clientgen: bundles.runtime['contabo/clientgen'],
      'clientgen-client': bundles.runtime['contabo/clientgen-client'],
      'hey-api': bundles.runtime['contabo/hey-api'],
      'openapi-fetch': bundles.runtime['contabo/openapi-fetch'],
    };
    log(`runtime: request overhead, ${requests} sequential requests per client, the clients taking turns call by call`);
    out.overhead = await runJson(client, ['overhead', JSON.stringify({ url: benchServer.url, apps, requests })], flags);
    log("runtime: where a call's time goes, before sending, on the wire and after the response headers");
    out.overheadPhases = await runJson(
      client,
      ['overhead-phases', JSON.stringify({ url: benchServer.url, apps, requests })],
      flags,
    );
    log("runtime: the clients' own CPU per call, over a fetch that answers at once");
    out.overheadCpu = await runJson(client, ['overhead-cpu', JSON.stringify({ apps })], flags);
  } else {
    log('runtime: request overhead skipped (needs the bundle phase)');
  }
  log(`runtime: paginating 100,000 items over 1,000 pages, ${rounds} rounds`);
  out.paginateTime = await runJson(
    client,
    ['paginate-time', JSON.stringify({ url: benchServer.url, pkg, rounds })],
    flags,
  );
  log('runtime: pagination memory');
  // Without the optimising and baseline compilers: the code they make lands on the heap (hundreds of kB,
  // whenever V8 decides to optimise) and is not pages held. Interpreted code allocates none once warm.
  out.paginateMemory = await runJson(
    client,
    ['paginate-memory', JSON.stringify({ url: benchServer.url, pkg, repeat: 5 })],
    { nodeFlags: ['--expose-gc', '--no-opt', '--no-sparkplug'] },
  );
  log(`runtime: 202 write and wait, ${rounds} rounds (the default intervals take seconds)`);
  out.wait = await runJson(client, ['wait', JSON.stringify({ pkg, pbServer: pbServerFile, rounds })], flags);
  return out;
});
if (runtime) {
  if (runtime.overhead) {
    const o = runtime.overhead;
    row('request-overhead:fetch', o.clientgen.p50, o.fetch.p50, 'ms p50', {
      goal: '<= 1.10',
      p99: { ours: round(o.clientgen.p99, 4), peer: round(o.fetch.p99, 4) },
      n: o.clientgen.n,
    });
    row('request-overhead-p99:fetch', o.clientgen.p99, o.fetch.p99, 'ms p99');
    for (const peer of ['fetch-timeout', 'hey-api', 'openapi-fetch']) {
      row(`request-overhead:${peer}`, o.clientgen.p50, o[peer].p50, 'ms p50', {
        p99: { ours: round(o.clientgen.p99, 4), peer: round(o[peer].p99, 4) },
        ...(peer === 'fetch-timeout' ? { goal: '<= 1.05' } : {}),
      });
    }
    // What the latency rows cannot resolve: the client's own CPU per call, and that excess as a share of a call.
    const cpu = runtime.overheadCpu;
    if (cpu) {
      const extra = cpu.clientgen.usPerCall - cpu['fetch-timeout'].usPerCall;
      row('request-cpu:fetch-timeout', cpu.clientgen.usPerCall, cpu['fetch-timeout'].usPerCall, 'µs CPU per call', {
        note: `over a fetch that answers at once; the ${round(extra, 1)} µs more, on a call of ${round(o['fetch-timeout'].p50 * 1000, 0)} µs p50, bound the latency ratio at ${round(1 + extra / (o['fetch-timeout'].p50 * 1000), 3)}`,
      });
      row('request-cpu:hey-api', cpu.clientgen.usPerCall, cpu['hey-api'].usPerCall, 'µs CPU per call');
    }
    // The latency split at the moments fetch reports: which side of the wire the excess is on.
    const phases = runtime.overheadPhases;
    if (phases) {
      const spans = {
        before: 'from the call to the request fetch makes',
        wire: 'from there to the response headers',
        after: 'from the headers to the parsed data',
      };
      for (const [phase, note] of Object.entries(spans)) {
        row(`request-phase-${phase}:fetch-timeout`, phases.clientgen[phase], phases['fetch-timeout'][phase], 'µs p50', {
          note,
        });
      }
    }
    if (o['clientgen-client']) {
      row('request-overhead-client:fetch', o['clientgen-client'].p50, o.fetch.p50, 'ms p50', {
        p99: { ours: round(o['clientgen-client'].p99, 4), peer: round(o.fetch.p99, 4) },
      });
    }
  }
  const pt = runtime.paginateTime;
  row('paginate-100k-time:fetch', s(median(pt.samples.clientgen)), s(median(pt.samples.fetch)), 's', {
    items: pt.items,
  });
  const pm = runtime.paginateMemory;
  row('paginate-100k-memory', mb(pm.allLive.peakBytes), mb(pm.oneLive.peakBytes), 'MB live heap', {
    goal: '<= 2.0',
    note: 'peer = peak while reading one page; live heap after a full GC at the points the client holds most',
  });
  row('paginate-100k-memory:fetch', mb(pm.allLive.peakBytes), mb(pm.fetchLive.peakBytes), 'MB live heap', {
    note: 'peer = a hand-written fetch loop paging the same way: what Node and its fetch hold on their own',
  });
  row('paginate-100k-memory-highwater', mb(pm.allRaw.peakBytes), mb(pm.oneRaw.peakBytes), 'MB heapUsed', {
    note: 'no forced GC: garbage included',
  });
  const w = runtime.wait.samples;
  const med = (k, f) => median(w[k][f]);
  row('wait-202-requests:fetch', med('clientgen-default', 'requests'), med('fetch-1000ms', 'requests'), 'requests', {
    note: 'peer: hand-written POST + poll Location every 1 s + read back',
  });
  row('wait-202-time:fetch', s(med('clientgen-default', 'ms')), s(med('fetch-1000ms', 'ms')), 's', {
    note: 'default intervals (500 ms, x1.5) against a fixed 1 s poll',
  });
  row('wait-202-time-10ms:fetch', s(med('clientgen-10ms', 'ms')), s(med('fetch-10ms', 'ms')), 's', {
    note: 'intervalMs 10 against a fixed 10 ms poll',
  });
}

await benchServer?.close();
await pbServer?.close();
cleanWork();
const buildAtEnd = generatorBuild();
const buildChanged = buildAtEnd.dist !== buildAtStart.dist;
if (buildChanged) {
  log(
    `warning: generator/dist changed during the run (${buildAtStart.dist} -> ${buildAtEnd.dist}): the generation figures mix two builds`,
  );
  errors.push({
    phase: 'generate',
    error: `generator/dist changed during the run (${buildAtStart.dist} -> ${buildAtEnd.dist})`,
    warning: true,
  });
}

// ---------------------------------------------------------------------------------------------

const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
const goals = [
  [
    'cold Contabo generation at most 0.8 of hey-api (ratio <= 0.8)',
    byName['generate-contabo:hey-api'],
    (r) => r.ratio <= 0.8,
  ],
  [
    'one-operation regenerate at most 0.6 of orval full run (ratio <= 0.6)',
    byName['regenerate-one-op:orval'],
    (r) => r.ratio <= 0.6,
  ],
  ['no-op regenerate under 0.2 s', byName['generate-noop'], (r) => r.ours < 0.2],
  ['10,000 operations in under 8 s', byName['generate-10k-ops:hey-api'], (r) => r.ours !== null && r.ours < 8],
  [
    '10,000 operations under 400 MB peak RSS',
    byName['generate-10k-ops-peak-rss:hey-api'],
    (r) => r.ours !== null && r.ours < 400,
  ],
  [
    'every corpus spec at most 0.7 of hey-api time (worst ratio <= 0.7)',
    byName['corpus-worst-time:hey-api'],
    (r) => r.ratio !== null && r.ratio <= 0.7,
  ],
  [
    'every corpus spec at most 1.0 of hey-api peak RSS (worst ratio <= 1.0)',
    byName['corpus-worst-rss:hey-api'],
    (r) => r.ratio !== null && r.ratio <= 1.0,
  ],
  [
    'client overhead within 5% of fetch with the same timeout (p50 ratio <= 1.05)',
    byName['request-overhead:fetch-timeout'],
    (r) => r.ratio <= 1.05,
  ],
  [
    'client overhead within 10% of bare fetch (p50 ratio <= 1.10)',
    byName['request-overhead:fetch'],
    (r) => r.ratio <= 1.1,
  ],
  ['pagination memory at most twice one page (ratio <= 2.0)', byName['paginate-100k-memory'], (r) => r.ratio <= 2.0],
  ['Contabo bundle smaller than hey-api (ratio < 1.0)', byName['bundle-contabo:hey-api'], (r) => r.ratio < 1.0],
  [
    'ProfitBricks bundle smaller than hey-api (ratio < 1.0)',
    byName['bundle-profitbricks:hey-api'],
    (r) => r.ratio < 1.0,
  ],
].map(([goal, r, test]) => {
  const met = r ? Boolean(test(r)) : null;
  if (r) r.met = met;
  const value = !r ? 'not measured' : r.ratio !== null ? `ratio ${r.ratio}` : `${r.ours} ${r.unit}`;
  return { goal, met, value };
});

/** Whether a row meets its goal: `<= 0.7` compares the ratio, `< 8 s` or `< 400 MB` the value itself; null when not measured. */
function meets(r) {
  if (r.met !== undefined) return r.met;
  const m = /^(<=|<)\s*([\d.]+)\s*(s|MB)?$/.exec(r.goal);
  const value = m?.[3] ? r.ours : r.ratio;
  if (!m || value === null || value === undefined) return null;
  return m[1] === '<=' ? value <= Number(m[2]) : value < Number(m[2]);
}
const verdict = (r) => ({ true: 'met', false: 'MISSED', null: 'not measured' })[String(meets(r))];
const fmt = (v) =>
  v === null || v === undefined
    ? '–'
    : typeof v === 'number'
      ? String(round(v, v >= 100 ? 0 : v >= 10 ? 2 : 3))
      : String(v);
const table = [
  '| benchmark | ours | peer | unit | ratio (ours/peer) | goal |',
  '|---|---:|---:|---|---:|---|',
  ...rows.map(
    (r) =>
      `| \`${r.name}\` | ${fmt(r.ours)} | ${fmt(r.peer)} | ${r.unit} | ${fmt(r.ratio)} | ${r.goal ? `${r.goal} ${verdict(r)}` : ''} |`,
  ),
].join('\n');
const goalLines = goals
  .map((g) => `- ${g.met === null ? '?' : g.met ? 'met' : 'MISSED'}: ${g.goal} — ${g.value}`)
  .join('\n');
const elapsed = (performance.now() - started) / 1000;
const failed = errors.filter((e) => !e.warning).length;
log(`finished in ${elapsed.toFixed(0)} s${failed ? `, ${failed} phase(s) failed` : ''}`);

if (args.record) writeFileSync(join(repo, 'BENCHMARKS.md'), report());

process.stdout.write(`${table}\n\nGoals:\n${goalLines}\n\n`);
process.stdout.write(`${JSON.stringify({ results: rows, goals, errors, elapsedSeconds: round(elapsed, 1) })}\n`);
process.exitCode = errors.some((e) => !e.warning) ? 1 : 0;

function versionOf(pkg) {
  const peer = peerVersion(pkg);
  if (peer) return peer;
  try {
    return JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

function report() {
  const uname = (() => {
    try {
      return readFileSync('/proc/version', 'utf8').trim().split(' ').slice(0, 3).join(' ');
    } catch {
      return `${process.platform} ${process.arch}`;
    }
  })();
  const cpu = cpus();
  const g = gen?.results;
  const detail = [];
  if (g) {
    detail.push(
      `- One-operation regenerate, what each round changed and wrote: ${g.regenerate.clientgen.changes.map((c, i) => `${c} → ${g.regenerate.clientgen.written[i].replace(/^.*?: /, '')}`).join('; ')}.`,
    );
    detail.push(
      `- No-op regenerate: median ${round(s(g.noop.ms), 3)} s; \`node -e ''\` alone takes ${round(s(g.noop.nodeStartMs), 3)} s here.`,
    );
    const big = g.large;
    detail.push(
      `- 10,000 operations (a synthetic spec: 2,000 resources in 100 tags, five operations each, schemas chained by reference): clientgen ${big.clientgen.failed ? `failed (${big.clientgen.failed})` : `${round(s(big.clientgen.ms), 2)} s, peak ${round((big.clientgen.maxRssKb ?? 0) / 1024, 0)} MB`}; hey-api ${big['hey-api'].failed ? `failed (${big['hey-api'].failed})` : `${round(s(big['hey-api'].ms), 2)} s, peak ${round((big['hey-api'].maxRssKb ?? 0) / 1024, 0)} MB`}.`,
    );
  }
  if (tc)
    detail.push(
      `- Type errors found by tsc in the Contabo outputs: ${Object.entries(tc)
        .map(([t, r]) => `${t} ${r.errors}`)
        .join(', ')}.`,
    );
  if (typecheck?.profitbricks) {
    detail.push(
      `- Type errors in the ProfitBricks outputs of the two-spec runs (untimed check): ${Object.entries(
        typecheck.profitbricks,
      )
        .map(([t, r]) => `${t} ${r.errors}${r.errors ? ` (${r.firstError})` : ''}`)
        .join(', ')}.`,
    );
  }
  if (bundles) {
    detail.push(
      `- Bundles (minified / gzipped bytes): ${Object.entries(bundles.results)
        .map(([n, r]) => `${n} ${r.minified} / ${r.gzip}${r.works ? '' : ' (its call FAILED)'}`)
        .join('; ')}.`,
    );
    detail.push(
      `- The apps type-check against their generated code: ${bundles.appTypeErrors.length ? `no, ${bundles.appTypeErrors.length} errors (${bundles.appTypeErrors[0]})` : 'yes'}.`,
    );
  }
  if (runtime?.overhead) {
    detail.push(
      `- Request latency p50 / p99 (ms, ${runtime.overhead.fetch.n} requests each): ${Object.entries(runtime.overhead)
        .map(([n, r]) => `${n} ${round(r.p50, 3)} / ${round(r.p99, 3)}`)
        .join('; ')}.`,
    );
  }
  if (runtime) {
    const pm = runtime.paginateMemory;
    const kb = (list) => list.map((b) => Math.round(b / 1024)).join(', ');
    detail.push(
      `- Pagination memory, live heap above the heap before (KB, each measurement; the median counts): all 1,000 pages ${kb(pm.allLive.runs)} (${pm.allLive.probes} probes each); one page ${kb(pm.oneLive.runs)}; the hand-written fetch loop over all pages ${kb(pm.fetchLive.runs)}. Holding every page would take about ${round((1000 * pm.oneLive.peakBytes) / 2 ** 20, 0)} MB. Without forced GC the heap high-water is ${round(mb(pm.allRaw.peakBytes), 2)} MB against ${round(mb(pm.oneRaw.peakBytes), 2)} MB; process peak RSS ${round(mb(pm.maxRssBytes), 1)} MB.`,
    );
    const w = runtime.wait.samples;
    detail.push(
      `- 202 wait (median of ${w['clientgen-default'].ms.length}; statuses ${runtime.wait.statuses.join(' → ')}): ${Object.entries(
        w,
      )
        .map(([n, v]) => `${n} ${median(v.requests)} requests in ${round(median(v.ms), 0)} ms`)
        .join('; ')}.`,
    );
  }
  if (errors.length) detail.push(`- Problems in this run: ${errors.map((e) => `${e.phase} (${e.error})`).join('; ')}.`);
  return `# Benchmarks

Recorded by \`npm run bench -- --record\` (test/bench/run.mjs) on ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; the run took ${elapsed.toFixed(0)} s.

Machine: ${cpu.length} cores (${cpu[0]?.model ?? '?'}), ${round(totalmem() / 2 ** 30, 1)} GiB memory (${round(freemem() / 2 ** 30, 1)} GiB free at the end), Node ${process.version}, ${uname}. Load average ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} at the start, ${loadavg()
    .map((l) => l.toFixed(2))
    .join(
      ' ',
    )} at the end: the machine is shared and noisy, which is why every figure is a median of alternating rounds (${rounds} here) and quoted as a ratio.

Generator measured: commit ${buildAtStart.commit}${buildAtStart.dirty ? ' plus uncommitted changes in generator/' : ''}, generator/dist ${buildAtStart.dist}${buildChanged ? ` (it changed to ${buildAtEnd.dist} during the run: the generation figures mix two builds)` : ''}.

Peers: openapi-typescript ${versionOf('openapi-typescript')}, @hey-api/openapi-ts ${versionOf('@hey-api/openapi-ts')} (fetch client and SDK), orval ${versionOf('orval')} (fetch client), openapi-typescript-codegen ${versionOf('openapi-typescript-codegen')} (fetch), openapi-fetch ${versionOf('openapi-fetch')}; TypeScript ${versionOf('typescript')}, esbuild ${versionOf('esbuild')}.

Ratios are ours/peer: below 1 we are faster, smaller or leaner.

${table}

## Goals

${goalLines}

## Details of this run

${detail.join('\n')}

## Peer setup notes

- @hey-api/openapi-ts ${versionOf('@hey-api/openapi-ts')}: run as \`openapi-ts -i SPEC... -o DIR... -c @hey-api/client-fetch -p @hey-api/typescript @hey-api/sdk\` (its defaults, spelled out), one job per spec in one process. Its bundled runtime calls \`URLSearchParams#entries()\`, so it needs \`DOM.Iterable\` in \`lib\`: with ES2022 + DOM alone, as the brief has it, its output fails to type-check. The bench adds DOM.Iterable for every tool.
- orval ${versionOf('orval')}: needs a config file. An ESM \`orval.config.mjs\` with \`export default\` fails with "Config require an input" (its loader does not unwrap the default export), so the bench writes \`orval.config.cjs\`. Its output for the ProfitBricks spec may not compile (see the untimed check above: \`status: 5XX\` written as a type); the two-spec time counts it as a finished run all the same.
- openapi-typescript-codegen ${versionOf('openapi-typescript-codegen')}: imports without file extensions, so its output type-checks only with bundler (or node10) resolution; the bench uses \`moduleResolution: Bundler\` for everyone. One input per run: two specs are two runs. Its ProfitBricks models can collide by case (\`LocationId.ts\` and \`locationId.ts\`; tsc error TS1149 in the untimed check above), which breaks on case-insensitive file systems.
- openapi-typescript ${versionOf('openapi-typescript')}: types only, one input per run; at run time it pairs with openapi-fetch, which is what its bundle rows measure.

## How it is measured

- Generation: each tool is a whole process (spawn to exit, Node start-up included) writing into a fresh folder; each round runs every tool once, the order rotating, and the medians are compared. clientgen makes one package (sources formatted by prettier, compiled JavaScript, declarations, runtime); openapi-typescript emits types only; hey-api its fetch client and SDK; orval a fetch client (config file per run); openapi-typescript-codegen a fetch client. For two specs, the CLIs that take one input per run (openapi-typescript-codegen) run twice and the times add up. Peak RSS is GNU time's, where it exists.
- One-operation regenerate: the spec is copied and generated once; each round then changes one more operation (a summary, or a new optional query parameter) and times \`clientgen generate\` into the same folder, against a full run of orval and of hey-api on the same spec (they have no incremental mode). No-op: the same command again with nothing changed.
- Type-check: \`node node_modules/typescript/bin/tsc -p\` over each tool's Contabo output, the same options for all (strict, noEmit, skipLibCheck false, lib ES2022 + DOM + DOM.Iterable, moduleResolution Bundler); clientgen's package is checked from its \`src\`.
- Request overhead: a local node:http server in its own process answers \`GET /v1/compute/instances/1\` with a small JSON; after a warm-up, sequential requests, the clients taking turns call by call (so that each meets the machine in the same states; blocks of one client's calls moved the ratios by ten per cent between runs); latency of each call until its data is parsed. The \`request-cpu\` rows are the same calls over a fetch that answers at once: the client's own CPU per call, in alternating blocks. The bare fetch sends what the API needs (bearer token, x-request-id) and parses JSON; \`fetch-timeout\` is the same with an AbortController and a 60 s timer per call, which every call of ours has (a timeout needs a signal, and in Node 20 a signal costs fetch several per cent); the clients are the bundled apps below. The \`request-phase\` rows split the same calls, in a run of their own, at the moments fetch's diagnostics channels report (\`undici:request:create\`, \`undici:request:headers\`): before sending, on the wire, after the response headers; medians of each span.
- Pagination: the same server makes 1,000 pages of 100 instances on the fly; \`for await\` over \`instances.list({ size: 100 })\` against a hand-written fetch loop. Memory runs in a process of its own with \`--expose-gc --no-opt --no-sparkplug\`, after one full pass of each: compiled code lives on the heap, and an optimising compiler adds hundreds of kB of it at moments no one controls (a heap snapshot diff of a high reading showed 160 kB of code and deopt data beside one page of items), which is not pagination memory; interpreted code allocates none once warm. Five measurements each, the median counts. Then the live heap is read after a full GC at the moments the client holds the most (response in, body text read, first and last item of a page; on every 50th page for the full walk, as each GC costs milliseconds), above the heap after a GC just before, and compared with the same for reading one page (\`paginate-100k-memory\`) and for the hand-written loop over all pages (\`:fetch\`). The high-water row samples heapUsed without forcing GC, garbage included.
- 202 wait: the fake ProfitBricks server of the behaviour tests (each status poll moves QUEUED → RUNNING → DONE); \`datacenters.create(...).wait()\` from the call to the data center read back, against a hand-written loop (POST, poll the Location, read back).
- Bundles: one app per client making the same call (Contabo: get instance 1; ProfitBricks: get one data center), ours with the operation function (\`getInstance(transport, ...)\`, the rows \`bundle-*\`) and with the client class (\`bundle-*-client\`), bundled with esbuild (minify, ESM, platform browser), gzip level 9; each app's Node bundle is called against the local servers first, and the apps are type-checked against their generated code.
`;
}
