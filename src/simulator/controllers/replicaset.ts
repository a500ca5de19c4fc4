import { randomSuffix } from '../api.js';
import { clone, type Obj } from '../types.js';
import {
  activePod,
  KCM,
  ownedBy,
  ownerRef,
  podAvailable,
  podReady,
  R,
  writeStatus,
  type ControllerContext,
} from './context.js';

/** Pods to delete first when scaling down: unscheduled, then not ready, then most restarts, then newest. */
function deletionRank(p: Obj): number[] {
  const restarts = (p.status?.containerStatuses ?? []).reduce((n: number, c: Obj) => n + (c.restartCount ?? 0), 0);
  return [
    p.spec.nodeName ? 1 : 0,
    p.status?.phase === 'Running' ? 1 : 0,
    podReady(p) ? 1 : 0,
    -restarts,
    -Date.parse(p.metadata.creationTimestamp),
  ];
}
const byRank = (a: Obj, b: Obj) => {
  const ra = deletionRank(a);
  const rb = deletionRank(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
  return 0;
};

/** A pod from a template, owned by its controller (ReplicaSet, StatefulSet or DaemonSet). */
export function podFromTemplate(owner: Obj, name: string, extraLabels: Record<string, string> = {}): Obj {
  const t = clone(owner.spec.template);
  return {
    metadata: {
      name,
      generateName: owner.kind === 'StatefulSet' ? undefined : `${owner.metadata.name}-`,
      namespace: owner.metadata.namespace,
      labels: { ...t.metadata?.labels, ...extraLabels },
      ...(t.metadata?.annotations ? { annotations: t.metadata.annotations } : {}),
      ownerReferences: [ownerRef(owner)],
    },
    spec: t.spec,
  };
}

/** The replicaset controller: keeps spec.replicas pods and reports replicas/ready/available counts. */
export async function syncReplicaSet(ctx: ControllerContext, rs: Obj): Promise<void> {
  if (rs.metadata.deletionTimestamp) return;
  const ns = rs.metadata.namespace;
  let pods = ctx.store.list(R.pods, ns).filter((p) => ownedBy(p, rs) && activePod(p));
  const diff = pods.length - rs.spec.replicas;
  if (diff < 0) {
    for (let i = 0; i < -diff; i++) {
      const pod = await ctx.api.create(R.pods, ns, podFromTemplate(rs, `${rs.metadata.name}-${randomSuffix()}`), {
        manager: KCM,
      });
      ctx.events.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, 'replicaset-controller');
      pods.push(pod);
    }
  } else if (diff > 0) {
    const victims = [...pods].sort(byRank).slice(0, diff);
    for (const p of victims) {
      ctx.api.delete(R.pods, ns, p.metadata.name);
      ctx.events.record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, 'replicaset-controller');
    }
    pods = pods.filter((p) => !victims.includes(p));
  }
  const minReady = rs.spec.minReadySeconds ?? 0;
  const status: Obj = {
    replicas: pods.length,
    fullyLabeledReplicas: pods.length,
    readyReplicas: pods.filter(podReady).length,
    availableReplicas: pods.filter((p) => podAvailable(p, minReady)).length,
    observedGeneration: rs.metadata.generation,
  };
  for (const k of ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas']) if (!status[k]) delete status[k];
  const fresh = ctx.store.get(R.replicasets, ns, rs.metadata.name);
  if (fresh) writeStatus(ctx, R.replicasets, fresh, status);
}
