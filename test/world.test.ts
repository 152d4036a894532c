import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../generator/cli.ts';
import { formatDiagnostic } from '../generator/diagnostics/diagnostic.ts';
import { generate, root } from './helpers/generate.ts';
import { tempDir } from './helpers/tmp.ts';
import { typecheckAll } from './helpers/typecheck.ts';

/**
 * Documents as the world writes them (one small fixture per construct, in
 * test/fixtures/world): OpenAPI 3.1, Swagger 2.0, loose 3.0, multi-file. Each
 * generates a client under the lenient profile, and every client type-checks
 * under the package's strict flags.
 */
const WORLD = 'test/fixtures/world';
const packages: Map<string, string>[] = [];

async function lenient(spec: string) {
  const result = await generate([`${WORLD}/${spec}`], {}, { strict: false });
  expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  expect(result.files).toBeDefined();
  packages.push(result.files!);
  return { files: result.files!, warnings: result.diagnostics.map((d) => `${d.code} ${d.pointer}`) };
}

const file = (files: Map<string, string>, suffix: string): string =>
  [...files].find(([p]) => p.endsWith(suffix))?.[1] ?? '';

describe('OpenAPI 3.1', () => {
  it('reads type arrays, const, examples, patternProperties, prefixItems, $ref siblings and content encodings', async () => {
    const { files, warnings } = await lenient('openapi-31.yaml');
    const types = file(files, '/types.ts');
    expect(types).toContain("kind: 'gadget';");
    expect(types).toContain('nickname: string | null;');
    expect(types).toContain('size?: number | string;');
    expect(types).toContain('position?: number[];');
    expect(types).toMatch(/labels\?: \{\s+\[key: string\]: string;\s+\};/);
    // base64 text is a string; an image without an encoding is bytes.
    expect(types).toContain('thumbnail?: string;');
    expect(file(files, '/gadgets.ts')).toMatch(/body: Blob/);
    expect(types).toMatch(/\/\*\* Who owns it, if anyone\. \*\/\s+owner\?: Owner \| null;/);
    expect(types).toContain('@example "g-1"');
    expect(warnings).toEqual(['unsupported-feature /webhooks']);
  });
});

describe('Swagger 2.0', () => {
  it('is converted on load: body and form parameters, definitions, basic auth, the base path', async () => {
    const { files } = await lenient('swagger-20.yaml');
    const notes = file(files, '/notes.ts');
    expect(notes).toMatch(/export function createNote\(\s*transport: Transport,\s*params: CreateNoteParams/);
    expect(notes).toMatch(/body: NoteInput;/);
    expect(notes).toMatch(/file: Blob;/);
    expect(file(files, '/types.ts')).toMatch(/pinned\?: boolean \| null;/);
    // `$ref: Note`, a bare definition name, and `x-nullable` under a default response are read too.
    expect(notes).toMatch(/createNote\([^)]*\): ApiPromise<Note>/);
    expect(file(files, '/types.ts')).toMatch(/export interface Failure \{\s+message\?: string \| null;/);
    expect(file(files, '/client.ts')).toContain("'https://notes.example/api'");
    expect(file(files, '/client.ts')).toMatch(/basicAuth|username/);
  });

  it('takes parameters, the body among them, and schemas from other files', async () => {
    const { files, warnings } = await lenient('swagger-multi/api.yaml');
    expect(warnings).toEqual([]);
    const orders = file(files, '/orders.ts');
    expect(orders).toMatch(/status\?: readonly \('open' \| 'shipped'\)\[\] \| undefined;/);
    expect(orders).toMatch(/limit\?: number \| undefined;/);
    expect(orders).toMatch(/body: Order;/);
    expect(file(files, '/types.ts')).toMatch(/export interface Order \{\s+item: string;\s+quantity\?: number;/);
  });

  it('names the 2.0 file, line and pointer in its findings', async () => {
    const result = await generate([`${WORLD}/swagger-20.yaml`], {}, { strict: true });
    expect(result.files).toBeUndefined();
    const text = readFileSync(join(root, WORLD, 'swagger-20.yaml'), 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes("$ref: '#/definitions/History'")) + 1;
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${WORLD}/swagger-20\\.yaml:${line}:\\d+  error  ref-unresolved  .*\\(/paths/~1notes~1\\{id\\}~1history/get/responses/200/schema/\\$ref\\)$`,
        ),
      ),
    ]);
  });
});

describe('documents outside the strict profile', () => {
  it('generates a client from what the rules forbid, with warnings, read as meant', async () => {
    const { files, warnings } = await lenient('loose.yaml');
    expect(warnings).toEqual(
      expect.arrayContaining([
        'operation-untagged /paths/~1things/get',
        'operation-id-duplicate /paths/~1lans/get/operationId',
        'read-as-meant /paths/~1things/get/responses/4xx',
        'read-as-meant /info/description',
        'read-as-meant /components/schemas/thing/properties/note/type',
        'path-param-undeclared /paths/~1lans~1{lanId}/delete',
        'openapi-schema /paths/~1lans/get/unknownKey',
      ]),
    );
    const client = file(files, '/client.ts');
    // Untagged operations form the default group; LANs is one word.
    expect(client).toMatch(/readonly default: DefaultApi;\s+readonly lans: LansApi;/);
    // One operationId twice: two functions, named deterministically.
    expect(file(files, '/default.ts')).toMatch(/export function list\(/);
    expect(file(files, '/lans.ts')).toMatch(/export function list2\(/);
    // A path parameter the template names but the operation forgot is still required.
    expect(file(files, '/lans.ts')).toMatch(/lanId: string;/);
    expect(file(files, '/types.ts')).toMatch(/note\?: string \| null;/);
  });

  it('types enums of any JSON value, and keeps names apart that collide once cased', async () => {
    const { files } = await lenient('loose.yaml');
    const types = file(files, '/types.ts');
    expect(types).toContain(
      "export type Mode = 1 | 2.5 | true | null | 'on' | { level: 1; tags: ['a'] } | [1, 'two'] | -3;",
    );
    expect(types).toContain("export type Shape = { kind: 'circle'; r: 1 } | { kind: 'square'; side: 2 };");
    expect(types).toMatch(
      /export interface Thing \{[\s\S]*export interface Thing2 \{[\s\S]*export type Thing3 = string;/,
    );
    expect(types).toMatch(/class\?: string;/);
    // The same document gives the same bytes.
    const again = await generate([`${WORLD}/loose.yaml`], {}, { strict: false });
    expect(again.files).toEqual(files);
  });

  it('follows path items and operations given by $ref to other files', async () => {
    const { files, warnings } = await lenient('multi/api.yaml');
    expect(warnings).toEqual([]);
    const pets = file(files, '/pets.ts');
    for (const name of ['listPets', 'addPet', 'getPet']) expect(pets).toContain(`export function ${name}(`);
    expect(pets).toMatch(/petId: string;/);
    expect(file(files, '/types.ts')).toMatch(/export interface Pet \{\s+name: string;\s+owner\?: Owner;/);
  });

  it('reports a finding of the strict profile as a warning, never an error, for the same document', async () => {
    const strict = await generate([`${WORLD}/loose.yaml`], {}, { strict: true });
    expect(strict.files).toBeUndefined();
    expect(strict.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(
      expect.arrayContaining([
        'operation-untagged',
        'operation-id-duplicate',
        'openapi-schema',
        'path-param-undeclared',
      ]),
    );
  });
});

describe('every client above', () => {
  it('type-checks under the strict flags', () => {
    expect(packages.length).toBe(6);
    expect(typecheckAll(packages)).toEqual([]);
  });
});

describe('a spec by URL', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const base = join(root, WORLD, 'multi');
    server = createServer((req, res) => {
      const path = join(base, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
      if (relative(base, path).startsWith('..') || !readdirSync(join(path, '..')).includes(path.split('/').pop()!)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/yaml' }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const io = (cwd: string) => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd }, out, err };
  };

  it('is fetched with every file its references reach, relative to its URL', async () => {
    const work = tempDir('url-');
    const t = io(work);
    expect(await run(['generate', '--spec', `${origin}/api.yaml`, '--out', 'out'], t.io)).toBe(0);
    expect(t.err).toEqual([]);
    const pets = readFileSync(join(work, 'out/src/api/pets.ts'), 'utf8');
    for (const name of ['listPets', 'addPet', 'getPet']) expect(pets).toContain(`export function ${name}(`);
  });

  it('reports a document that cannot be fetched where it is referenced', async () => {
    const work = tempDir('url-');
    const t = io(work);
    expect(await run(['check', `${origin}/nowhere.yaml`], t.io)).toBe(1);
    expect(t.out[0]).toBe(
      `${origin}/nowhere.yaml:1:1  error  file-unreadable  cannot read ${origin}/nowhere.yaml (HTTP 404)  (/)`,
    );
  });
});
