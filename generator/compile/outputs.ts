import { formatSources } from '../format/format.ts';
import { hash, type Stamp } from '../write/stamp.ts';
import { compiledPaths, compileSources } from './compile.ts';

/** What the previous run left in the output folder, to take unchanged files from. */
export interface Previous {
  readonly stamp: Stamp;
  read(path: string): string | undefined;
}

/** A source to build: its text, printed on demand, and a digest that changes whenever the text would. */
export interface Source {
  readonly digest: string;
  text(): string;
}

/**
 * Formatted sources and their compiled JavaScript and declarations. A source
 * whose digest is the one the previous run recorded, and whose outputs
 * are on disk as that run wrote them, is taken as it is: after a change to
 * one operation, only the files it touches are formatted and compiled again.
 * `preformatted` sources (the runtime) skip the formatter; `declared` gives
 * declarations printed by the emitter; `precompiled` holds sources compiled
 * ahead of time with their outputs, used while the source is unchanged.
 */
export async function buildOutputs(
  sources: ReadonlyMap<string, Source>,
  preformatted: ReadonlySet<string>,
  previous: Previous | undefined,
  declared: ReadonlyMap<string, () => string> = new Map(),
  precompiled: ReadonlyMap<string, string> = new Map(),
): Promise<{ files: Map<string, string>; sourceHashes: Record<string, string> }> {
  const sourceHashes: Record<string, string> = {};
  const files = new Map<string, string>();
  const toFormat = new Map<string, string>();
  const ready = new Map<string, string>();
  for (const [path, source] of sources) {
    sourceHashes[path] = source.digest;
    const reused =
      (previous?.stamp.sources?.[path] === source.digest ? unchanged(previous, path) : undefined) ??
      prebuilt(precompiled, path, source.text());
    if (reused) for (const [p, t] of reused) files.set(p, t);
    else if (preformatted.has(path)) ready.set(path, source.text());
    else toFormat.set(path, source.text());
  }
  // Formatting runs on its own thread while this one compiles: JavaScript and declarations are
  // printed afresh by the compilers, so they come out the same from the unformatted text.
  const formatting = formatSources(toFormat);
  const compiled = await compileSources(new Map([...ready, ...toFormat]), declared);
  for (const [p, t] of [...ready, ...(await formatting), ...compiled]) files.set(p, t);
  return { files, sourceHashes };
}

/** A source's formatted text and compiled outputs from the previous run, if all are on disk as it wrote them. */
function unchanged(previous: Previous, source: string): Map<string, string> | undefined {
  return outputsOf(source, (path) => {
    const text = previous.read(path);
    return text !== undefined && previous.stamp.files[path] === hash(text) ? text : undefined;
  });
}

/** A source compiled ahead of time (the runtime, at `npm run build`), while it is unchanged. */
function prebuilt(
  precompiled: ReadonlyMap<string, string>,
  source: string,
  text: string,
): Map<string, string> | undefined {
  return precompiled.get(source) === text ? outputsOf(source, (path) => precompiled.get(path)) : undefined;
}

/** A source and its compiled files, or nothing when one is missing. */
function outputsOf(source: string, read: (path: string) => string | undefined): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const path of [source, ...compiledPaths(source)]) {
    const text = read(path);
    if (text === undefined) return undefined;
    out.set(path, text);
  }
  return out;
}
