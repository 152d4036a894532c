// Operations as `METHOD /path`: those a document declares, and those a generated package calls.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation of the document; path items given by `$ref` to another file are followed. */
export function documentOperations(doc, file) {
  const out = new Set();
  for (const [path, written] of Object.entries(doc.paths ?? {})) {
    const item = typeof written?.$ref === 'string' ? readRef(written.$ref, file) : written;
    for (const method of METHODS)
      if (item?.[method] && typeof item[method] === 'object') out.add(`${method.toUpperCase()} ${path}`);
  }
  return out;
}

function readRef(ref, from) {
  const [path, pointer = ''] = ref.split('#');
  const value = path ? parse(readFileSync(join(dirname(from), path), 'utf8')) : undefined;
  return pointer
    .split('/')
    .filter(Boolean)
    .reduce((v, k) => v?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], value);
}

/** Every operation spec the package's group modules hold (`method: 'GET', path: '/pets'`). */
export function emittedOperations(out) {
  const found = new Set();
  const src = join(out, 'src');
  for (const entry of readdirSync(src, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'runtime') continue;
    for (const name of readdirSync(join(src, entry.name))) {
      const text = readFileSync(join(src, entry.name, name), 'utf8');
      for (const m of text.matchAll(/method: '([A-Z]+)',\s*path: ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)) {
        found.add(`${m[1]} ${m[2].startsWith('"') ? JSON.parse(m[2]) : m[2].slice(1, -1).replace(/\\'/g, "'")}`);
      }
    }
  }
  return found;
}
