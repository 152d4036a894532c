// The browser app in headless Chromium: Debian's package (installed with
// apt-get when missing), driven by playwright-core, which downloads no
// browser of its own. The page is served from one 127.0.0.1 origin and calls
// the fake APIs on others, as a web app calls a cloud API.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { run, runOk } from './lib.mjs';

export const CHROMIUM = '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps calling out, and this machine's network refuses it. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Installs Debian's chromium when it is not there (as root, the way .ci/run runs); resolves to its version line. */
export async function ensureChromium() {
  if (!existsSync(CHROMIUM)) {
    process.stderr.write('installing chromium with apt-get\n');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    await runOk('apt-get', ['update', '-qq'], { env });
    await runOk('apt-get', ['install', '-y', '-qq', 'chromium'], { env });
  }
  const { stdout } = await run(CHROMIUM, ['--version']);
  return stdout.trim();
}

/** Serves `dir`'s files, nothing outside it, on a free port of 127.0.0.1 (`localServer` from test/servers/local.ts). */
async function serveStatic(dir, localServer) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  const local = localServer(server);
  return { origin: await local.listen(), close: local.close };
}

/**
 * Opens the page in a new headless Chromium with an empty profile and
 * resolves to the outcome the page left (`{ loaded, summary }`) and the
 * page's origin. A page that fails says why, with what the console said.
 */
export async function runPage(dir, world, servers) {
  const { chromium } = await import('playwright-core');
  const site = await serveStatic(dir, servers.localServer);
  const profile = mkdtempSync(join(dir, '..', 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
  });
  const said = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => m.type() !== 'debug' && said.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => said.push(`page error: ${e.message}`));
    await page.goto(`${site.origin}/index.html?world=${encodeURIComponent(JSON.stringify(world))}`);
    await page
      .waitForFunction(() => window.outcome !== undefined, null, { timeout: 60_000 })
      .catch(() => {
        throw new Error(`the page never ran the behaviour; it said: ${said.join(' | ') || 'nothing'}`);
      });
    const outcome = await page.evaluate(() => window.outcome);
    if (outcome.error)
      throw new Error(`${outcome.error.split('\n')[0]}; the console said: ${said.join(' | ') || 'nothing'}`);
    return { outcome, origin: site.origin };
  } finally {
    await context.close();
    await site.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
