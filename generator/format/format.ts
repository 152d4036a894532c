import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { GeneratedCodeError, lineOf } from '../diagnostics/generated-code.ts';
import { chunksOf } from './chunks.ts';
import { joinParts, type Part } from './parts.ts';

/**
 * The pinned style of generated TypeScript. Prettier's standalone build with
 * its plugins given explicitly ignores any prettier config lying around, so
 * the output is the same on every machine.
 */
export const OPTIONS = {
  // Babel's TypeScript parser: the same output for generated code, and about a fifth faster than typescript-estree.
  parser: 'babel-ts',
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
} as const;

interface Job {
  readonly text: string;
  resolve(text: string): void;
  reject(error: Error): void;
}

interface Formatter {
  readonly worker: Worker;
  /** Jobs sent and not answered, by id. */
  readonly sent: Map<number, Job>;
}

/**
 * Formatting runs on worker threads, the first started with the pipeline so
 * that loading prettier overlaps with loading the specs. Sources are cut into
 * chunks of whole statements and queued here; each thread holds a few at a
 * time and asks for more as it answers, so two threads share a large package
 * evenly and neither holds the tree of a whole large file. A second thread
 * starts only when this one is done emitting and much is left to format.
 * Should the threads fail, this one formats.
 */
const queue: Job[] = [];
const formatters: Formatter[] = [];
let failed = false;
let nextId = 0;
/** Chunks a thread holds at once: enough to keep it busy while this thread is in a long synchronous step. */
const IN_FLIGHT = 4;
/**
 * Queued chunks, once this thread has nothing left but to wait, that make a second thread worth starting: it
 * loads prettier and runs it cold for a second or more, so it pays only for a megabyte or so of source.
 */
const BACKLOG = 48;
const THREADS = Math.max(1, Math.min(2, availableParallelism()));

/** Starts the first formatting thread. Idempotent; threads keep the process alive only while they have work. */
export function startFormatter(): void {
  if (formatters.length === 0 && !failed) startThread();
}

function startThread(): void {
  const formatter: Formatter = {
    worker: new Worker(new URL('./worker.js', import.meta.url), { workerData: { options: OPTIONS } }),
    sent: new Map(),
  };
  formatter.worker.on('message', ({ id, text, error }: { id: number; text?: string; error?: string }) => {
    const job = formatter.sent.get(id)!;
    formatter.sent.delete(id);
    if (text !== undefined) job.resolve(text);
    else job.reject(new Error(`internal error: prettier failed: ${error}`));
    dispatch();
  });
  formatter.worker.on('error', () => {
    formatters.splice(formatters.indexOf(formatter), 1);
    queue.unshift(...formatter.sent.values());
    formatter.sent.clear();
    if (formatters.length === 0) {
      failed = true;
      void formatHere(queue.splice(0));
    } else dispatch();
  });
  // After the listeners: adding a 'message' listener refs the thread again, and a run that
  // stops before formatting anything (a spec with errors) would then never exit.
  formatter.worker.unref();
  formatters.push(formatter);
}

/** Hands queued chunks to threads with room; held threads keep the process alive while answers are due. */
function dispatch(): void {
  for (const formatter of formatters) {
    while (formatter.sent.size < IN_FLIGHT && queue.length > 0) {
      const job = queue.shift()!;
      const id = nextId++;
      formatter.sent.set(id, job);
      formatter.worker.postMessage({ id, text: job.text });
    }
    if (formatter.sent.size > 0) formatter.worker.ref();
    else formatter.worker.unref();
  }
}

async function formatHere(jobs: readonly Job[]): Promise<void> {
  const [{ format }, estree, babel] = await Promise.all([
    import('prettier/standalone'),
    import('prettier/plugins/estree'),
    import('prettier/plugins/babel'),
  ]);
  for (const job of jobs) {
    try {
      job.resolve(await format(job.text, { ...OPTIONS, plugins: [estree, babel] }));
    } catch (error) {
      job.reject(new Error(`internal error: prettier failed: ${(error as Error).message}`));
    }
  }
}

function formatText(text: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const job = { text, resolve, reject };
    startFormatter();
    if (failed) return void formatHere([job]);
    queue.push(job);
    dispatch();
  });
}

/**
 * Formatted text by source text. The runtime is the same in every package and
 * most files survive a one-operation change, so a long-lived process (tests,
 * diff) formats each distinct text once.
 */
const formatted = new Map<string, Promise<string>>();

/** Formats every `.ts` file; other files pass through. */
export async function formatSources(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const format = (path: string, text: string): Promise<string> =>
    queueFormat(text).catch((error: Error) => {
      throw new GeneratedCodeError(path, lineOf(error.message), error.message.replace(/^internal error: /, ''));
    });
  if (queue.length > BACKLOG && formatters.length < THREADS && !failed) {
    startThread();
    dispatch();
  }
  const entries = await Promise.all(
    [...files].map(async ([path, text]) => [path, path.endsWith('.ts') ? await format(path, text) : text] as const),
  );
  return new Map(entries);
}

/**
 * Sends a source to be formatted now, ahead of `formatSources`, so the
 * threads start on it while this one goes on emitting the next. With its
 * parts (parts.ts), only the raw ones go to prettier, the others are laid out
 * already. A source or raw part is formatted chunk by chunk; should a chunk
 * not parse on its own, the whole source is formatted again in one piece,
 * whose error (if any) is the one reported, with its line in the file.
 */
export function queueFormat(text: string, parts?: readonly Part[]): Promise<string> {
  let result = formatted.get(text);
  if (!result) {
    result = parts ? joinParts(parts, formatChunks).catch(() => formatText(text)) : formatChunks(text);
    // Queued ahead of use: a failure is reported where the result is awaited, never as an unhandled rejection.
    result.catch(() => {});
    formatted.set(text, result);
  }
  return result;
}

/** A source (or a raw part of one) formatted chunk by chunk; should a chunk fail, the source again in one piece. */
function formatChunks(text: string): Promise<string> {
  const chunks = chunksOf(text);
  if (chunks.length === 1) return formatText(text);
  return Promise.all(chunks.map(formatText)).then(
    (done) => done.join('\n'),
    () => formatText(text),
  );
}
