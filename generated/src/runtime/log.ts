import type { CallSite } from './errors.js';
import type { WaitPoll } from './options.js';

/**
 * How much a client logs: `error` the calls that fail, `warn` also what a
 * call gave up on, `info` one line per call, `debug` also every attempt,
 * retry and wait poll.
 */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where log lines go: `console` will do, and so will most logging libraries. */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

/** The environment variable that sets the level of every client that gives none (Node, Bun, Deno). */
export const LOG_ENV = 'CLOUD_API_CLIENTS_LOG';

const LEVELS: Readonly<Record<LogLevel, number>> = {
  off: 0,
  error: 1,
  warn: 2,
  info: 3,
  debug: 4,
};
const PREFIX = '[cloud-api-clients]';

/** What a log is told about a call; the transport holds one only when something is logged. */
export interface CallLog {
  /** An attempt about to be sent (debug). */
  attempt(site: CallSite, url: string, attempt: number, poll: WaitPoll | undefined): void;
  /** A retry about to wait `delayMs`, after a status or an error (debug). */
  retry(site: CallSite, delayMs: number, reason: number | unknown, retry: number, of: number): void;
  /** A 401 answered by sending the call again with fresh credentials (debug). */
  renewed(site: CallSite): void;
  /** A retryable status not retried: the server asked for a longer wait than the policy holds a call for (warn). */
  refusedWait(site: CallSite, status: number): void;
  /** How a call ended: its status (info) or its error (error), after `durationMs`. */
  ended(site: CallSite, outcome: number | unknown, durationMs: number): void;
}

export interface LogOptions {
  /** What to log; by default the level in the `CLOUD_API_CLIENTS_LOG` environment variable, else `off`. */
  readonly level?: LogLevel | undefined;
  /** Where lines go (default `console`). */
  readonly logger?: Logger | undefined;
}

/**
 * A log for a transport (`log: createLog({ level: 'info' })`), or undefined
 * when the level is `off`, so that a call pays for no logging. Client
 * classes make theirs from `logLevel` and `logger`; an app that never calls
 * this carries no logging code.
 */
export function createLog({ level, logger }: LogOptions = {}): CallLog | undefined {
  const sink = logger ?? console;
  let chosen = level;
  if (chosen === undefined) {
    const named = fromEnvironment();
    if (named !== undefined && named !== '') {
      chosen = Object.hasOwn(LEVELS, named.toLowerCase()) ? (named.toLowerCase() as LogLevel) : undefined;
      if (chosen === undefined)
        sink.warn(`${PREFIX} ${LOG_ENV}=${JSON.stringify(named)} is not a level: off, error, warn, info or debug`);
    }
  }
  const rank = LEVELS[chosen ?? 'off'] ?? 0;
  if (rank === 0) return undefined;
  const write = (at: Exclude<LogLevel, 'off'>, message: string) => {
    if (LEVELS[at] <= rank) sink[at](`${PREFIX} ${message}`);
  };
  return {
    attempt: (site, url, attempt, poll) => write('debug', attemptLine(site, url, attempt, poll)),
    retry: (site, delayMs, reason, retry, of) => write('debug', retryLine(site, delayMs, reason, retry, of)),
    renewed: (site) => write('debug', `${site.method} ${site.path} 401: sending again with fresh credentials`),
    refusedWait: (site, status) =>
      write(
        'warn',
        `${site.method} ${site.path} ${status}: not retried, the server asked for a longer wait than the client holds a call for`,
      ),
    ended: (site, outcome, durationMs) =>
      write(typeof outcome === 'number' ? 'info' : 'error', callLine(site, outcome, durationMs)),
  };
}

/** How a call ended, in one line: method, path, status (or the error), duration and request id. */
function callLine(site: CallSite, outcome: number | unknown, durationMs: number): string {
  const took = `in ${durationMs} ms${idText(site)}`;
  return typeof outcome === 'number'
    ? `${site.method} ${site.path} ${outcome} ${took}`
    : `${site.method} ${site.path} failed ${took}: ${errorText(outcome)}`;
}

/** One attempt about to be sent, with where it goes; a poll of a wait says which one. */
function attemptLine(site: CallSite, url: string, attempt: number, poll: WaitPoll | undefined): string {
  const polled = poll
    ? ` (poll ${poll.number}${poll.number > 1 ? ` after ${poll.afterMs} ms, last status ${poll.lastStatus ?? 'unknown'}` : ''})`
    : '';
  return `${site.method} ${redactUrl(url)} attempt ${attempt}${polled}${idText(site)}`;
}

/** A retry about to wait: how long, and why. */
function retryLine(site: CallSite, delayMs: number, reason: number | unknown, retry: number, of: number): string {
  const why = typeof reason === 'number' ? `status ${reason}` : errorText(reason);
  return `${site.method} ${site.path} retry ${retry} of ${of} after ${why}, waiting ${Math.round(delayMs)} ms${idText(site)}`;
}

/** Query parameters whose names say they carry a credential. */
const SECRET_PARAM = /key|token|secret|passw|pwd|auth|sig|credential|session|jwt/i;

/** A URL fit for a log: user info and credential-carrying query parameters replaced. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\?.*$/, '?[redacted]');
  }
  if (parsed.username || parsed.password) {
    parsed.username = 'redacted';
    parsed.password = '';
  }
  const secret: string[] = [];
  parsed.searchParams.forEach((_, name) => SECRET_PARAM.test(name) && secret.push(name));
  for (const name of secret) parsed.searchParams.set(name, 'redacted');
  return parsed.href;
}

function idText(site: CallSite): string {
  return site.requestId ? ` request id ${site.requestId}` : '';
}

/** An error's class and message: the runtime's own messages never hold a credential. */
function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The level named in the environment, where there is one and it may be read; never throws. */
function fromEnvironment(): string | undefined {
  const scope = globalThis as {
    Deno?: {
      env?: { get(name: string): string | undefined };
      permissions?: { querySync?(d: object): { state: string } };
    };
    process?: { env?: Record<string, string | undefined> };
  };
  try {
    const deno = scope.Deno;
    if (deno?.env) {
      // Reading without permission would throw or prompt: ask first, quietly.
      const state = deno.permissions?.querySync?.({
        name: 'env',
        variable: LOG_ENV,
      }).state;
      return state === 'granted' ? deno.env.get(LOG_ENV) : undefined;
    }
    return scope.process?.env?.[LOG_ENV];
  } catch {
    return undefined;
  }
}
