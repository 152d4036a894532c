import { Worker } from 'node:worker_threads';
import { GeneratedCodeError, lineOf } from '../diagnostics/generated-code.ts';

/**
 * The pinned style of generated TypeScript. Prettier's standalone build with
 * its plugins given explicitly ignores any prettier config lying around, so
 * the output is the same on every machine.
 */
const OPTIONS = {
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

/**
 * Formatting runs on a worker thread, started with the pipeline so that
 * loading prettier overlaps with loading the specs; sources go to it as they
 * are printed, while this thread goes on emitting and compiling. Should the
 * thread fail, this one formats instead.
 */
let worker: Worker | undefined;
const pending = new Map<number, Job>();
let nextId = 0;

/** Starts the formatting thread. Idempotent; the thread keeps the process alive only while it has work. */
export function startFormatter(): void {
  if (worker) return;
  worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { options: OPTIONS } });
  worker.on('message', ({ id, text, error }: { id: number; text?: string; error?: string }) => {
    const job = pending.get(id)!;
    pending.delete(id);
    if (pending.size === 0) worker?.unref();
    if (text !== undefined) job.resolve(text);
    else job.reject(new Error(`internal error: prettier failed: ${error}`));
  });
  worker.on('error', () => {
    worker = undefined;
    const jobs = [...pending.values()];
    pending.clear();
    void formatHere(jobs);
  });
  // After the listeners: adding a 'message' listener refs the thread again, and a run that
  // stops before formatting anything (a spec with errors) would then never exit.
  worker.unref();
}

async function formatHere(jobs: readonly Job[]): Promise<void> {
  const [{ format }, estree, babel] = await Promise.all([import('prettier/standalone'), import('prettier/plugins/estree'), import('prettier/plugins/babel')]);
  for (const job of jobs) {
    try {
      job.resolve(await format(job.text, { ...OPTIONS, plugins: [estree, babel] }));
    } catch (error) {
      job.reject(new Error(`internal error: prettier failed: ${(error as Error).message}`));
    }
  }
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
  const entries = await Promise.all([...files].map(async ([path, text]) => [path, path.endsWith('.ts') ? await format(path, text) : text] as const));
  return new Map(entries);
}

/**
 * Sends a source to be formatted now, ahead of `formatSources`, so the
 * worker starts on it while this thread goes on emitting the next one.
 */
export function queueFormat(text: string): Promise<string> {
  let result = formatted.get(text);
  if (!result) {
    result = new Promise<string>((resolve, reject) => {
      const job = { text, resolve, reject };
      startFormatter();
      if (!worker) return void formatHere([job]);
      const id = nextId++;
      pending.set(id, job);
      // Held while answers are due, so the process does not exit waiting for them.
      worker.ref();
      worker.postMessage({ id, text });
    });
    // Queued ahead of use: a failure is reported where the result is awaited, never as an unhandled rejection.
    result.catch(() => {});
    formatted.set(text, result);
  }
  return result;
}
