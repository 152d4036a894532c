/**
 * A large run's garbage is collected between modules once the heap is past
 * its floor: what a collection frees must be freed, or a 10,000-operation
 * run's memory grows to three times what it holds.
 */
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbageIfGrown } from '../../generator/heap.ts';

const MB = 1024 * 1024;
const used = () => getHeapStatistics().used_heap_size;

/** The heap's size just after about `mb` megabytes of small objects were made, garbage by then. */
function usedAfterMaking(mb: number): number {
  Array.from({ length: mb * 10 }, (_, i) => Array.from({ length: 2_500 }, (_, j) => ({ i, j })));
  return used();
}

describe('collecting a grown heap', () => {
  it('frees the garbage of a heap past the floor', () => {
    const before = usedAfterMaking(200);
    expect(before).toBeGreaterThan(200 * MB);
    collectGarbageIfGrown();
    expect(before - used()).toBeGreaterThan(100 * MB);
  });
});
