import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRuntime } from '../../../src/runtime/memory-runtime.js';
import { withInterrupts } from '../../../src/runtime/signals.js';

/** A host runtime (not memory) over the memory one's log, so withInterrupts installs its handlers. */
function hostRuntime() {
  const memory = createMemoryRuntime();
  return { runtime: { ...memory, kind: 'cli' as const }, memory };
}

const listeners = () => process.listenerCount('SIGINT') + process.listenerCount('SIGTERM');
const baseline = listeners();
const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
afterEach(() => {
  // An interrupted run keeps its handlers on purpose (a late SIGTERM must not kill it): drop them between tests.
  for (const name of ['SIGINT', 'SIGTERM'] as const)
    for (const l of process.listeners(name)) if (!before[name].includes(l)) process.off(name, l);
});

// process.emit calls the handlers without sending a real signal to the test worker.
describe('withInterrupts: the runner cancel (SIGINT, SIGTERM 7.5 s later, kill 2.5 s after)', () => {
  it('the first signal aborts the work with its name; a second one is only logged', async () => {
    const { runtime, memory } = hostRuntime();
    const reason = await withInterrupts(
      runtime,
      (signal) =>
        new Promise<unknown>((resolve) => {
          signal!.addEventListener('abort', () => {
            process.emit('SIGTERM');
            resolve(signal!.reason);
          });
          process.emit('SIGINT');
        }),
      { deadlineMs: 60_000, exit: () => undefined },
    );
    expect(reason).toBe('SIGINT');
    const text = JSON.stringify(memory.logs);
    expect(text).toContain('SIGINT received (the run was cancelled or timed out)');
    expect(text).toContain('SIGTERM received again; still writing the restore');
  });

  it('exits non-zero at the deadline when the work does not end by itself', async () => {
    const { runtime, memory } = hostRuntime();
    const exits: number[] = [];
    const work = withInterrupts(
      runtime,
      () =>
        new Promise<void>((resolve) => {
          process.emit('SIGINT');
          setTimeout(resolve, 300);
        }),
      { deadlineMs: 50, exit: (code) => exits.push(code) },
    );
    await work;
    expect(exits).toEqual([1]);
    expect(JSON.stringify(memory.logs)).toContain('the restore did not finish within 50 ms of SIGINT');
  });

  it('an uninterrupted run removes its handlers; a memory runtime installs none', async () => {
    const { runtime } = hostRuntime();
    expect(await withInterrupts(runtime, (signal) => Promise.resolve(signal?.aborted))).toBe(false);
    expect(listeners()).toBe(baseline);
    expect(await withInterrupts(createMemoryRuntime(), (signal) => Promise.resolve(signal))).toBeUndefined();
  });
});
