import { observe } from '../../clients/kube/watch-loop.js';
import { describeRef, refOf, type KubeClient, type KubeObject, type ObjectRef } from '../../clients/kube/types.js';
import { imagesOf } from '../manifests/images.js';
import { describeContainers, FailureTracker, type ContainerProblem } from './pods.js';
import { currentRevision, podInRevision, selectorString } from './revisions.js';
import { rolloutStatus, type RolloutStatus } from './status.js';

export type OutcomeState = 'ready' | 'failed' | 'timeout' | 'superseded';

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
}

export interface WaitOptions {
  timeoutMs: number;
  /** How long a pod may sit in a fatal waiting reason before the rollout fails. */
  graceMs: number;
  log(message: string): void;
  /** Generation and images the deploy produced; a newer generation with other images means someone else deployed. */
  expected?: { generation: number; images: Record<string, string> };
  tickMs?: number;
}

type Any = Record<string, any>;

async function recentEvents(client: KubeClient, namespace: string | undefined, names: string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const name of names.slice(0, 3)) {
    const { items } = await client.list('v1', 'Event', namespace, { fieldSelector: `involvedObject.name=${name}` }).catch(() => ({ items: [] as KubeObject[] }));
    for (const e of items.slice(-5) as Any[]) lines.push(`${e.lastTimestamp ?? e.eventTime ?? ''} ${e.type} ${e.reason} ${e.involvedObject?.kind}/${name}: ${e.message ?? ''}`.trim());
  }
  return lines;
}

/** Everything a failed rollout should show: what failed, the pods' container states and Events. */
async function failureDetail(client: KubeClient, workload: KubeObject, reason: string, problems: ContainerProblem[], pods: KubeObject[]): Promise<FailureDetail> {
  const names = [...new Set(problems.map((p) => p.pod))];
  const events = await recentEvents(client, workload.metadata.namespace, [...names, workload.metadata.name ?? '']);
  const containers = pods.filter((p) => names.includes(p.metadata.name ?? '')).map(describeContainers);
  return { reason, problems, events, containers };
}

/**
 * Waits for one workload the way `kubectl rollout status` does, driven by watches of the
 * workload and its pods, and fails fast: ProgressDeadlineExceeded at once, pods of the new
 * revision stuck in a fatal reason after the grace period, and a concurrent deploy.
 */
export async function waitForRollout(client: KubeClient, applied: KubeObject, options: WaitOptions): Promise<RolloutOutcome> {
  const ref = refOf(applied);
  const started = Date.now();
  const abort = new AbortController();
  const tracker = new FailureTracker(options.graceMs);
  const pods = new Map<string, KubeObject>();
  let workload: KubeObject | undefined = applied;
  let lastMessage = '';
  let finish!: (outcome: RolloutOutcome) => void;
  const result = new Promise<RolloutOutcome>((resolve) => { finish = resolve; });
  const done = (state: OutcomeState, message: string, counts: RolloutStatus['counts'], failure?: FailureDetail) => {
    abort.abort();
    finish({ ref, state, message, counts, elapsedMs: Date.now() - started, failure });
  };
  const noCounts = { desired: 0, updated: 0, ready: 0, available: 0 };

  const evaluate = async (): Promise<void> => {
    if (abort.signal.aborted) return;
    if (!workload) return done('failed', `${describeRef(ref)} was deleted while waiting for its rollout`, noCounts);
    const expected = options.expected;
    if (expected && (workload.metadata.generation ?? 0) > expected.generation && JSON.stringify(imagesOf(workload)) !== JSON.stringify(expected.images)) {
      return done('superseded', `${describeRef(ref)} was changed by a concurrent deploy (generation ${workload.metadata.generation}, images ${JSON.stringify(imagesOf(workload))}) while this deploy waited; not rolling it back`, rolloutStatus(workload).counts);
    }
    const status = rolloutStatus(workload);
    if (status.message !== lastMessage) {
      lastMessage = status.message;
      const c = status.counts;
      options.log(`${describeRef(ref)}: ${status.message} [updated ${c.updated}, ready ${c.ready}, available ${c.available} of ${c.desired}]`);
    }
    if (status.error) return done('failed', status.error, status.counts, await failureDetail(client, workload, 'ProgressDeadlineExceeded', [], []));
    if (status.done) return done('ready', status.message, status.counts);
    const expired = tracker.update([...pods.values()], Date.now());
    if (expired.length) {
      const current = await currentRevision(client, workload).catch(() => undefined);
      const failing = current ? expired.filter((p) => podInRevision(pods.get(p.pod)!, current.podHashes)) : [];
      if (failing.length && !abort.signal.aborted) {
        const first = failing[0];
        const detail = await failureDetail(client, workload, first.reason, failing, [...pods.values()]);
        return done('failed', `pod ${first.pod} container ${first.container} is in ${first.reason}${first.message ? `: ${first.message}` : ''} (image ${first.image}, restarts ${first.restartCount})`, status.counts, detail);
      }
    }
    if (Date.now() - started >= options.timeoutMs) return done('timeout', `timed out after ${Math.round(options.timeoutMs / 1000)}s: ${status.message}`, status.counts);
  };

  let running = false;
  let again = false;
  const schedule = () => {
    if (running) { again = true; return; }
    running = true;
    void (async () => {
      do { again = false; await evaluate().catch((error) => options.log(`evaluation failed: ${(error as Error).message}`)); } while (again && !abort.signal.aborted);
      running = false;
    })();
  };
  const onResume = (what: string) => (reason: string) => options.log(`${describeRef(ref)}: ${what} ${reason}`);
  const spec = (applied.spec ?? {}) as Any;
  const watchFailed = (error: unknown) => { if (!abort.signal.aborted) done('failed', `watching ${describeRef(ref)} failed: ${(error as Error).message}`, noCounts); };
  observe(client, { apiVersion: ref.apiVersion, kind: ref.kind, namespace: ref.namespace, options: { fieldSelector: `metadata.name=${ref.name}` } }, {
    onSnapshot: (items) => { workload = items[0]; schedule(); },
    onEvent: (type, object) => { workload = type === 'DELETED' ? undefined : object; schedule(); },
    onResume: onResume('workload watch:'),
  }, abort.signal).catch(watchFailed);
  observe(client, { apiVersion: 'v1', kind: 'Pod', namespace: ref.namespace, options: { labelSelector: selectorString(spec.selector) } }, {
    onSnapshot: (items) => { pods.clear(); items.forEach((p) => pods.set(p.metadata.name ?? '', p)); schedule(); },
    onEvent: (type, pod) => { if (type === 'DELETED') pods.delete(pod.metadata.name ?? ''); else pods.set(pod.metadata.name ?? '', pod); schedule(); },
    onResume: onResume('pod watch:'),
  }, abort.signal).catch(watchFailed);
  const timer = setInterval(schedule, options.tickMs ?? 500);
  try {
    return await result;
  } finally {
    clearInterval(timer);
    abort.abort();
  }
}
