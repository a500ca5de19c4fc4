/** The deploy's `timeout` ran out; `phase` says where (validation, apply, rollout). */
export class DeadlineExceeded extends Error {
  constructor(
    readonly phase: string,
    readonly timeoutMs: number,
  ) {
    super(`the deploy timeout (${Math.round(timeoutMs / 100) / 10}s) ran out during ${phase}`);
    this.name = 'DeadlineExceeded';
  }
}

/**
 * One deadline over every phase of a release. `signal` aborts when it passes (checked by the
 * concurrent loops before each request), `phase` names what runs so the error says where the time
 * went, and `race` stops waiting for work that changes nothing (validation) at the deadline.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly endsAt: number;
  private current = 'validation';

  /** `startedAt`: when the step began (loading the manifests counts too). */
  constructor(
    readonly timeoutMs: number,
    startedAt = Date.now(),
  ) {
    this.endsAt = startedAt + timeoutMs;
    this.timer = setTimeout(
      () => this.controller.abort(new DeadlineExceeded(this.current, timeoutMs)),
      this.remaining(),
    );
    this.timer.unref?.();
  }

  /** The phase running now (where an interrupt or the deadline found the release). */
  get phase(): string {
    return this.current;
  }

  /** Ends every wait at once when `interrupt` fires (a cancelled run), as if the deadline had passed. */
  follow(interrupt: AbortSignal | undefined): void {
    const stop = () => this.controller.abort(new Error(`interrupted during ${this.current}`));
    if (interrupt?.aborted) stop();
    else interrupt?.addEventListener('abort', stop, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Milliseconds left (0 when passed). */
  remaining(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  /** Names the phase now running; throws when the deadline already passed. */
  enter(phase: string): void {
    this.current = phase;
    this.check();
  }

  check(): void {
    if (this.remaining() === 0) throw new DeadlineExceeded(this.current, this.timeoutMs);
  }

  /** Resolves with `work`, or rejects with DeadlineExceeded when the deadline passes first. */
  race<T>(work: Promise<T>): Promise<T> {
    const signal = this.signal;
    if (signal.aborted) return Promise.reject(signal.reason as Error);
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(signal.reason as Error);
      signal.addEventListener('abort', onAbort, { once: true });
      work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
