import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Keeps a large run's heap near what it holds. Generating 10,000 operations
 * allocates gigabytes, nearly all of it garbage once a module is printed, but
 * V8 grows the heap rather than collect it in full until far above what is
 * live (290 MB used for 60 to 120 MB live), and the process's memory grows
 * with it. So between modules, once the heap is past a floor and half again
 * what was live after the last collection, it is collected. Runs that stay
 * under the floor (the curated specs and every public description measured)
 * never pay for a collection.
 */
const FLOOR = 128 * 1024 * 1024;

let live = 0;
let collect: (() => void) | undefined;

export function collectGarbageIfGrown(): void {
  const used = getHeapStatistics().used_heap_size;
  if (used < FLOOR || used < live * 1.5) return;
  // The same way jest's --logHeapUsage reaches it: the flag, then the function from a fresh context.
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  live = getHeapStatistics().used_heap_size;
}
