/** The part of a rollback result an interruption reports (structural: the record module stays cycle-free). */
interface RestoreAttempt {
  ok: boolean;
  items: { key: string; action: string; message: string; toRevision?: number }[];
}

/**
 * What the deploy record says when a run was cancelled or timed out mid-release: which signal
 * arrived, when, and whether the restore of what ran before was written before the step ended.
 */
export interface Interruption {
  /** The reason the release was aborted with: the signal name (SIGINT, SIGTERM) or another word. */
  signal: string;
  at: string;
  /** Where the release was when it stopped. */
  during: 'validate' | 'apply' | 'rollout';
  /** written: restore patches are in the cluster; none: nothing had changed; failed: see the message. */
  restore: 'written' | 'none' | 'failed';
  /** Milliseconds from the signal to the restore being written (the runner kills the step 10 s after SIGINT). */
  restoreMs?: number;
  message: string;
}

/** Watches an abort signal and remembers when it fired, so the restore's delay can be recorded. */
export class AbortWatch {
  private abortedAt?: number;

  constructor(readonly signal: AbortSignal | undefined) {
    if (signal?.aborted) this.abortedAt = Date.now();
    else signal?.addEventListener('abort', () => (this.abortedAt = Date.now()), { once: true });
  }

  /** The signal name when aborted, else undefined. */
  get reason(): string | undefined {
    if (!this.signal?.aborted) return undefined;
    const reason: unknown = this.signal.reason;
    return typeof reason === 'string' ? reason : 'abort';
  }

  /** Ends `controller`'s waits as soon as this signal fires. */
  forward(controller: AbortController): void {
    if (this.signal?.aborted) controller.abort();
    else this.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  }

  sinceAbort(): number | undefined {
    return this.abortedAt === undefined ? undefined : Date.now() - this.abortedAt;
  }
}

/** The one clear line a cancelled deploy ends with. */
export function interruptedMessage(signal: string, during: Interruption['during']): string {
  return `interrupted by ${signal} during the ${during} (the run was cancelled or timed out)`;
}

/** Turns the restore attempted after an interrupt into the record's entry. */
export function interruptionRecord(
  watch: AbortWatch,
  during: Interruption['during'],
  rollback: RestoreAttempt | undefined,
): Interruption {
  const signal = watch.reason ?? 'abort';
  const base = { signal, at: new Date().toISOString(), during };
  if (!rollback)
    return {
      ...base,
      restore: 'none',
      message: 'no restore written: rollback-on-failure is false or a concurrent deploy owns the workloads now',
    };
  if (!rollback.ok)
    return {
      ...base,
      restore: 'failed',
      message: rollback.items
        .filter((i) => i.action === 'failed' || i.action === 'missing')
        .map((i) => i.message)
        .join('; '),
    };
  const restored = rollback.items
    .filter((i) => i.action === 'rolled-back')
    .map((i) => `${i.key} -> revision ${i.toRevision}`);
  return {
    ...base,
    restore: restored.length ? 'written' : 'none',
    restoreMs: watch.sinceAbort(),
    message: restored.length
      ? `restore written: ${restored.join(', ')}; its rollout continues in the cluster (a rollback step waits for it)`
      : 'the workloads were new or already ran what they ran before; nothing to restore',
  };
}
