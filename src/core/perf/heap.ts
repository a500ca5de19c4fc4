import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/**
 * A full garbage collection right before a measured run. Loading the bundle leaves ~15 MB of
 * start-up garbage, and V8 otherwise collects it mid-run with incremental marking steps of up to
 * 25 ms on the generator's only thread: every response in flight then looks that much slower.
 * Measured on 2 cores: without this, a fixed 10 ms service showed a 29-41 ms max and p99 +2.5 ms.
 * Node has no gc() without --expose-gc, which an action cannot pass, so the flag is switched on
 * just long enough to fetch gc from a fresh context. Returns false where that is not possible.
 * V8's memory reducer still runs a few short collections about 8 s after this one (or after the
 * start-up collection it replaces); see the README's perf-gate accuracy notes.
 */
export function settleHeap(): boolean {
  if (collect === undefined) collect = obtainGc();
  collect?.();
  return collect !== null;
}

function obtainGc(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
