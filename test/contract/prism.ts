/**
 * Prism (`@stoplight/prism-cli`) as a validating mock server for contract
 * tests: `prism mock --errors SPEC` answers every request that breaks the
 * spec with an error status and an `sl-violations` header. Below it, the
 * contract suite every spec's test file runs (`describeContract`).
 *
 * Prism is started from its installed package with the running Node, so it
 * needs nothing beyond `npm ci` (no global install, no PATH, no shell). It
 * runs in its own process group, which `stop()` ends as a whole.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, plannedOperations, sampleArguments } from './samples.ts';

export interface PrismServer {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** The last lines Prism printed (its request log), for failure messages. */
  output(): string;
  /** Ends Prism and everything it started; resolves once it has exited. */
  stop(): Promise<void>;
}

/** Path of the Prism CLI's JavaScript entry point, from the installed package. */
function prismEntry(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@stoplight/prism-cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.['prism'];
  if (!bin) throw new Error(`${manifestPath} names no "prism" bin`);
  return resolve(dirname(manifestPath), bin);
}

/** A port that was free a moment ago: listen on port 0, read it, close. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.once('error', fail);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? done(port) : fail(new Error('no port assigned'))));
    });
  });
}

/** Child processes still running, ended if the test process exits without `stop()`. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // Negative pid: the whole process group (the child is its leader, see `detached`).
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts `prism mock --errors` for a spec on a free port of 127.0.0.1 and
 * resolves once it answers HTTP. Rejects with Prism's output if it exits
 * first; a port taken between choosing and binding it is retried.
 */
export async function startPrism(spec: string, { attempts = 3 }: { attempts?: number } = {}): Promise<PrismServer> {
  const entry = prismEntry();
  const specPath = resolve(spec);
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await startOnce(entry, specPath, await freePort());
    } catch (error) {
      lastError = error as Error;
      if (!/EADDRINUSE/.test(lastError.message)) throw lastError;
    }
  }
  throw lastError!;
}

async function startOnce(entry: string, specPath: string, port: number): Promise<PrismServer> {
  const host = '127.0.0.1';
  const url = `http://${host}:${port}`;
  const child = spawn(process.execPath, [entry, 'mock', '--host', host, '--port', String(port), '--errors', specPath], {
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  running.add(child);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => running.forEach((c) => killGroup(c, 'SIGKILL')));
  }

  // Keep the tail of the log; the pipes must be drained or Prism blocks.
  const lines: string[] = [];
  const collect = (chunk: Buffer): void => {
    // eslint-disable-next-line no-control-regex
    lines.push(
      ...chunk
        .toString('utf8')
        .replace(/\u001b\[[0-9;]*m/g, '')
        .split('\n')
        .filter((l) => l.trim() !== ''),
    );
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const output = (): string => lines.join('\n');

  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exit = new Promise<void>((done) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      running.delete(child);
      done();
    });
  });
  child.once('error', (error) => lines.push(`spawn error: ${error.message}`));

  const stop = async (): Promise<void> => {
    if (exited) return;
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exit;
    clearTimeout(timer);
  };

  // Prism needs several seconds to read the spec; it is up once any HTTP answer comes back.
  // No deadline of its own: if Prism hangs, the hook's timeout ends the wait.
  for (;;) {
    if (exited) {
      throw new Error(
        `prism exited (code ${exited.code}, signal ${exited.signal}) before answering on ${url}:\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      break;
    } catch {
      await sleep(250);
    }
  }
  return { url, output, stop };
}

/** One entry of Prism's `sl-violations` header. */
export interface Violation {
  readonly location?: readonly string[];
  readonly severity?: string;
  readonly code?: string | number;
  readonly message?: string;
}

/** The violations Prism reported in a response's headers (a Headers or a plain record). */
export function violationsOf(headers: Headers | Readonly<Record<string, string>> | undefined): Violation[] {
  if (!headers) return [];
  const raw = headers instanceof Headers ? headers.get('sl-violations') : headers['sl-violations'];
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as unknown;
    return Array.isArray(parsed) ? (parsed as Violation[]) : [{ message: raw }];
  } catch {
    // A long list comes cut short as `Too many violations! [{...}, {...}, {"loc`: keep the whole entries.
    const entries: Violation[] = [];
    for (const match of raw.matchAll(/\{"location":\[[^\]]*\][^{}]*\}/g)) {
      try {
        entries.push(JSON.parse(match[0]) as Violation);
      } catch {
        // A cut entry.
      }
    }
    return entries.length > 0 ? [...entries, { message: '(more violations, cut short by Prism)' }] : [{ message: raw }];
  }
}

/** `request.header: Request header must have required property 'x-request-id' (Error)`, one per line. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) =>
      v.location
        ? `  - ${v.location.join('.')}: ${v.message ?? JSON.stringify(v)} (${v.severity ?? 'Error'}${v.code !== undefined ? `, ${v.code}` : ''})`
        : `  - ${v.message ?? JSON.stringify(v)}`,
    )
    .join('\n');
}

// ---------------------------------------------------------------------------
// The contract suite: every operation of a spec, called through its generated client

export interface ContractOptions {
  /** Suite name. */
  readonly name: string;
  /** Project root; `spec` is relative to it. */
  readonly root: string;
  readonly spec: string;
  /** How many operations the spec has: the suite checks it called that many. */
  readonly operations: number;
  /** The generated client, pointed at Prism. */
  readonly client: (baseUrl: string) => object;
  /** Fails the suite early when the plan does not describe the imported client (e.g. a renamed entry). */
  readonly expect?: { readonly entry?: string; readonly clientName?: string };
}

type Method = (
  params: unknown,
  options?: unknown,
) => { withResponse(): Promise<{ status: number; response: Response }> };

/**
 * One test per operation: call it through the generated client with sample
 * arguments against `prism mock --errors`, and require a 2xx the operation
 * declares. A rejection fails with Prism's violations and what was sent.
 */
export function describeContract(options: ContractOptions): void {
  // Loading at collection time: an invalid spec fails the file with its diagnostics.
  const spec = loadSpec(options.spec, options.root);
  const cases = plannedOperations(spec.plan).map(({ group, planned }) => ({
    id: planned.operation.id,
    call: `${group.property}.${planned.methodName}`,
    group,
    planned,
  }));

  describe(options.name, () => {
    let prism: PrismServer | undefined;
    let client: Record<string, Record<string, unknown>>;
    const called = new Set<string>();

    beforeAll(async () => {
      prism = await startPrism(resolve(options.root, options.spec));
      client = options.client(prism.url) as Record<string, Record<string, unknown>>;
    });
    afterAll(async () => {
      await prism?.stop();
    });

    it(`plans ${options.operations} operations for ${spec.plan.api.clientName}`, () => {
      if (options.expect?.entry !== undefined)
        expect(spec.plan.api.entry, 'entry (generated/src/<entry>)').toBe(options.expect.entry);
      if (options.expect?.clientName !== undefined)
        expect(spec.plan.api.clientName, 'client class').toBe(options.expect.clientName);
      expect(cases.length).toBe(options.operations);
    });

    for (const { id, call, group, planned } of cases) {
      it(`${id}: client.${call}`, async () => {
        called.add(id);
        const op = planned.operation;
        const method = client[group.property]?.[planned.methodName];
        if (typeof method !== 'function') {
          expect.fail(
            `${id}: the generated client has no client.${call}, which the plan of ${options.spec} names (generated/ out of date?)`,
          );
        }
        let params: Record<string, unknown> = {};
        try {
          params = sampleArguments(spec, planned);
        } catch (error) {
          expect.fail(
            `${id}: no sample arguments (a problem of the test's samples, not the client): ${(error as Error).message}`,
          );
        }
        const sent = `client.${call}(${JSON.stringify(params)})`;
        let result: { status: number; response: Response };
        try {
          result = await (method as Method).call(client[group.property], params, {}).withResponse();
        } catch (error) {
          const e = error as {
            name?: string;
            message?: string;
            status?: number;
            headers?: Record<string, string>;
            body?: unknown;
          };
          const violations = violationsOf(e.headers);
          const onRequest = violations.filter((v) => v.location?.[0] === 'request');
          const onResponse = violations.filter((v) => v.location?.[0] === 'response');
          const why =
            violations.length === 0
              ? `${e.name}: ${e.message}${e.body !== undefined ? `\nbody: ${JSON.stringify(e.body)}` : ''}`
              : onRequest.length > 0 || onResponse.length === 0
                ? `prism rejected the request (${e.status}):\n${formatViolations(violations)}`
                : `prism accepted the request (no request violations), but the mock response it built breaks the spec, so it answered ${e.status}; ` +
                  `a spec or Prism problem, not the client's:\n${formatViolations(violations)}`;
          expect.fail(`${id} (${op.method} ${op.path}) failed.\n${why}\nsent: ${sent}`);
        }
        // Warnings too: a clean request draws none.
        const violations = violationsOf(result.response.headers);
        expect(violations, `${id}: prism flagged the request\n${formatViolations(violations)}\nsent: ${sent}`).toEqual(
          [],
        );
        const status = String(result.status);
        const declared = op.responses.map((r) => r.status.toUpperCase()).filter((s) => s.startsWith('2'));
        expect(
          declared.includes(status) || declared.includes(`${status[0]}XX`),
          `${id}: status ${status}, declared ${declared.join(', ')}`,
        ).toBe(true);
      });
    }

    it(`called all ${options.operations} operations`, () => {
      expect(called.size).toBe(options.operations);
    });
  });
}
