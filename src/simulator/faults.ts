/**
 * Fault injection for reliability tests: every knob is off by default and can be changed while
 * the simulator runs. Counts are consumed per matching request.
 */
export interface FaultControls {
  /** Adds this many milliseconds before every API response. */
  setLatency(ms: number): void;
  /** The next `count` API requests (optionally only paths matching `pathPattern`) fail with `status`. */
  failNext(count: number, status: 429 | 500 | 503, pathPattern?: RegExp): void;
  /** Ends every open watch stream now (clients must re-watch). */
  dropWatches(): void;
  /** The next `count` writes (PUT/PATCH) answer 409 Conflict as if the object had just changed. */
  conflictNextUpdates(count: number): void;
  /** Forgets the watch history: resuming from an older resourceVersion now gets 410 Gone. */
  compactHistory(): void;
  /** Turns every fault off. */
  reset(): void;
}

/** Mutable fault settings consulted by the request listener; `controls()` is what the handle exposes. */
export class FaultState {
  latencyMs = 0;
  failures = { count: 0, status: 500 as 429 | 500 | 503, pattern: undefined as RegExp | undefined };
  conflicts = 0;

  /** Returns the status to fail this request with, consuming one injected failure. */
  takeFailure(path: string): 429 | 500 | 503 | undefined {
    if (this.failures.count <= 0 || (this.failures.pattern && !this.failures.pattern.test(path))) return undefined;
    this.failures.count--;
    return this.failures.status;
  }

  takeConflict(method: string): boolean {
    if (this.conflicts <= 0 || (method !== 'PUT' && method !== 'PATCH')) return false;
    this.conflicts--;
    return true;
  }

  controls(dropWatches: () => void, compact: () => void): FaultControls {
    return {
      setLatency: (ms) => void (this.latencyMs = Math.max(0, ms)),
      failNext: (count, status, pattern) => void (this.failures = { count, status, pattern }),
      dropWatches,
      conflictNextUpdates: (count) => void (this.conflicts = count),
      compactHistory: compact,
      reset: () => {
        this.latencyMs = 0;
        this.failures = { count: 0, status: 500, pattern: undefined };
        this.conflicts = 0;
      },
    };
  }
}
