import type { MetricProvider, ResolvedMetric, Sample } from '../../core/analysis/types.js';
import { oomKilled, readyCondition, type TerminationStates } from '../../core/deploy/rollout/pods.js';
import type { KubeClient, KubeObject } from '../../core/kube/types.js';
import { ConfigError } from '../../shared/errors.js';
import type { KubernetesSignal } from './kubernetes-signals.js';

interface ContainerStatus extends TerminationStates {
  restartCount?: number;
}

interface Pod extends KubeObject {
  status?: {
    containerStatuses?: ContainerStatus[];
  };
}

interface KubeEvent extends KubeObject {
  type?: string;
  count?: number;
  involvedObject?: { kind?: string; name?: string };
}

const containers = (pod: Pod) => pod.status?.containerStatuses ?? [];

/** Seconds the pod has been not ready, from its Ready condition's last transition until now. */
function notReadySeconds(pod: Pod, nowMs: number): number {
  const ready = readyCondition(pod);
  if (!ready || ready.status === 'True') return 0;
  const since = ready.lastTransitionTime
    ? Date.parse(ready.lastTransitionTime)
    : Date.parse(pod.metadata.creationTimestamp ?? '');
  return Number.isFinite(since) ? Math.max(0, (nowMs - since) / 1000) : 0;
}

/** Warning events about the pods themselves or the workload's objects (its ReplicaSets are named after it). */
function warningCount(events: KubeEvent[], podNames: Set<string>, workload: string | undefined): number {
  return events
    .filter((e) => e.type === 'Warning')
    .filter((e) => {
      const name = e.involvedObject?.name ?? '';
      return podNames.has(name) || (workload !== undefined && (name === workload || name.startsWith(`${workload}-`)));
    })
    .reduce((sum, e) => sum + (e.count ?? 1), 0);
}

/** The label selector of the release's pods: the metric's own, else the Deployment's matchLabels. */
async function selectorOf(client: KubeClient, metric: ResolvedMetric, namespace: string): Promise<string> {
  if (metric.selector) return metric.selector;
  const workload = metric.vars.workload;
  if (!workload)
    throw ConfigError.single('workload', `metric '${metric.name}' (kubernetes) needs selector: or the workload input`);
  const deployment = await client.get<KubeObject & { spec?: { selector?: { matchLabels?: Record<string, string> } } }>({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    name: workload,
    namespace,
  });
  const labels = deployment?.spec?.selector?.matchLabels;
  if (!labels)
    throw ConfigError.single(
      'workload',
      `deployment/${workload} was not found in namespace ${namespace} (or has no matchLabels); set selector: on metric '${metric.name}'`,
    );
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/**
 * Release health straight from the API: restarts, OOMKilled containers, not-ready time and Warning
 * Events of the release's pods. No history, so it serves measure mode only.
 */
export function createKubernetesProvider(client: KubeClient, now: () => number = Date.now): MetricProvider {
  return {
    name: 'kubernetes',
    async measure(metric): Promise<Sample> {
      const namespace = metric.vars.namespace;
      if (!namespace) throw ConfigError.single('namespace', `is required by metric '${metric.name}' (kubernetes)`);
      const labelSelector = await selectorOf(client, metric, namespace);
      const pods = (await client.list<Pod>('v1', 'Pod', namespace, { labelSelector })).items;
      if (pods.length === 0)
        return { kind: 'empty', reason: `no pods match ${labelSelector} in namespace ${namespace}` };
      const signal = metric.query as KubernetesSignal;
      if (signal === 'restarts')
        return { kind: 'value', value: pods.flatMap(containers).reduce((s, c) => s + (c.restartCount ?? 0), 0) };
      if (signal === 'oom-killed') return { kind: 'value', value: pods.flatMap(containers).filter(oomKilled).length };
      if (signal === 'not-ready-seconds')
        return { kind: 'value', value: pods.reduce((s, p) => s + notReadySeconds(p, now()), 0) };
      const events = (await client.list<KubeEvent>('v1', 'Event', namespace)).items;
      const names = new Set(pods.map((p) => p.metadata.name ?? ''));
      return { kind: 'value', value: warningCount(events, names, metric.vars.workload) };
    },
  };
}
