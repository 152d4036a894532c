// Runtime measurements, one mode per process (run with --expose-gc), the server in another process.
// Usage: node --expose-gc test/bench/client.mjs MODE '{"json":"config"}'; prints one JSON line.
import { randomUUID } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { instance } from './instance.mjs';
import { median } from './lib.mjs';

const [mode, configText] = process.argv.slice(2);
const config = JSON.parse(configText ?? '{}');
const TOKEN = 'bench-token';
const importFile = (file) => import(pathToFileURL(file).href);
const gc = globalThis.gc ?? (() => {});
const heap = () => process.memoryUsage().heapUsed;

/** The call a user would write without a client: headers the API requires, JSON out. */
function bareCall(url) {
  return async () => {
    const response = await fetch(`${url}/v1/compute/instances/1`, {
      headers: { authorization: `Bearer ${TOKEN}`, 'x-request-id': randomUUID(), accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    return response.json();
  };
}

/** The same call with a timeout, as every call of the generated client has: an AbortController and a timer per call. */
function bareCallWithTimeout(url) {
  return async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    try {
      const response = await fetch(`${url}/v1/compute/instances/1`, {
        signal: controller.signal,
        headers: { authorization: `Bearer ${TOKEN}`, 'x-request-id': randomUUID(), accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`status ${response.status}`);
      return await response.json();
    } finally {
      clearTimeout(timer);
    }
  };
}

function stats(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return {
    n: sorted.length,
    p50: at(50),
    p90: at(90),
    p99: at(99),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}

/** The hand-written calls and the bundled apps' calls against `url`, each made `warmup` times. */
async function warmClients(url, apps, warmup) {
  const calls = { fetch: bareCall(url), 'fetch-timeout': bareCallWithTimeout(url) };
  for (const [name, file] of Object.entries(apps)) calls[name] = (await importFile(file)).makeCall(url, TOKEN);
  const names = Object.keys(calls);
  for (const name of names) for (let i = 0; i < warmup; i++) await calls[name]();
  return { calls, names };
}

/**
 * Sequential requests, one client after another in turn (the order turned
 * by one each round, so that none always follows the same one); latency of
 * each call until its data is parsed. Taking turns call by call, every
 * client meets the machine in the same states, a collection started by
 * another's garbage included, which blocks of a client's calls at a time
 * do not give: on a shared machine the state changes between blocks by more
 * than a client's whole cost.
 */
async function overhead() {
  const { url, apps, warmup = 300, requests = 2_500 } = config;
  const { calls, names } = await warmClients(url, apps, warmup);
  for (const name of names) {
    const data = await calls[name]();
    if (data?.data?.[0]?.instanceId !== 1) throw new Error(`${name}: unexpected answer`);
  }
  const latencies = Object.fromEntries(names.map((n) => [n, []]));
  await inTurns(names, requests, async (name) => {
    const t0 = performance.now();
    await calls[name]();
    latencies[name].push(performance.now() - t0);
  });
  return Object.fromEntries(names.map((n) => [n, stats(latencies[n])]));
}

/** Runs `turn` for each client `rounds` times, taking turns call by call, the order turned by one each round. */
async function inTurns(names, rounds, turn) {
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < names.length; i++) await turn(names[(i + r) % names.length]);
  }
}

/**
 * Where each client's time goes, from the moments fetch's own diagnostics
 * channels report (the same for every caller of fetch): `before`, from the
 * call to the request fetch makes (the client's work before sending, and
 * fetch's own); `wire`, from there to the response headers (sending, the
 * server, the network); `after`, from the headers to the parsed data (the
 * body, and the client's work on the response). Medians in microseconds, in
 * a process of its own: listening to the channels costs every call a little.
 */
async function overheadPhases() {
  const { url, apps, warmup = 300, requests = 2_500 } = config;
  const { calls, names } = await warmClients(url, apps, warmup);
  let marks;
  subscribe('undici:request:create', () => (marks.created ??= performance.now()));
  subscribe('undici:request:headers', () => (marks.headers ??= performance.now()));
  const phases = Object.fromEntries(names.map((n) => [n, { before: [], wire: [], after: [] }]));
  await inTurns(names, requests, async (name) => {
    marks = {};
    const start = performance.now();
    await calls[name]();
    const end = performance.now();
    const { created, headers } = marks;
    if (created === undefined || headers === undefined) throw new Error(`${name}: fetch reported no request`);
    const p = phases[name];
    p.before.push(created - start);
    p.wire.push(headers - created);
    p.after.push(end - headers);
  });
  const us = (samples) => median(samples) * 1000;
  return Object.fromEntries(
    names.map((n) => [n, { before: us(phases[n].before), wire: us(phases[n].wire), after: us(phases[n].after) }]),
  );
}

/**
 * The client's own CPU per call, apart from the network and the server: the
 * calls of `overhead`, over a fetch that answers at once with what the bench
 * server sends, in alternating blocks. Microseconds of this process's CPU
 * per call, median of the blocks. Latency on 127.0.0.1 moves by more than
 * a client's whole cost from one run to the next; CPU time over a fetch that
 * costs the same for every caller does not.
 */
async function overheadCpu() {
  const { apps, warmup = 20_000, blocks = 30, perBlock = 2_000 } = config;
  const body = JSON.stringify({ data: [instance(1)], _links: { self: '/v1/compute/instances/1' } });
  // Replaced before any client is made: the generated transport binds the global fetch when it is made.
  globalThis.fetch = async (_url, init) => {
    const headers = new Headers(init?.headers);
    return new Response(body, {
      status: 200,
      headers: { 'content-type': 'application/json', 'x-request-id': headers.get('x-request-id') ?? '' },
    });
  };
  const { calls, names } = await warmClients('http://127.0.0.1:9', apps, warmup);
  const perCall = Object.fromEntries(names.map((n) => [n, []]));
  for (let b = 0; b < blocks; b++) {
    for (const name of names.map((_, i) => names[(i + b) % names.length])) {
      const call = calls[name];
      const before = process.cpuUsage();
      for (let i = 0; i < perBlock; i++) await call();
      const { user, system } = process.cpuUsage(before);
      perCall[name].push((user + system) / perBlock);
    }
  }
  return Object.fromEntries(names.map((n) => [n, { usPerCall: median(perCall[n]), blocks: perCall[n] }]));
}

/** All items of all pages, with the generated client's `for await` and with a hand-written fetch loop. */
async function paginateTime() {
  const { url, pkg, rounds = 5, size = 100 } = config;
  const { ContaboClient } = await importFile(`${pkg}/dist/contabo/index.js`);
  const contabo = new ContaboClient({ accessToken: TOKEN, baseUrl: url });
  const competitors = {
    clientgen: async () => {
      let n = 0;
      for await (const item of contabo.instances.list({ size })) if (item.instanceId) n++;
      return n;
    },
    fetch: async () => {
      let n = 0;
      for (let page = 1; ; page++) {
        const response = await fetch(`${url}/v1/compute/instances?page=${page}&size=${size}`, {
          headers: { authorization: `Bearer ${TOKEN}`, 'x-request-id': randomUUID(), accept: 'application/json' },
        });
        if (!response.ok) throw new Error(`status ${response.status}`);
        const body = await response.json();
        for (const item of body.data) if (item.instanceId) n++;
        if (body.data.length === 0 || page >= body._pagination.totalPages) break;
      }
      return n;
    },
  };
  // Warm-up: a few pages each.
  for await (const _ of contabo.instances.list({ size, page: 998 })) void _;
  const samples = { clientgen: [], fetch: [] };
  let items;
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? ['fetch', 'clientgen'] : ['clientgen', 'fetch']) {
      const t0 = performance.now();
      const n = await competitors[name]();
      samples[name].push(performance.now() - t0);
      if (items !== undefined && n !== items) throw new Error(`${name} saw ${n} items, expected ${items}`);
      items = n;
    }
  }
  return { items, samples };
}

/**
 * Peak memory of paginating everything against reading one page, both with
 * the generated client, whose fetch is wrapped to look at the heap while the
 * client holds the most. A hand-written fetch loop, probed the same way, is
 * the control: what Node and its fetch retain on their own while paging.
 *
 * Live heap: heapUsed right after a full GC, above the heap after a full GC
 * just before, taken when a response has come in, when its body has been
 * read, and at the first and last item of a page: on every page for one page,
 * on every `every`-th page (and the fetch of the page after it) for all of
 * them, since a GC costs milliseconds. Everything runs once in full first, so
 * that code compiled on the first pass (a few MB) is not counted as
 * pagination memory. Median of `repeat` measurements.
 * High-water: heapUsed sampled without forcing any GC (every 10 items, at each
 * response and body, and every ms), so garbage not collected yet counts: it
 * depends on V8's GC timing as much as on the client.
 */
async function paginateMemory() {
  const { url, pkg, size = 100, every = 50, repeat = 3 } = config;
  const { ContaboClient } = await importFile(`${pkg}/dist/contabo/index.js`);
  let probing = false;
  let forceGc = true;
  let gate = true;
  let peak = 0;
  let probes = 0;
  const probe = () => {
    if (!probing || !gate) return;
    if (forceGc) gc();
    probes++;
    const h = heap();
    if (h > peak) peak = h;
  };
  const probeFetch = async (input, init) => {
    const response = await fetch(input, init);
    probe();
    const text = response.text.bind(response);
    response.text = async () => {
      const t = await text();
      probe();
      return t;
    };
    return response;
  };
  const contabo = new ContaboClient({ accessToken: TOKEN, baseUrl: url, fetch: probeFetch });

  const measure = async (force, body) => {
    forceGc = force;
    gate = true;
    gc();
    gc();
    const baseline = heap();
    peak = baseline;
    probes = 0;
    const sampler = force ? undefined : setInterval(probe, 1);
    probing = true;
    const t0 = performance.now();
    const extra = await body();
    const ms = performance.now() - t0;
    probing = false;
    if (sampler) clearInterval(sampler);
    return { baselineBytes: baseline, peakBytes: peak - baseline, probes, ms, ...extra };
  };
  /** Probes items: on a probed page its first item, and the last item of the page before one (so its fetch is probed). */
  const itemProbe = (n) => {
    const index = n % size;
    const page = Math.floor(n / size);
    if (forceGc) {
      if (index === 0 && gate) {
        probe();
        gate = false;
      }
      if (index === size - 1 && page % every === every - 1) {
        gate = true;
        probe();
      }
    } else if (n % 10 === 0) probe();
  };
  const onePage = async () => {
    const page = await contabo.instances.list({ size });
    probe(); // The page held, parsed.
    if (page.data.length !== size) throw new Error('short page');
    return { items: page.data.length };
  };
  const allPages = async () => {
    let n = 0;
    for await (const item of contabo.instances.list({ size })) {
      itemProbe(n);
      if (item.instanceId) n++;
    }
    if (n !== size * 1000) throw new Error(`saw ${n} items`);
    return { items: n };
  };
  const fetchLoop = async () => {
    let n = 0;
    for (let page = 1; ; page++) {
      const response = await fetch(`${url}/v1/compute/instances?page=${page}&size=${size}`, {
        headers: { authorization: `Bearer ${TOKEN}`, 'x-request-id': randomUUID(), accept: 'application/json' },
      });
      probe();
      const text = await response.text();
      probe();
      const body = JSON.parse(text);
      for (const item of body.data) {
        itemProbe(n);
        if (item.instanceId) n++;
      }
      if (body.data.length === 0 || page >= body._pagination.totalPages) break;
    }
    return { items: n };
  };
  const medianRun = async (times, force, body) => {
    const runs = [];
    for (let i = 0; i < times; i++) runs.push(await measure(force, body));
    runs.sort((a, b) => a.peakBytes - b.peakBytes);
    return { ...runs[runs.length >> 1], runs: runs.map((r) => r.peakBytes) };
  };

  // Warm up: one full pass of each, so both are measured in their steady state.
  await measure(false, allPages);
  await measure(false, fetchLoop);
  for (let i = 0; i < 5; i++) await measure(false, onePage);

  const oneLive = await medianRun(5, true, onePage);
  const allLive = await medianRun(repeat, true, allPages);
  const fetchLive = await medianRun(repeat, true, fetchLoop);
  const oneRaw = await medianRun(5, false, onePage);
  const allRaw = await measure(false, allPages);
  return { oneLive, allLive, fetchLive, oneRaw, allRaw, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
}

/** A 202 write waited for: requests sent and time from the call to the data center read back. */
async function wait202() {
  const { pkg, pbServer, rounds = 5 } = config;
  const { startProfitBricksServer } = await importFile(pbServer);
  const { ProfitBricksClient } = await importFile(`${pkg}/dist/profitbricks/index.js`);
  const api = await startProfitBricksServer();
  const pb = new ProfitBricksClient({ ...api.credentials, baseUrl: api.url });
  const authorization = `Basic ${Buffer.from(`${api.credentials.username}:${api.credentials.password}`).toString('base64')}`;
  const body = (r) => ({ properties: { name: `bench-${r}`, location: 'de/fra' } });

  /** What a user writes without a client: POST, poll the Location every `intervalMs`, read the resource back. */
  const handWritten = async (r, intervalMs) => {
    const created = await fetch(`${api.url}/datacenters`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body(r)),
    });
    if (created.status !== 202) throw new Error(`POST answered ${created.status}`);
    const accepted = await created.json();
    const location = created.headers.get('location');
    for (;;) {
      const status = await (await fetch(location, { headers: { authorization } })).json();
      if (status.metadata.status === 'DONE') break;
      if (status.metadata.status === 'FAILED') throw new Error('FAILED');
      await sleep(intervalMs);
    }
    const done = await fetch(accepted.href, { headers: { authorization } });
    return done.json();
  };
  const competitors = {
    'clientgen-default': async (r) => (await pb.datacenters.create({ body: body(r) })).wait(),
    'clientgen-10ms': async (r) => (await pb.datacenters.create({ body: body(r) })).wait({ intervalMs: 10 }),
    'fetch-1000ms': (r) => handWritten(r, 1000),
    'fetch-10ms': (r) => handWritten(r, 10),
  };
  const samples = Object.fromEntries(Object.keys(competitors).map((n) => [n, { ms: [], requests: [] }]));
  const names = Object.keys(competitors);
  for (let r = 0; r < rounds; r++) {
    for (const name of names.map((_, i) => names[(i + r) % names.length])) {
      const before = api.log.length;
      const t0 = performance.now();
      const dc = await competitors[name](r);
      const ms = performance.now() - t0;
      if (dc?.metadata?.state !== 'AVAILABLE') throw new Error(`${name}: read back ${JSON.stringify(dc?.metadata)}`);
      samples[name].ms.push(ms);
      samples[name].requests.push(api.log.length - before);
    }
  }
  const statuses = api.state.defaultStatuses;
  await api.close();
  return { samples, statuses };
}

const modes = {
  overhead,
  'overhead-cpu': overheadCpu,
  'overhead-phases': overheadPhases,
  'paginate-time': paginateTime,
  'paginate-memory': paginateMemory,
  wait: wait202,
};
// Bounded: whatever happens, this process ends.
setTimeout(() => {
  console.error(`client ${mode}: gave up after 5 minutes`);
  process.exit(3);
}, 300_000).unref();
const result = await modes[mode]();
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
