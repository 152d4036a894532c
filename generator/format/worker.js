// Formats TypeScript off the main thread, which meanwhile emits and compiles. Plain JavaScript, so
// it runs as is from the sources (tests) and from generator/dist (the CLI). Options come from format.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { format } from 'prettier/standalone';
import * as estree from 'prettier/plugins/estree';
import * as babel from 'prettier/plugins/babel';

const options = { ...workerData.options, plugins: [estree, babel] };

// Warm the parser and printer up while the first real file is still being emitted.
await format('export interface A<T> { a?: T | undefined }\nexport class B { m(x = {}): void { return; } }\n', options);

// Jobs are kept here rather than handed out one by one by the main thread, which may be busy
// compiling and slow to answer: this thread never waits for it.
const jobs = [];
let busy = false;

parentPort.on('message', (job) => {
  jobs.push(job);
  if (!busy) void work();
});

async function work() {
  busy = true;
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    try {
      parentPort.postMessage({ id: job.id, text: await format(job.text, options) });
    } catch (error) {
      parentPort.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  busy = false;
}
