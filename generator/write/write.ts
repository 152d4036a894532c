import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** What writing a tree would do, or did. */
export interface WritePlan {
  /** Files new or with new content, relative to the output folder, sorted. */
  readonly changed: readonly string[];
  /** Files the previous run wrote that this one no longer produces. */
  readonly removed: readonly string[];
}

/**
 * Compares the wanted files with the folder. `owned` lists what the
 * previous run wrote; only those may be removed, so whatever else lives in
 * the folder (a node_modules, an .npmrc) is never touched.
 */
export function planWrite(outDir: string, files: ReadonlyMap<string, string>, owned: readonly string[]): WritePlan {
  const changed = [...files.keys()].filter((path) => read(join(outDir, path)) !== files.get(path)).sort();
  const removed = owned.filter((path) => !files.has(path) && existsSync(join(outDir, path))).sort();
  return { changed, removed };
}

/**
 * Applies a write plan all at once: the new folder is built beside the old
 * one (unchanged files hard-linked, not rewritten) and swapped in by rename,
 * so a failure at any point leaves the old folder as it was.
 */
export function applyWrite(outDir: string, files: ReadonlyMap<string, string>, plan: WritePlan): void {
  if (plan.changed.length === 0 && plan.removed.length === 0) return;
  const staging = `${outDir}.clientgen-new`;
  const previous = `${outDir}.clientgen-old`;
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const replaced = new Set([...plan.changed, ...plan.removed]);
    if (existsSync(outDir)) linkTree(outDir, staging, (path) => !replaced.has(path));
    for (const path of plan.changed) {
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, files.get(path)!);
    }
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
  } catch (error) {
    if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Recreates `from` under `to` with hard links, for the files `keep` accepts.
 * Folders are made only for what they will hold, so a folder whose files were
 * all removed disappears with them.
 */
function linkTree(from: string, to: string, keep: (path: string) => boolean, root = from): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const rel = relative(root, source).split('\\').join('/');
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      linkTree(source, target, keep, root);
    } else if (entry.isSymbolicLink() || keep(rel)) {
      mkdirSync(to, { recursive: true });
      if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
      else linkSync(source, target);
    }
  }
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
