#!/usr/bin/env node
/**
 * Extracts the JSON samples of the Contabo API reference into
 * test/fixtures/contabo-samples.json. Run by hand when the reference
 * changes; `npm test` only reads the fixture:
 *
 *   node test/specs/extract-contabo-samples.mjs /path/to/contabo-api.txt
 *
 * The reference is a rendered page: each sample lists the top-level fields
 * of a body, one `• "name": value` line each, with every object and array
 * collapsed to its brackets. A sample is kept as that: field name to its
 * value, or to "object" / "array" where collapsed. A sample is tied to the
 * request of the curl command its section shows (method and path as the
 * curl writes them, ids included); a section with a JSON request sample
 * shows no curl, so its samples are kept untied.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/contabo-samples.json');
const CURL = /^curl -X ([A-Z]+)\b.*?['"]https:\/\/api\.contabo\.com(\/[^'"?\s]*)/;
const FIELD = /^\s*•\s*"([^"]+)":\s*(.*?),?$/;

/** The fields of the sample whose `{` is on line `start`, and the line of its closing `}`. */
function sample(lines, start) {
  const fields = {};
  let i = start + 1;
  for (; i < lines.length && lines[i] !== '}'; i++) {
    const m = FIELD.exec(lines[i]);
    if (!m) continue;
    const value = m[2].trim();
    if (value === '{' || value === '[') {
      fields[m[1]] = value === '{' ? 'object' : 'array';
      i++; // the collapsed container's closing bracket
    } else fields[m[1]] = JSON.parse(value);
  }
  return { fields, end: i };
}

export function extract(reference) {
  const lines = reference.split('\n');
  const samples = [];
  let kind = null;
  let operation = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    // Every operation's section lists its responses before its samples.
    if (text === 'Responses') operation = kind = null;
    else if (text === 'Request samples') {
      kind = 'request';
      const curl = CURL.exec(lines[i + 2] ?? '');
      operation = curl ? `${curl[1]} ${curl[2]}` : null;
    } else if (text === 'Response samples') kind = 'response';
    else if (/^\{\s*\}$/.test(text) && kind && lines[i - 1] === 'application/json')
      samples.push({ line: i + 1, kind, operation, fields: {} });
    else if (text === '{' && kind && lines[i - 1] === 'application/json') {
      const { fields, end } = sample(lines, i);
      samples.push({ line: i + 1, kind, operation, fields });
      i = end;
    }
  }
  return samples;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seed = process.argv[2];
  if (!seed) {
    console.error('usage: node test/specs/extract-contabo-samples.mjs PATH/TO/contabo-api.txt');
    process.exit(2);
  }
  const samples = extract(readFileSync(seed, 'utf8'));
  writeFileSync(OUT, `${JSON.stringify({ reference: basename(seed), samples }, null, 2)}\n`);
  const tied = samples.filter((s) => s.operation !== null).length;
  console.log(`${samples.length} samples (${tied} tied to a request) written to ${OUT}`);
}
