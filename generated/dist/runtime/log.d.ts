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
export declare const LOG_ENV = "CLOUD_API_CLIENTS_LOG";
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
export declare function createLog({ level, logger }?: LogOptions): CallLog | undefined;
/** A URL fit for a log: user info and credential-carrying query parameters replaced. */
export declare function redactUrl(url: string): string;
