/**
 * Runs the runtime's test files with every client logging at `debug` (through
 * the environment variable, as a user turns it on) and checks each line the
 * run logs for every credential that reached a fake server.
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, expect } from 'vitest';
import { assertNoLeakInLines, rememberedSecrets } from './leak.ts';

const VARIABLE = 'CLOUD_API_CLIENTS_LOG';
const PREFIX = '[cloud-api-clients]';
const LEVELS = ['error', 'warn', 'info', 'debug'] as const;
/** The files that run the generated runtime against the fake APIs. */
const RUNTIME_FILES = /(?:^|[\\/])(?:test[\\/]runtime[\\/][^\\/]+|[a-z]+-runtime)\.test\.ts$/;

const lines: string[] = [];
const originals = new Map<(typeof LEVELS)[number], (...args: unknown[]) => void>();
// Setup files run once per test file, with that file's path known.
const filepath = expect.getState().testPath ?? '';

beforeAll(() => {
  if (!RUNTIME_FILES.test(filepath) || process.env[VARIABLE] !== undefined) return;
  process.env[VARIABLE] = 'debug';
  for (const level of LEVELS) {
    const original = console[level].bind(console);
    originals.set(level, original);
    console[level] = (...args: unknown[]) => {
      const text = args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 10 }))).join(' ');
      if (text.startsWith(PREFIX)) lines.push(text);
      else original(...args);
    };
  }
});

afterAll(() => {
  if (originals.size === 0) return;
  for (const [level, original] of originals) console[level] = original;
  delete process.env[VARIABLE];
  // The files that call the fake APIs log; an empty capture would check nothing.
  if (/-runtime\.test\.ts$/.test(filepath)) expect(lines.length).toBeGreaterThan(0);
  assertNoLeakInLines(lines, rememberedSecrets());
});
