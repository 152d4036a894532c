// The synthetic spec of the 10,000-operation benchmark. Run on its own it writes the spec, for profiling:
//   node test/bench/large.mjs /tmp/large.yaml [operations]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

/**
 * A synthetic API of `count` operations in 100 tags: each resource has a
 * list, a create, a read, an update and a delete, with path and query
 * parameters, a request body and responses referring to shared schemas.
 */
export function largeDocument(count) {
  const paths = {};
  const schemas = {};
  const resources = Math.ceil(count / 5);
  for (let r = 0; r < resources; r++) {
    const name = `Thing${r}`;
    const tag = `Group${r % 100}`;
    schemas[name] = {
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: { type: 'string', readOnly: true },
        name: { type: 'string' },
        size: { type: 'integer' },
        state: { type: 'string', enum: ['ready', 'busy'] },
        parent: { $ref: `#/components/schemas/Thing${(r + 1) % resources}` },
      },
    };
    const ref = { $ref: `#/components/schemas/${name}` };
    const json = (schema) => ({ 'application/json': { schema } });
    const id = { name: 'thingId', in: 'path', required: true, schema: { type: 'string' } };
    const ops = {
      list: [
        'get',
        `/things${r}`,
        {
          parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }],
          responses: { 200: { description: 'ok', content: json({ type: 'array', items: ref }) } },
        },
      ],
      create: [
        'post',
        `/things${r}`,
        {
          requestBody: { required: true, content: json(ref) },
          responses: { 201: { description: 'created', content: json(ref) } },
        },
      ],
      get: [
        'get',
        `/things${r}/{thingId}`,
        { parameters: [id], responses: { 200: { description: 'ok', content: json(ref) } } },
      ],
      update: [
        'put',
        `/things${r}/{thingId}`,
        {
          parameters: [id],
          requestBody: { content: json(ref) },
          responses: { 200: { description: 'ok', content: json(ref) } },
        },
      ],
      remove: ['delete', `/things${r}/{thingId}`, { parameters: [id], responses: { 204: { description: 'gone' } } }],
    };
    for (const [verb, [method, path, op]] of Object.entries(ops)) {
      paths[path] ??= {};
      paths[path][method] = { operationId: `${verb}${name}`, tags: [tag], summary: `${verb} ${name}`, ...op };
    }
  }
  return { openapi: '3.0.3', info: { title: 'Large', version: '1.0.0' }, paths, components: { schemas } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, count = '10000'] = process.argv.slice(2);
  if (!file) throw new Error('usage: node test/bench/large.mjs FILE [operations]');
  writeFileSync(file, YAML.stringify(largeDocument(Number(count))));
}
