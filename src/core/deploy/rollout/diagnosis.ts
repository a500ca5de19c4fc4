import type { KubeClient, KubeObject } from '../../kube/types.js';
import type { Loose } from '../loose.js';
import { describeContainers, type ContainerProblem } from './pods.js';

export interface FailureDetail {
  reason: string;
  problems: ContainerProblem[];
  /** Recent Events of the failing pods and the workload, oldest first. */
  events: string[];
  containers: string[];
}

async function recentEvents(client: KubeClient, namespace: string | undefined, names: string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const name of names.slice(0, 3)) {
    const { items } = await client
      .list('v1', 'Event', namespace, { fieldSelector: `involvedObject.name=${name}` })
      .catch(() => ({ items: [] as KubeObject[] }));
    for (const e of items.slice(-5) as Loose[])
      lines.push(
        `${e.lastTimestamp ?? e.eventTime ?? ''} ${e.type} ${e.reason} ${(e.involvedObject as { kind?: string } | undefined)?.kind}/${name}: ${e.message ?? ''}`.trim(),
      );
  }
  return lines;
}

/** Everything a failed rollout should show: what failed, the pods' container states and Events. */
export async function failureDetail(
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
