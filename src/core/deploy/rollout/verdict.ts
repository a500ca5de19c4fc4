import { firstNewPodReady } from './first-ready.js';
import { describeRef, refOf, type KubeClient, type KubeObject, type ObjectRef } from '../../kube/types.js';
import { imagesOf } from '../../manifests/images.js';
import type { Loose } from '../loose.js';
import { failureDetail, type FailureDetail } from './diagnosis.js';
import { FailureTracker, type ContainerProblem } from './pods.js';
import { currentRevision, podInRevision } from './revisions.js';
import { rolloutStatus, type RolloutStatus } from './status.js';
import { sameTemplate } from './template.js';

export type { FailureDetail } from './diagnosis.js';
export type { ContainerProblem };

export type OutcomeState = 'ready' | 'failed' | 'timeout' | 'superseded' | 'cancelled';

export interface RolloutOutcome {
  ref: ObjectRef;
  state: OutcomeState;
  message: string;
  counts: RolloutStatus['counts'];
  elapsedMs: number;
  failure?: FailureDetail;
  /** When the wait began and when the first pod this rollout created became Ready (release timeline). */
  startedAt?: number;
  firstReadyAt?: number;
}

export interface WaitOptions {
  timeoutMs: number;
  /** How long a pod may sit in a fatal waiting reason before the rollout fails. */
  graceMs: number;
  log(message: string): void;
  /** Generation and pod template the deploy produced; a newer generation with another template means someone else deployed. */
  expected?: { generation: number; template: unknown; writtenAt?: string };
  tickMs?: number;
  /** Aborted when waiting is pointless (another workload of the release already failed). */
  cancel?: AbortSignal;
}

export const NO_COUNTS = { desired: 0, updated: 0, ready: 0, available: 0 };

/** The verdict of one rollout wait over the latest workload and pods the watches deliver (see wait.ts). */
export class RolloutVerdict {
  readonly result: Promise<RolloutOutcome>;
  readonly ref: ObjectRef;
  private readonly started = Date.now();
  readonly abort = new AbortController();
  private readonly tracker: FailureTracker;
  readonly pods = new Map<string, KubeObject>();
  workload: KubeObject | undefined;
  private lastMessage = '';
  private running = false;
  private again = false;
  private finish!: (outcome: RolloutOutcome) => void;
  /** Pods already Ready at the first snapshot; the first other Ready pod is this rollout's first. */
  initialPods?: Set<string>;
  private firstReadyAt?: number;

  constructor(
    readonly client: KubeClient,
    applied: KubeObject,
    readonly options: WaitOptions,
  ) {
    this.ref = refOf(applied);
    this.workload = applied;
    this.tracker = new FailureTracker(options.graceMs);
    this.result = new Promise((resolve) => {
      this.finish = resolve;
    });
  }

  stop(): void {
    this.abort.abort();
  }

  done(state: OutcomeState, message: string, counts: RolloutStatus['counts'], failure?: FailureDetail): void {
    this.abort.abort();
    const times = { startedAt: this.started, firstReadyAt: this.firstReadyAt };
    this.finish({ ref: this.ref, state, message, counts, elapsedMs: Date.now() - this.started, failure, ...times });
  }

  /** Coalesces evaluations: one at a time, re-run once if something changed meanwhile. */
  schedule(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void (async () => {
      do {
        this.again = false;
        await this.evaluate().catch((error) => this.options.log(`evaluation failed: ${(error as Error).message}`));
      } while (this.again && !this.abort.signal.aborted);
      this.running = false;
    })();
  }

  private superseded(workload: KubeObject): boolean {
    const expected = this.options.expected;
    return Boolean(
      expected &&
      (workload.metadata.generation ?? 0) > expected.generation &&
      !sameTemplate((workload.spec as Loose)?.template, expected.template),
    );
  }

  private async evaluate(): Promise<void> {
    const { workload, ref } = this;
    if (this.abort.signal.aborted) return;
    if (this.options.cancel?.aborted)
      return this.done(
        'cancelled',
        'stopped waiting: another workload of this release failed',
        workload ? rolloutStatus(workload).counts : NO_COUNTS,
      );
    if (!workload)
      return this.done('failed', `${describeRef(ref)} was deleted while waiting for its rollout`, NO_COUNTS);
    const status = rolloutStatus(workload, this.options.expected?.writtenAt);
    this.firstReadyAt ??= firstNewPodReady(this.pods, this.initialPods) ? Date.now() : undefined;
    if (this.superseded(workload)) {
      return this.done(
        'superseded',
        `${describeRef(ref)} was changed by a concurrent deploy (generation ${workload.metadata.generation}, images ${JSON.stringify(imagesOf(workload))}) while this deploy waited; not rolling it back`,
        status.counts,
      );
    }
    if (status.message !== this.lastMessage) {
      this.lastMessage = status.message;
      const c = status.counts;
      this.options.log(
        `${describeRef(ref)}: ${status.message} [updated ${c.updated}, ready ${c.ready}, available ${c.available} of ${c.desired}]`,
      );
    }
    if (status.error)
      return this.done(
        'failed',
        status.error,
        status.counts,
        await failureDetail(this.client, workload, 'ProgressDeadlineExceeded', [], []),
      );
    if (status.done) return this.done('ready', status.message, status.counts);
    if (await this.failFast(workload, status)) return;
    if (Date.now() - this.started >= this.options.timeoutMs)
      this.done(
        'timeout',
        `timed out after ${Math.round(this.options.timeoutMs / 1000)}s: ${status.message}`,
        status.counts,
      );
  }

  /** Pods of the current revision stuck past the grace period end the wait. */
  private async failFast(workload: KubeObject, status: RolloutStatus): Promise<boolean> {
    const expired = this.tracker.update([...this.pods.values()], Date.now());
    if (!expired.length) return false;
    const current = await currentRevision(this.client, workload).catch(() => undefined);
    const failing = current
      ? expired.filter((p) => this.pods.has(p.pod) && podInRevision(this.pods.get(p.pod)!, current.podHashes))
      : [];
    if (!failing.length || this.abort.signal.aborted) return false;
    const first = failing[0];
    const detail = await failureDetail(this.client, workload, first.reason, failing, [...this.pods.values()]);
    this.done(
      'failed',
      `pod ${first.pod} container ${first.container} is in ${first.reason}${first.message ? `: ${first.message}` : ''} (image ${first.image}, restarts ${first.restartCount})`,
      status.counts,
      detail,
    );
    return true;
  }
}
