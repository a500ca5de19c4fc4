import { readyPodNames } from './first-ready.js';
import { observe } from '../../kube/watch-loop.js';
import { describeRef, type KubeClient, type KubeObject } from '../../kube/types.js';
import type { Loose } from '../loose.js';
import { selectorString } from './revisions.js';
import { NO_COUNTS, RolloutVerdict, type RolloutOutcome, type WaitOptions } from './verdict.js';

export type { FailureDetail, OutcomeState, RolloutOutcome, WaitOptions } from './verdict.js';

/** Starts the two resilient watches (the workload by name, its pods by selector) feeding the verdict. */
function startWatches(verdict: RolloutVerdict, selector: string): void {
  const { ref } = verdict;
  const onResume = (what: string) => (reason: string) => verdict.options.log(`${describeRef(ref)}: ${what} ${reason}`);
  const failed = (error: unknown) => {
    if (!verdict.abort.signal.aborted)
      verdict.done('failed', `watching ${describeRef(ref)} failed: ${(error as Error).message}`, NO_COUNTS);
  };
  observe(
    verdict.client,
    {
      apiVersion: ref.apiVersion,
      kind: ref.kind,
      namespace: ref.namespace,
      options: { fieldSelector: `metadata.name=${ref.name}` },
    },
    {
      onSnapshot: (items) => {
        verdict.workload = items[0];
        verdict.schedule();
      },
      onEvent: (type, object) => {
        verdict.workload = type === 'DELETED' ? undefined : object;
        verdict.schedule();
      },
      onResume: onResume('workload watch:'),
    },
    verdict.abort.signal,
  ).catch(failed);
  observe(
    verdict.client,
    { apiVersion: 'v1', kind: 'Pod', namespace: ref.namespace, options: { labelSelector: selector } },
    {
      onSnapshot: (items) => {
        verdict.initialPods ??= readyPodNames(items);
        verdict.pods.clear();
        items.forEach((p) => verdict.pods.set(p.metadata.name ?? '', p));
        verdict.schedule();
      },
      onEvent: (type, pod) => {
        if (type === 'DELETED') verdict.pods.delete(pod.metadata.name ?? '');
        else verdict.pods.set(pod.metadata.name ?? '', pod);
        verdict.schedule();
      },
      onResume: onResume('pod watch:'),
    },
    verdict.abort.signal,
  ).catch(failed);
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
  const watch = new RolloutVerdict(client, applied, options);
  startWatches(watch, selectorString((applied.spec as Loose | undefined)?.selector));
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
