import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const STAMP_FILE = '.clientgen-stamp.json';

/** What a generated folder was made from, and the hash of every file in it. */
export interface Stamp {
  /** Hash of the generator's sources, templates and formatter version. */
  readonly generator: string;
  /** Hash of each spec file, by name. */
  readonly specs: Readonly<Record<string, string>>;
  /** Hash of each generated file, by path in the folder. */
  readonly files: Readonly<Record<string, string>>;
  /** Digest of each source: of its statements for a generated module, of its text for the runtime. An equal digest means the files on disk are still right. */
  readonly sources?: Readonly<Record<string, string>>;
}

export function hash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

/** The stamp as file content: sorted keys, so the same inputs give the same bytes. */
export function stampText(stamp: Stamp): string {
  const sorted = (o: Readonly<Record<string, string>>): Record<string, string> =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  const sources = stamp.sources ? { sources: sorted(stamp.sources) } : {};
  return `${JSON.stringify({ generator: stamp.generator, specs: sorted(stamp.specs), files: sorted(stamp.files), ...sources }, null, 2)}\n`;
}

export function readStamp(outDir: string): Stamp | undefined {
  try {
    const stamp = JSON.parse(readFileSync(join(outDir, STAMP_FILE), 'utf8')) as Stamp;
    return typeof stamp.generator === 'string' && stamp.specs && stamp.files ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the folder was generated from exactly these inputs and no file
 * has been edited since: then generating again would change nothing.
 */
export function isUpToDate(
  outDir: string,
  stamp: Stamp | undefined,
  generator: string,
  specs: Readonly<Record<string, string>>,
): boolean {
  if (!stamp || stamp.generator !== generator) return false;
  const names = Object.keys(specs);
  if (names.length !== Object.keys(stamp.specs).length || names.some((n) => stamp.specs[n] !== specs[n])) return false;
  return Object.entries(stamp.files).every(([path, digest]) => {
    try {
      return hash(readFileSync(join(outDir, path), 'utf8')) === digest;
    } catch {
      return false;
    }
  });
}
