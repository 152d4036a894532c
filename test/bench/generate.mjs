// Generation benchmarks: clientgen against the peers a user would pick instead, whole processes timed.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { largeDocument } from './large.mjs';
import { alternate, bins, heyApiArgs, log, medianOf, node, specs, timeProcess, work } from './lib.mjs';

const PEERS = ['openapi-typescript', 'hey-api', 'orval', 'openapi-typescript-codegen'];

/** The inputs, copied once so that every tool reads the very same bytes. */
function inputs() {
  const dir = join(work(), 'specs');
  mkdirSync(dir, { recursive: true });
  const out = {};
  for (const [name, path] of Object.entries(specs)) {
    out[name] = join(dir, `${name}.yaml`);
    copyFileSync(path, out[name]);
  }
  return out;
}

/**
 * One generation of `specList` into a fresh folder `dir` by `tool`, whole
 * process(es) timed. Returns the sample and where each spec's output went.
 */
async function generateWith(tool, specList, dir) {
  mkdirSync(dir, { recursive: true });
  const names = specList.map((s) => s.replace(/^.*\//, '').replace(/\.ya?ml$/, ''));
  const outs = Object.fromEntries(names.map((n) => [n, join(dir, n)]));
  let sample;
  switch (tool) {
    case 'clientgen': {
      // One package for all specs: that is what clientgen makes.
      const out = join(dir, 'package');
      sample = await timeProcess(
        node,
        [bins.clientgen, 'generate', ...specList.flatMap((s) => ['--spec', s]), '--out', out],
        { cwd: dir },
      );
      for (const n of names) outs[n] = out;
      break;
    }
    case 'openapi-typescript': {
      // One input per run: several specs are several runs, timed together.
      let ms = 0;
      let maxRssKb = 0;
      for (const [i, spec] of specList.entries()) {
        const s = await timeProcess(node, [bins.openapiTypescript, spec, '-o', join(outs[names[i]], 'schema.d.ts')], {
          cwd: dir,
        });
        ms += s.ms;
        maxRssKb = Math.max(maxRssKb, s.maxRssKb ?? 0);
      }
      sample = { ms, maxRssKb: maxRssKb || undefined };
      break;
    }
    case 'hey-api':
      // The fetch client and the SDK, one job per input, all in one process.
      sample = await timeProcess(
        node,
        heyApiArgs(
          specList,
          names.map((n) => outs[n]),
        ),
        { cwd: dir },
      );
      break;
    case 'orval': {
      // orval needs a config file; a CommonJS one (an .mjs default export is not unwrapped by orval 7.13's loader).
      const projects = Object.fromEntries(
        names.map((n, i) => [
          n,
          { input: { target: specList[i] }, output: { target: join(outs[n], `${n}.ts`), client: 'fetch' } },
        ]),
      );
      const config = join(dir, 'orval.config.cjs');
      writeFileSync(config, `module.exports = ${JSON.stringify(projects, null, 2)};\n`);
      sample = await timeProcess(node, [bins.orval, '--config', config], { cwd: dir });
      break;
    }
    case 'openapi-typescript-codegen': {
      let ms = 0;
      let maxRssKb = 0;
      for (const [i, spec] of specList.entries()) {
        const s = await timeProcess(node, [bins.codegen, '-i', spec, '-o', outs[names[i]], '--client', 'fetch'], {
          cwd: dir,
        });
        ms += s.ms;
        maxRssKb = Math.max(maxRssKb, s.maxRssKb ?? 0);
      }
      sample = { ms, maxRssKb: maxRssKb || undefined };
      break;
    }
    default:
      throw new Error(`unknown tool ${tool}`);
  }
  for (const [n, out] of Object.entries(outs)) {
    if (!existsSync(out)) throw new Error(`${tool} wrote nothing for ${n} in ${out}`);
  }
  return { ms: sample.ms, maxRssKb: sample.maxRssKb, outs };
}

/** The operations of a spec, in document order, as [path, method]. */
function operationsOf(doc) {
  const ops = [];
  for (const [path, item] of Object.entries(doc.toJS().paths ?? {})) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) if (item?.[method]) ops.push([path, method]);
  }
  return ops;
}

/**
 * Changes one operation of the spec document: even rounds its summary, odd
 * rounds a new optional query parameter (which changes its params type too).
 * Rounds walk different operations spread over the document.
 */
function changeOneOperation(doc, round) {
  const ops = operationsOf(doc);
  const [path, method] = ops[(round * 37 + 5) % ops.length];
  const at = ['paths', path, method];
  if (round % 2 === 0) {
    const summary = String(doc.getIn([...at, 'summary']) ?? 'operation');
    doc.setIn([...at, 'summary'], `${summary} (rev ${round + 1})`);
    return `${method.toUpperCase()} ${path}: summary changed`;
  }
  const name = `benchFilter${round + 1}`;
  const param = doc.createNode({
    name,
    in: 'query',
    required: false,
    description: 'A filter added by the benchmark.',
    schema: { type: 'string' },
  });
  const params = doc.getIn([...at, 'parameters']);
  if (params) params.items.push(param);
  else doc.setIn([...at, 'parameters'], doc.createNode([param]));
  return `${method.toUpperCase()} ${path}: optional query parameter ${name} added`;
}

export async function benchGenerate({ rounds }) {
  const input = inputs();
  const root = join(work(), 'gen');
  let counter = 0;
  const fresh = (tool) => join(root, `${tool}-${++counter}`);
  const results = {};
  const outputs = {};

  // 1. Cold generation of the Contabo spec, every tool into a fresh folder.
  log('generation: Contabo spec, cold, clientgen against', PEERS.join(', '));
  const tools = ['clientgen', ...PEERS];
  const contabo = await alternate(
    rounds,
    Object.fromEntries(
      tools.map((t) => [
        t,
        async () => {
          const s = await generateWith(t, [input.contabo], fresh(t));
          outputs[t] = { ...outputs[t], contabo: s.outs.contabo };
          return s;
        },
      ]),
    ),
    'generate-contabo',
  );
  results.contabo = Object.fromEntries(
    tools.map((t) => [
      t,
      { ms: medianOf(contabo[t]), maxRssKb: medianOf(contabo[t], 'maxRssKb'), samples: contabo[t].map((s) => s.ms) },
    ]),
  );

  // 2. Both specs in one run (several runs for the one-input-per-run CLIs).
  const bothTools = ['clientgen', 'hey-api', 'orval', 'openapi-typescript-codegen'];
  log('generation: both specs, cold, clientgen against', bothTools.slice(1).join(', '));
  const both = await alternate(
    rounds,
    Object.fromEntries(
      bothTools.map((t) => [
        t,
        async () => {
          const s = await generateWith(t, [input.contabo, input.profitbricks], fresh(`${t}-both`));
          outputs[`${t}-both`] = { contabo: s.outs.contabo, profitbricks: s.outs['profitbricks'] };
          return s;
        },
      ]),
    ),
    'generate-both',
  );
  results.both = Object.fromEntries(
    bothTools.map((t) => [
      t,
      { ms: medianOf(both[t]), maxRssKb: medianOf(both[t], 'maxRssKb'), samples: both[t].map((s) => s.ms) },
    ]),
  );

  // 3. Regenerate after one operation changed, into the folder of the previous run, against the peers' full runs.
  log('generation: one-operation change, clientgen regenerate against full runs of orval and hey-api');
  const editDir = join(work(), 'edit');
  mkdirSync(editDir, { recursive: true });
  const editSpec = join(editDir, 'contabo.yaml');
  const doc = YAML.parseDocument(readFileSync(input.contabo, 'utf8'));
  writeFileSync(editSpec, doc.toString());
  const editOut = join(editDir, 'package');
  await timeProcess(node, [bins.clientgen, 'generate', '--spec', editSpec, '--out', editOut], {
    cwd: editDir,
    rss: false,
  });
  const changes = [];
  const regenerate = await alternate(
    rounds,
    {
      clientgen: async (r) => {
        changes.push(changeOneOperation(doc, r));
        writeFileSync(editSpec, doc.toString());
        const s = await timeProcess(node, [bins.clientgen, 'generate', '--spec', editSpec, '--out', editOut], {
          cwd: editDir,
        });
        const summary = s.stdout.trim().split('\n').pop();
        if (!/\d+ written/.test(summary)) throw new Error(`regenerate wrote nothing after a change: ${summary}`);
        return { ...s, summary };
      },
      // The peers have no incremental mode: their everyday regenerate is a full run.
      orval: () => generateWith('orval', [editSpec], fresh('orval-edit')),
      'hey-api': () => generateWith('hey-api', [editSpec], fresh('hey-api-edit')),
    },
    'regenerate-one-op',
  );
  results.regenerate = {
    clientgen: {
      ms: medianOf(regenerate.clientgen),
      maxRssKb: medianOf(regenerate.clientgen, 'maxRssKb'),
      samples: regenerate.clientgen.map((s) => s.ms),
      written: regenerate.clientgen.map((s) => s.summary),
      changes,
    },
    orval: { ms: medianOf(regenerate.orval), samples: regenerate.orval.map((s) => s.ms) },
    'hey-api': { ms: medianOf(regenerate['hey-api']), samples: regenerate['hey-api'].map((s) => s.ms) },
  };

  // 4. Regenerate with nothing changed: the stamp says so, and it should return at once.
  const noopRounds = Math.max(rounds, 7);
  const noop = [];
  for (let r = 0; r < noopRounds; r++) {
    const s = await timeProcess(node, [bins.clientgen, 'generate', '--spec', editSpec, '--out', editOut], {
      cwd: editDir,
    });
    if (!/up to date/.test(s.stdout)) throw new Error(`no-op regenerate was not a no-op: ${s.stdout.trim()}`);
    noop.push(s);
  }
  // A bare `node -e ''` for reference: the floor any Node CLI pays to start.
  const floor = [];
  for (let r = 0; r < noopRounds; r++) floor.push(await timeProcess(node, ['-e', ''], { cwd: editDir }));
  results.noop = { ms: medianOf(noop), samples: noop.map((s) => s.ms), nodeStartMs: medianOf(floor) };
  log(
    `generate-noop: median ${(results.noop.ms / 1000).toFixed(3)} s (node start alone ${(results.noop.nodeStartMs / 1000).toFixed(3)} s)`,
  );

  // 5. A spec of 10,000 operations: time and peak memory stay bounded. Three rounds, as for every other figure:
  // the goals are absolute, and one run on a shared machine moves by more than a second between runs.
  log('generation: 10,000 operations, clientgen against hey-api');
  const largeDir = join(work(), 'large');
  mkdirSync(largeDir, { recursive: true });
  const largeSpec = join(largeDir, 'large.yaml');
  writeFileSync(largeSpec, YAML.stringify(largeDocument(10_000)));
  // A peer that fails on it is recorded as failed, with the reason, rather than ending the bench.
  const attempt = async (tool) => {
    try {
      return await generateWith(tool, [largeSpec], fresh(`${tool}-large`));
    } catch (error) {
      const reason =
        String(error.message ?? error).match(/Maximum call stack size exceeded|heap out of memory|exited \d+/)?.[0] ??
        'failed';
      log(`generate-10k-ops: ${tool} failed: ${reason}`);
      return { ms: NaN, failed: reason };
    }
  };
  const large = await alternate(
    3,
    { clientgen: () => attempt('clientgen'), 'hey-api': () => attempt('hey-api') },
    'generate-10k-ops',
  );
  results.large = Object.fromEntries(
    ['clientgen', 'hey-api'].map((t) => [
      t,
      { ms: medianOf(large[t]), maxRssKb: medianOf(large[t], 'maxRssKb'), failed: large[t][0]?.failed },
    ]),
  );

  return { results, outputs, input };
}
