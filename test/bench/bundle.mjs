// Bundle size: one minimal app per client, the same call each, bundled by esbuild (minified, ESM,
// browser), gzipped. The same apps, bundled for Node, are what the runtime benchmark calls, and
// each is checked to answer against a local server before its size counts.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bins, log, modules, node, peerModules, repo, timeProcess, work } from './lib.mjs';

/** The fake ProfitBricks server of the behaviour tests, bundled from TypeScript so plain Node can run it. */
export async function bundleProfitBricksServer() {
  const outfile = join(work(), 'servers', 'profitbricks.mjs');
  await build({
    entryPoints: [join(repo, 'test/servers/profitbricks.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

const noExt = (p) => p.replace(/\.d\.ts$|\.ts$/, '');

/**
 * The app sources: ours as operation functions (the tree-shakeable form, as the
 * peers' SDKs are) and through the client class. Contabo: `makeCall(baseUrl, token)`; ProfitBricks: `makeCall(baseUrl, username, password, dataCenterId)`. */
function apps({ oat, hey }) {
  return {
    'contabo/clientgen': `import { bearerAuth, createContaboTransport, getInstance } from 'cloud-api-clients/contabo';

export function makeCall(baseUrl: string, token: string) {
  const contabo = createContaboTransport({ auth: bearerAuth(token), baseUrl });
  return () => getInstance(contabo, { instanceId: 1 });
}
`,
    'contabo/clientgen-client': `import { ContaboClient } from 'cloud-api-clients/contabo';

export function makeCall(baseUrl: string, token: string) {
  const contabo = new ContaboClient({ accessToken: token, baseUrl });
  return () => contabo.instances.get({ instanceId: 1 });
}
`,
    'contabo/openapi-fetch': `import createClient from 'openapi-fetch';
import type { paths } from '${noExt(oat.contabo)}';

export function makeCall(baseUrl: string, token: string) {
  const client = createClient<paths>({ baseUrl, headers: { authorization: \`Bearer \${token}\` } });
  return async () => {
    const { data, error } = await client.GET('/v1/compute/instances/{instanceId}', {
      params: { path: { instanceId: 1 }, header: { 'x-request-id': crypto.randomUUID() } },
    });
    if (error !== undefined) throw new Error(\`GET instance failed: \${JSON.stringify(error)}\`);
    return data;
  };
}
`,
    'contabo/hey-api': `import { client } from '${hey.contabo}/client.gen';
import { getInstance } from '${hey.contabo}/sdk.gen';

export function makeCall(baseUrl: string, token: string) {
  client.setConfig({ baseUrl, auth: () => token });
  return async () => {
    const { data, error } = await getInstance({ path: { instanceId: 1 }, headers: { 'x-request-id': crypto.randomUUID() } });
    if (error !== undefined) throw new Error(\`GET instance failed: \${JSON.stringify(error)}\`);
    return data;
  };
}
`,
    'profitbricks/clientgen': `import { basicAuth, createProfitBricksTransport, getDatacenter } from 'cloud-api-clients/profitbricks';

export function makeCall(baseUrl: string, username: string, password: string, dataCenterId: string) {
  const pb = createProfitBricksTransport({ auth: basicAuth(username, password), baseUrl });
  return () => getDatacenter(pb, { dataCenterId });
}
`,
    'profitbricks/clientgen-client': `import { ProfitBricksClient } from 'cloud-api-clients/profitbricks';

export function makeCall(baseUrl: string, username: string, password: string, dataCenterId: string) {
  const pb = new ProfitBricksClient({ username, password, baseUrl });
  return () => pb.datacenters.get({ dataCenterId });
}
`,
    'profitbricks/openapi-fetch': `import createClient from 'openapi-fetch';
import type { paths } from '${noExt(oat.profitbricks)}';

export function makeCall(baseUrl: string, username: string, password: string, dataCenterId: string) {
  const client = createClient<paths>({ baseUrl, headers: { authorization: \`Basic \${btoa(\`\${username}:\${password}\`)}\` } });
  return async () => {
    const { data, error } = await client.GET('/datacenters/{dataCenterId}', { params: { path: { dataCenterId } } });
    if (error !== undefined) throw new Error(\`GET data center failed: \${JSON.stringify(error)}\`);
    return data;
  };
}
`,
    'profitbricks/hey-api': `import { client } from '${hey.profitbricks}/client.gen';
import { getDatacenter } from '${hey.profitbricks}/sdk.gen';

export function makeCall(baseUrl: string, username: string, password: string, dataCenterId: string) {
  client.setConfig({ baseUrl, auth: () => \`\${username}:\${password}\` });
  return async () => {
    const { data, error } = await getDatacenter({ path: { dataCenterId } });
    if (error !== undefined) throw new Error(\`GET data center failed: \${JSON.stringify(error)}\`);
    return data;
  };
}
`,
  };
}

/**
 * Writes and bundles the apps. `outputs` are the generation outputs:
 * clientgen's two-spec package, hey-api's two-spec output, openapi-typescript's
 * Contabo types; ProfitBricks types are made here, untimed.
 */
export async function benchBundles({ outputs, input, servers }) {
  const dir = join(work(), 'bundle');
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  mkdirSync(join(dir, 'contabo'), { recursive: true });
  mkdirSync(join(dir, 'profitbricks'), { recursive: true });
  // The package as a user has it installed: resolved through its package.json exports.
  symlinkSync(outputs['clientgen-both'].contabo, join(dir, 'node_modules', 'cloud-api-clients'), 'dir');
  // openapi-fetch (and the helpers its types use) from the peers' install, for esbuild and tsc alike.
  for (const pkg of ['openapi-fetch', 'openapi-typescript-helpers'])
    symlinkSync(join(peerModules, pkg), join(dir, 'node_modules', pkg), 'dir');
  const oatPb = join(dir, 'types', 'profitbricks.d.ts');
  await timeProcess(node, [bins.openapiTypescript, input.profitbricks, '-o', oatPb], { cwd: dir, rss: false });
  const sources = apps({
    oat: { contabo: join(outputs['openapi-typescript'].contabo, 'schema.d.ts'), profitbricks: oatPb },
    hey: outputs['hey-api-both'],
  });

  const results = {};
  const runtime = {};
  for (const [name, source] of Object.entries(sources)) {
    const entry = join(dir, `${name}.ts`);
    writeFileSync(entry, source);
    const common = {
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      absWorkingDir: dir,
      nodePaths: [peerModules, modules],
      logLevel: 'error',
      legalComments: 'none',
    };
    const browser = await build({ ...common, platform: 'browser', target: 'es2022', minify: true, write: false });
    const code = browser.outputFiles[0].contents;
    const gzip = gzipSync(code, { level: 9 }).length;
    // For running under Node: same code, not minified.
    const outfile = join(dir, 'run', `${name.replace('/', '-')}.mjs`);
    await build({ ...common, platform: 'node', target: 'node20', outfile });
    runtime[name] = outfile;
    results[name] = { minified: code.length, gzip };
    log(`bundle ${name}: ${code.length} B minified, ${gzip} B gzipped`);
  }

  // Each app must make its call for real before its size means anything.
  const dataCenter = servers.profitbricks.seed('/datacenters', { properties: { name: 'bench', location: 'de/fra' } });
  for (const [name, file] of Object.entries(runtime)) {
    const { makeCall } = await import(pathToFileURL(file).href);
    try {
      if (name.startsWith('contabo/')) {
        const data = await makeCall(servers.contabo.url, 'bench-token')();
        if (data?.data?.[0]?.instanceId !== 1)
          throw new Error(`unexpected answer ${JSON.stringify(data).slice(0, 200)}`);
      } else {
        const { username, password } = servers.profitbricks.credentials;
        const data = await makeCall(servers.profitbricks.url, username, password, dataCenter.id)();
        if (data?.id !== dataCenter.id) throw new Error(`unexpected answer ${JSON.stringify(data).slice(0, 200)}`);
      }
      results[name].works = true;
    } catch (error) {
      results[name].works = false;
      results[name].error = String(error?.message ?? error);
      log(`bundle ${name}: the app's call failed: ${results[name].error}`);
    }
  }

  // The apps type-check against their generated types (untimed; a sanity check that the calls are the real ones).
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      include: ['contabo/*.ts', 'profitbricks/*.ts'],
    }),
  );
  const tsc = await timeProcess(node, [bins.tsc, '-p', join(dir, 'tsconfig.json')], {
    cwd: dir,
    allowFailure: true,
    rss: false,
  });
  const appTypeErrors = tsc.stdout.split('\n').filter((l) => /error TS/.test(l));
  if (appTypeErrors.length) log(`bundle apps: ${appTypeErrors.length} type errors, first: ${appTypeErrors[0]}`);
  return { results, runtime, appTypeErrors, dataCenterId: dataCenter.id };
}
