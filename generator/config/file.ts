import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSource } from '../load/source.ts';
import { pointerOf } from '../diagnostics/diagnostic.ts';
import { hash } from '../write/stamp.ts';

/** The names a config file is looked for under, in the working directory. */
export const CONFIG_FILES = ['clientgen.config.json', 'clientgen.config.mjs'] as const;

/** A config that cannot be used: one line per problem, each naming the file and, where there is one, the key. */
export class ConfigError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

/** A config file's value before its shape is checked. */
export interface RawConfig {
  /** The file as messages name it: relative to the working directory. */
  readonly file: string;
  /** The file's folder, absolute: the paths inside are relative to it. */
  readonly dir: string;
  readonly value: unknown;
  /** `file:line:col` of a key, where the format keeps positions (JSON does, a module does not). */
  readonly where: (path: readonly (string | number)[]) => string;
}

/**
 * Reads the config named by `--config`, else the one of CONFIG_FILES in
 * `cwd`; undefined when there is none. A module's default export may be the
 * config or a function returning it (or a promise of it).
 */
export async function readConfigFile(cwd: string, named?: string): Promise<RawConfig | undefined> {
  const path = named === undefined ? foundConfig(cwd) : resolve(cwd, named);
  if (path === undefined) return undefined;
  const file = relative(cwd, path) || path;
  if (!existsSync(path)) throw new ConfigError([`${file}: no such config file`]);
  const kind = extname(path);
  if (kind !== '.json' && kind !== '.mjs') throw new ConfigError([`${file}: a config file is .json or .mjs`]);
  const text = readFileSync(path, 'utf8');
  const dir = dirname(path);
  return kind === '.json' ? jsonConfig(file, dir, text) : await moduleConfig(file, dir, path, text);
}

function foundConfig(cwd: string): string | undefined {
  const found = CONFIG_FILES.map((name) => resolve(cwd, name)).filter((path) => existsSync(path));
  if (found.length > 1)
    throw new ConfigError([`${CONFIG_FILES.join(' and ')} are both in ${cwd}: keep one, or name it with --config`]);
  return found[0];
}

function jsonConfig(file: string, dir: string, text: string): RawConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError([
      `${file}${syntaxPosition(text, error)}: not valid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/s, '')}`,
    ]);
  }
  // Positions come from a parser that keeps them, asked only when a message needs one.
  const where = (path: readonly (string | number)[]): string => {
    const at = parseSource(file, text).source?.locate(pointerOf(path));
    return at ? `${file}:${at.line}:${at.col}` : file;
  };
  return { file, dir, value, where };
}

/** `:line:col` of a JSON syntax error, from the offset the message gives. */
function syntaxPosition(text: string, error: unknown): string {
  const offset = /at position (\d+)/.exec(String((error as Error).message))?.[1];
  if (offset === undefined) return '';
  const before = text.slice(0, Number(offset)).split('\n');
  return `:${before.length}:${before.at(-1)!.length + 1}`;
}

async function moduleConfig(file: string, dir: string, path: string, text: string): Promise<RawConfig> {
  let value: unknown;
  try {
    // The content's hash in the URL: a config edited since the last import in this process is read again.
    const module = (await import(`${pathToFileURL(path).href}?${hash(text).slice(0, 16)}`)) as { default?: unknown };
    if (!('default' in module))
      throw new ConfigError([`${file}: has no default export; export the config object, or a function returning it`]);
    value = typeof module.default === 'function' ? await (module.default as () => unknown)() : module.default;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError([`${file}: cannot be loaded: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return { file, dir, value, where: () => file };
}
