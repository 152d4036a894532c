#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): where the time goes by module (self time,
// and inclusive time: the samples with that module anywhere on the stack) and the heaviest functions.
//   node test/bench/profile-summary.mjs FILE.cpuprofile [--top N]
// Modules are node_modules packages by name, the generator's own sources by path, Node's internals as `node:`.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});
if (positionals.length !== 1) throw new Error('usage: node test/bench/profile-summary.mjs FILE.cpuprofile [--top N]');
const top = Number(values.top);
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));

/** The module a frame belongs to. */
function moduleOf({ url, functionName }) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const own = url.match(/\/(generator\/.*|test\/.*)$/);
  return own ? own[1] : url;
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Time per sample: the gap to the next one, as V8 records it.
const selfMs = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const ms = (deltas[i + 1] ?? 0) / 1000;
  selfMs.set(profile.samples[i], (selfMs.get(profile.samples[i]) ?? 0) + ms);
}
const totalMs = [...selfMs.values()].reduce((a, b) => a + b, 0);

const bySelf = new Map();
const byInclusive = new Map();
const byFunction = new Map();
for (const [id, ms] of selfMs) {
  const frame = nodes.get(id).callFrame;
  const self = moduleOf(frame);
  bySelf.set(self, (bySelf.get(self) ?? 0) + ms);
  const fn = `${frame.functionName || '(anonymous)'} ${moduleOf(frame)}:${frame.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) seen.add(moduleOf(nodes.get(at).callFrame));
  for (const m of seen) byInclusive.set(m, (byInclusive.get(m) ?? 0) + ms);
}

const table = (title, map) => {
  const lines = [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`\n${title}`);
  for (const [name, ms] of lines)
    console.log(`${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / totalMs).toFixed(1).padStart(5)} %  ${name}`);
};
console.log(`total ${(totalMs / 1000).toFixed(2)} s in ${profile.samples.length} samples`);
table('self time by module', bySelf);
table('inclusive time by module', byInclusive);
table('self time by function', byFunction);
