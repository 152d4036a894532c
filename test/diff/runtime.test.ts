import { describe, expect, it } from 'vitest';
import { buildReport } from '../../generator/diff/report.ts';

/** The report of two runtimes alone, each given as its files by name. */
function diffRuntimes(old: Record<string, string>, now: Record<string, string>) {
  const report = buildReport([], {
    old: new Map(Object.entries(old)),
    new: new Map(Object.entries(now)),
    oldLabel: 'v1:pkg/src/runtime/index.ts',
    newLabel: 'pkg/src/runtime/index.ts',
  });
  return { report, items: report.surface.map((i) => `${i.impact} ${i.kind} ${i.pointer}: ${i.message}`) };
}

const index = "export * from './calls.js';\n";

/** Two versions of a runtime whose index re-exports calls.ts, which is all that changes. */
const diffCalls = (old: string, now: string) =>
  diffRuntimes({ 'index.ts': index, 'calls.ts': old }, { 'index.ts': index, 'calls.ts': now });

describe("the runtime's public API", () => {
  it('a function renamed and kept under its old name as a deprecated alias: the new name added, the old one deprecated', () => {
    const old = 'export function send(path: string, retries = 2): Promise<string> { return Promise.resolve(path); }\n';
    const now = [
      '/** Sends a request. */',
      'export function dispatch(path: string, retries: number = 3): Promise<string> {',
      '  return Promise.resolve(`${path}${retries}`);',
      '}',
      '/** @deprecated Renamed: use `dispatch`. */',
      'export const send: typeof dispatch = dispatch;',
    ].join('\n');
    const { report, items } = diffCalls(old, now);
    expect(items).toEqual([
      'addition runtime-export-added dispatch: function `dispatch` added',
      'change runtime-export-deprecated send: function `send` deprecated: Renamed: use `dispatch`.',
    ]);
    expect(report.semver).toBe('minor');
    expect(report.surface.map((i) => i.file)).toEqual(['pkg/src/runtime/index.ts', 'pkg/src/runtime/index.ts']);
  });

  it("an interface's members: required ones added break an interface callers give, optional ones are additions", () => {
    // Callers give a Handle (`track`'s parameter) and its Options (a property of it); a Receipt they only read.
    const given = [
      'export interface Options { readonly tries?: number }',
      'export interface Receipt { readonly at: string }',
      'export function track(handle: Handle): Receipt { return { at: handle.id }; }',
    ];
    const old = [
      'export interface Handle {',
      '  readonly id: string;',
      '  readonly size: number;',
      '  readonly gone: boolean;',
      '  readonly options?: Options;',
      '  wait(ms?: number): Promise<void>;',
      '}',
      ...given,
    ].join('\n');
    const now = [
      'export interface Handle {',
      '  /** The id the API tracks it by. */',
      '  readonly trackingId: string;',
      '  /** @deprecated the same as `trackingId` */',
      '  readonly id: string;',
      '  readonly size: number | undefined;',
      '  readonly note?: string;',
      '  readonly options?: Options;',
      '  wait(ms?: number): Promise<void>;',
      '}',
      'export interface Options { readonly tries?: number; readonly base: string }',
      'export interface Receipt { readonly at: string; readonly by: string }',
      'export function track(handle: Handle): Receipt { return { at: handle.id, by: handle.id }; }',
    ].join('\n');
    const { report, items } = diffCalls(old, now);
    expect(items).toEqual([
      'breaking runtime-export-removed Handle.gone: member `readonly gone: boolean` of interface `Handle` removed: code using it breaks',
      'change runtime-export-deprecated Handle.id: member `id` of interface `Handle` deprecated: the same as `trackingId`',
      'addition runtime-export-added Handle.note: member `readonly note?: string` of interface `Handle` added',
      'breaking runtime-export-changed Handle.size: member `size` of interface `Handle` changed from `readonly size: number` to `readonly size: number | undefined`',
      'breaking runtime-export-added Handle.trackingId: member `readonly trackingId: string` of interface `Handle` added: it is required, and callers give the runtime `Handle` values, so theirs must now set it',
      'breaking runtime-export-added Options.base: member `readonly base: string` of interface `Options` added: it is required, and callers give the runtime `Options` values, so theirs must now set it',
      'addition runtime-export-added Receipt.by: member `readonly by: string` of interface `Receipt` added',
    ]);
    expect(report.semver).toBe('major');
  });

  it("a class's members: private ones, #names and static blocks are not surface; what code reaches is", () => {
    const old = [
      'export class Client {',
      '  #cache = new Map<string, string>();',
      '  private tries = 0;',
      '  protected readonly base: string;',
      '  constructor(base: string) { this.base = base; }',
      '  get(path: string): string { return this.base + path; }',
      '}',
    ].join('\n');
    const now = [
      'export class Client {',
      '  #cache = new Map<string, number>();',
      '  private tries = 1;',
      '  static { Client.count = 0; }',
      '  static count: number;',
      '  protected readonly base: URL;',
      '  constructor(base: string, private readonly secret: string, readonly region?: string) { this.base = new URL(base); }',
      '  get(path: string): string { return String(this.base) + path + this.secret; }',
      '  async list(): Promise<string[]> { return []; }',
      '}',
    ].join('\n');
    const { items } = diffCalls(old, now);
    expect(items).toEqual([
      'breaking runtime-export-changed Client.base: member `base` of class `Client` changed from `protected readonly base: string` to `protected readonly base: URL`',
      'breaking runtime-export-changed Client.constructor: member `constructor` of class `Client` changed from `constructor(base: string)` to `constructor(base: string, secret: string, region?: string)`',
      'addition runtime-export-added Client.count: member `static count: number` of class `Client` added',
      'addition runtime-export-added Client.list: member `list(): Promise<string[]>` of class `Client` added',
      'addition runtime-export-added Client.region: member `readonly region?: string` of class `Client` added',
    ]);
  });

  it('names removed, declarations changed, and an interface turned into a type reported once', () => {
    const old = [
      'export type Level = "debug" | "info";',
      'export function retired(): void {}',
      'export interface Options { readonly level?: Level }',
    ].join('\n');
    const now = [
      "export type Level = 'debug' | 'info' | 'warn';",
      'export type Options = { readonly level?: Level };',
    ].join('\n');
    const { report, items } = diffCalls(old, now);
    expect(items).toEqual([
      `breaking runtime-export-changed Level: type \`Level\` changed from \`type Level = "debug" | "info"\` to \`type Level = 'debug' | 'info' | 'warn'\``,
      'breaking runtime-export-changed Options: type `Options` changed from `interface Options` to `type Options = { readonly level?: Level }`',
      'breaking runtime-export-removed retired: function `retired` removed: imports of it break',
    ]);
    // What was removed is in the old side's file.
    expect(report.surface.map((i) => i.file)).toEqual([
      'pkg/src/runtime/index.ts',
      'pkg/src/runtime/index.ts',
      'v1:pkg/src/runtime/index.ts',
    ]);
  });

  it('only what index.ts exports, through re-exports and under the name it exports; comments and bodies are no change', () => {
    const old = {
      'index.ts': "export { walk as paginate, type Page } from './pages.js';\n",
      'pages.ts': [
        'export interface Page<T> { readonly items: T[] }',
        'export function walk<T>(first: Page<T>): AsyncIterable<T>;',
        'export function walk<T>(first: Page<T>, limit: number): AsyncIterable<T>;',
        'export function walk<T>(first: Page<T>, limit?: number): AsyncIterable<T> { throw new Error(String(first) + limit); }',
        'export function internal(): void {}',
      ].join('\n'),
    };
    const now = {
      'index.ts': "export { walk as paginate, type Page } from './pages.js';\nexport { poll } from './poll.js';\n",
      'pages.ts': [
        '/** One page. */',
        'export interface Page<T> {',
        '  /** Its items. */',
        '  readonly items: T[];',
        '}',
        '/** Every item of every page. */',
        'export function walk<T>(first: Page<T>): AsyncIterable<T>;',
        'export function walk<T>(first: Page<T>, limit: number): AsyncIterable<T>;',
        'export function walk<T>(first: Page<T>, limit = 10): AsyncIterable<T> { return iterate(first, limit); }',
        'declare function iterate<T>(first: Page<T>, limit: number): AsyncIterable<T>;',
        'export function internal(verbose: boolean): void { void verbose; }',
      ].join('\n'),
      'poll.ts': '/** @deprecated use `paginate` */\nexport function poll(): void {}\n',
    };
    expect(diffRuntimes(old, now).items).toEqual([
      'addition runtime-export-added poll: function `poll` added (deprecated: use `paginate`)',
    ]);
    const overloadChanged = {
      ...now,
      'pages.ts': now['pages.ts'].replace('limit: number): AsyncIterable<T>;', 'limit: bigint): AsyncIterable<T>;'),
    };
    expect(diffRuntimes(now, overloadChanged).items).toEqual([
      'breaking runtime-export-changed paginate: function `paginate` changed from `function paginate<T>(first: Page<T>): AsyncIterable<T> / paginate<T>(first: Page<T>, limit: number): AsyncIterable<T>` to `function paginate<T>(first: Page<T>): AsyncIterable<T> / paginate<T>(first: Page<T>, limit: bigint): AsyncIterable<T>`',
    ]);
  });

  it('the same runtime, or sides without an index.ts: no items, and the report stays patch', () => {
    const files = { 'index.ts': index, 'calls.ts': 'export const LIMIT = 3;\n' };
    expect(diffRuntimes(files, files).report).toMatchObject({ surface: [], semver: 'patch' });
    expect(diffRuntimes({ 'calls.ts': 'export const A = 1;' }, { 'calls.ts': 'export const B = 2;' }).items).toEqual(
      [],
    );
  });

  it('items sorted by pointer, kind and message, as every surface list is', () => {
    const names = ['zeta', 'Alpha', 'mid', 'Beta'];
    const now = names.map((n) => `export function ${n}(): void {}`).join('\n');
    const { items } = diffCalls('', now);
    expect(items.map((i) => i.split(' ')[2])).toEqual(['Alpha:', 'Beta:', 'mid:', 'zeta:']);
  });
});
