// The package as its users get it: `npm pack` of generated/, installed from
// the tarball into throwaway apps that have nothing else, one app per way of
// loading it (ES modules, CommonJS, a browser page, TypeScript).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { here, repo, runOk } from './lib.mjs';

const sources = join(here, 'apps');
const PACKAGE = 'cloud-api-clients';

/** Packs generated/ into `work` and resolves to the tarball's path. */
export async function pack(work) {
  const { stdout } = await runOk('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: join(repo, 'generated'),
  });
  return join(work, JSON.parse(stdout)[0].filename);
}

const source = (file) => readFileSync(join(sources, file), 'utf8');

/** The behaviour script as plain JavaScript, its types erased: an ES module or a CommonJS one. */
async function behaviourAs(format) {
  return (await transform(source('behaviour.mts'), { loader: 'ts', format, target: 'es2022' })).code;
}

/** A fresh app in `work/name`: its package.json (`type`), its files, and the tarball installed offline with npm. */
async function app(work, name, tarball, type, files) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `ecosystem-${name}`, private: true, type }, null, 2)}\n`,
  );
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  await runOk('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: dir });
  return dir;
}

/**
 * The import map a page needs for the package's entries: each `exports`
 * entry of the installed package.json, mapped to its `default` file.
 */
function importMap(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'node_modules', PACKAGE, 'package.json'), 'utf8'));
  const imports = {};
  for (const [entry, target] of Object.entries(manifest.exports)) {
    if (typeof target === 'object' && target.default?.endsWith('.js')) {
      imports[`${PACKAGE}${entry.slice(1)}`] = `./node_modules/${PACKAGE}/${target.default.slice(2)}`;
    }
  }
  return { imports };
}

function page(dir) {
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>${PACKAGE} in a browser</title>
<script type="importmap">${JSON.stringify(importMap(dir))}</script>
<script type="module" src="./page.mjs"></script>
</html>
`;
}

/** Every app, installed and ready to run. */
export async function makeApps(work, tarball) {
  const esm = await behaviourAs('esm');
  const apps = {
    esm: await app(work, 'esm', tarball, 'module', { 'main.mjs': source('main.mjs'), 'behaviour.mjs': esm }),
    cjs: await app(work, 'cjs', tarball, 'commonjs', {
      'main.cjs': source('main.cjs'),
      'behaviour.cjs': await behaviourAs('cjs'),
    }),
    browser: await app(work, 'browser', tarball, 'module', { 'page.mjs': source('page.mjs'), 'behaviour.mjs': esm }),
    // The TypeScript app uses the consumer test's strict configs (src/ into out/). The sources are
    // .mts here only because the repository's own tsconfig takes test/**/*.ts, where the package does not resolve.
    typescript: await app(work, 'typescript', tarball, 'module', {
      'src/main.ts': source('main.mts'),
      'src/behaviour.ts': source('behaviour.mts'),
    }),
  };
  writeFileSync(join(apps.browser, 'index.html'), page(apps.browser));
  for (const mode of ['nodenext', 'bundler']) {
    copyFileSync(join(repo, `test/consumer/tsconfig.${mode}.json`), join(apps.typescript, `tsconfig.${mode}.json`));
  }
  return apps;
}
