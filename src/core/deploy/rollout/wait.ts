import { observe } from '../../kube/watch-loop.js';
import { describeRef, refOf, type KubeClient, type KubeObject, type ObjectRef } from '../../kube/types.js';
import { imagesOf } from '../../manifests/images.js';
import { describeContainers, FailureTracker, type ContainerProblem } from './pods.js';
import { currentRevision, podInRevision, selectorString } from './revisions.js';
import { rolloutStatus, type RolloutStatus } from './status.js';
import { sameTemplate } from './template.js';

export type OutcomeState = 'ready' | 'failed' | 'timeout' | 'superseded' | 'cancelled';

export interface FailureDetail {
  reason: string;
  problems: ContainerProblem[];
  /** Recent Events of the failing pods and the workload, oldest first. */
  events: string[];
  containers: string[];
}

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

type Any = Record<string, any>;

async function recentEvents(client: KubeClient, namespace: string | undefined, names: string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const name of names.slice(0, 3)) {
    const { items } = await client
      .list('v1', 'Event', namespace, { fieldSelector: `involvedObject.name=${name}` })
      .catch(() => ({ items: [] as KubeObject[] }));
    for (const e of items.slice(-5) as Any[])
      lines.push(
        `${e.lastTimestamp ?? e.eventTime ?? ''} ${e.type} ${e.reason} ${e.involvedObject?.kind}/${name}: ${e.message ?? ''}`.trim(),
      );
  }
  return lines;
}

/** Everything a failed rollout should show: what failed, the pods' container states and Events. */
async function failureDetail(
  client: KubeClient,
  workload: KubeObject,
  reason: string,
  problems: ContainerProblem[],
  pods: KubeObject[],
): Promise<FailureDetail> {
  const names = [...new Set(problems.map((p) => p.pod))];
  const events = await recentEvents(client, workload.metadata.namespace, [...names, workload.metadata.name ?? '']);
  const containers = pods.filter((p) => names.includes(p.metadata.name ?? '')).map(describeContainers);
  return { reason, problems, events, containers };
}

interface PodCondition {
  type?: string;
  status?: string;
}

const isReady = (pod: KubeObject) =>
  ((pod.status as { conditions?: PodCondition[] } | undefined)?.conditions ?? []).some(
    (c) => c.type === 'Ready' && c.status === 'True',
  );

/** A pod that was not Ready when the wait began is Ready now. */
const firstNewPodReady = (pods: Map<string, KubeObject>, initial: Set<string> | undefined) =>
  initial !== undefined && [...pods.entries()].some(([name, pod]) => !initial.has(name) && isReady(pod));

const NO_COUNTS = { desired: 0, updated: 0, ready: 0, available: 0 };

/** The state of one rollout wait: the latest workload and pods from the watches, and its verdict. */
class RolloutWatch {
  readonly result: Promise<RolloutOutcome>;
  private readonly ref: ObjectRef;
  private readonly started = Date.now();
  private readonly abort = new AbortController();
  private readonly tracker: FailureTracker;
  private readonly pods = new Map<string, KubeObject>();
  private workload: KubeObject | undefined;
  private lastMessage = '';
  private running = false;
  private again = false;
  private finish!: (outcome: RolloutOutcome) => void;
  /** Pods already Ready at the first snapshot served before this rollout; the first other Ready pod is its first. */
  private initialPods?: Set<string>;
  private firstReadyAt?: number;

  constructor(
    private readonly client: KubeClient,
    applied: KubeObject,
    private readonly options: WaitOptions,
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

  private done(state: OutcomeState, message: string, counts: RolloutStatus['counts'], failure?: FailureDetail): void {
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
      !sameTemplate((workload.spec as Any)?.template, expected.template),
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

  /** Starts the two resilient watches (the workload by name, its pods by selector). */
  watch(selector: string): void {
    const { ref } = this;
    const onResume = (what: string) => (reason: string) => this.options.log(`${describeRef(ref)}: ${what} ${reason}`);
    const failed = (error: unknown) => {
      if (!this.abort.signal.aborted)
        this.done('failed', `watching ${describeRef(ref)} failed: ${(error as Error).message}`, NO_COUNTS);
    };
    observe(
      this.client,
      {
        apiVersion: ref.apiVersion,
        kind: ref.kind,
        namespace: ref.namespace,
        options: { fieldSelector: `metadata.name=${ref.name}` },
      },
      {
        onSnapshot: (items) => {
          this.workload = items[0];
          this.schedule();
        },
        onEvent: (type, object) => {
          this.workload = type === 'DELETED' ? undefined : object;
          this.schedule();
        },
        onResume: onResume('workload watch:'),
      },
      this.abort.signal,
    ).catch(failed);
    observe(
      this.client,
      { apiVersion: 'v1', kind: 'Pod', namespace: ref.namespace, options: { labelSelector: selector } },
      {
        onSnapshot: (items) => {
          this.initialPods ??= new Set(items.filter(isReady).map((p) => p.metadata.name ?? ''));
          this.pods.clear();
          items.forEach((p) => this.pods.set(p.metadata.name ?? '', p));
          this.schedule();
        },
        onEvent: (type, pod) => {
          if (type === 'DELETED') this.pods.delete(pod.metadata.name ?? '');
          else this.pods.set(pod.metadata.name ?? '', pod);
          this.schedule();
        },
        onResume: onResume('pod watch:'),
      },
      this.abort.signal,
    ).catch(failed);
  }
}

/**
 * Waits for one workload the way `kubectl rollout status` does, driven by watches of the
 * workload and its pods, and fails fast: ProgressDeadlineExceeded at once, pods of the new
 * revision stuck in a fatal reason after the grace period, and a concurrent deploy.
 */
export async function waitForRollout(
  client: KubeClient,
  applied: KubeObject,
  options: WaitOptions,
): Promise<RolloutOutcome> {
  const watch = new RolloutWatch(client, applied, options);
  watch.watch(selectorString((applied.spec as Any | undefined)?.selector));
  // A periodic re-evaluation: grace periods and the deadline expire without any event.
  const timer = setInterval(() => watch.schedule(), options.tickMs ?? 500);
  options.cancel?.addEventListener('abort', () => watch.schedule(), { once: true });
  try {
    return await watch.result;
  } finally {
    clearInterval(timer);
    watch.stop();
  }
}
