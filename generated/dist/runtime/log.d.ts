import type { CallSite } from './errors.js';
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
/** A logger at a level above `off`. */
export interface Log {
    readonly level: number;
    readonly logger: Logger;
}
/** The log of a client: undefined when it logs nothing, so that a call pays for no logging. */
export declare function logOf(level: LogLevel | undefined, logger: Logger | undefined): Log | undefined;
/** Writes a line if the log's level reaches `at`. */
export declare function write(log: Log, at: Exclude<LogLevel, 'off'>, message: string): void;
/** How a call ended, in one line: method, path, status (or the error), duration and request id. */
export declare function callLine(site: CallSite, outcome: number | unknown, startedAt: number): string;
/** One attempt about to be sent, with where it goes; a poll of a wait says which one. */
export declare function attemptLine(site: CallSite, url: string, attempt: number, poll: {
    readonly number: number;
    readonly afterMs: number;
    readonly lastStatus?: string | undefined;
} | undefined): string;
/** A retry about to wait: how long, and why. */
export declare function retryLine(site: CallSite, delayMs: number, reason: number | unknown, retry: number, of: number): string;
/** A URL fit for a log: user info and credential-carrying query parameters replaced. */
export declare function redactUrl(url: string): string;
