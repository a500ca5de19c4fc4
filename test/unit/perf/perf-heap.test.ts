import { describe, expect, it } from 'vitest';
import { settleHeap } from '../../../src/core/perf/heap.js';

describe('settling the heap before a measured run', () => {
  it('runs a full collection without --expose-gc, exposing nothing new', async () => {
    const exposedBefore = typeof (globalThis as { gc?: unknown }).gc;
    let garbage: object[] | undefined = Array.from({ length: 50_000 }, (_, i) => ({ i }));
    const weak = new WeakRef(garbage);
    garbage = undefined;
    // A WeakRef keeps its target alive until the job that created it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settleHeap()).toBe(true);
    expect(weak.deref()).toBeUndefined();
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe(exposedBefore);
  });
});
