import type { Obj } from '../types.js';
import { activePod, KCM, ownedBy, podReady, R, writeStatus, type ControllerContext } from './context.js';
import { HASH_LABEL, syncHistory, trimHistory } from './history.js';
import { podFromTemplate } from './replicaset.js';

const ordinalOf = (sts: Obj, pod: Obj): number => Number(pod.metadata.name.slice(sts.metadata.name.length + 1));

async function createPod(ctx: ControllerContext, sts: Obj, i: number, revision: string): Promise<void> {
  const name = `${sts.metadata.name}-${i}`;
  const pod = podFromTemplate(sts, name, { [HASH_LABEL]: revision, 'statefulset.kubernetes.io/pod-name': name });
  pod.spec.hostname = name;
  if (sts.spec.serviceName) pod.spec.subdomain = sts.spec.serviceName;
  await ctx.api.create(R.pods, sts.metadata.namespace, pod, { manager: KCM });
  ctx.events.record(
    sts,
    'Normal',
    'SuccessfulCreate',
    `create Pod ${name} in StatefulSet ${sts.metadata.name} successful`,
    'statefulset-controller',
  );
}

function deletePod(ctx: ControllerContext, sts: Obj, pod: Obj): void {
  ctx.api.delete(R.pods, pod.metadata.namespace, pod.metadata.name);
  ctx.events.record(
    sts,
    'Normal',
    'SuccessfulDelete',
    `delete Pod ${pod.metadata.name} in StatefulSet ${sts.metadata.name} successful`,
    'statefulset-controller',
  );
}

/** One step of OrderedReady management: create, scale down or roll at most one pod per pass. */
async function step(
  ctx: ControllerContext,
  sts: Obj,
  pods: Map<number, Obj>,
  current: string,
  update: string,
): Promise<void> {
  const replicas = sts.spec.replicas;
  const partition = sts.spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  const parallel = sts.spec.podManagementPolicy === 'Parallel';
  for (let i = 0; i < replicas; i++) {
    if (!pods.has(i)) {
      await createPod(ctx, sts, i, i < partition ? current : update);
      if (!parallel) return;
    } else if (!podReady(pods.get(i)!) && !parallel) return;
  }
  const extra = [...pods.keys()].filter((i) => i >= replicas).sort((a, b) => b - a);
  if (extra.length) return deletePod(ctx, sts, pods.get(extra[0])!);
  if (sts.spec.updateStrategy?.type === 'OnDelete') return;
  for (let i = replicas - 1; i >= partition; i--) {
    const pod = pods.get(i);
    if (pod && pod.metadata.labels?.[HASH_LABEL] !== update) return deletePod(ctx, sts, pod);
  }
}

/** The StatefulSet controller: ordinal pods, ControllerRevisions, partitioned rolling updates and status. */
export async function syncStatefulSet(ctx: ControllerContext, sts: Obj): Promise<void> {
  if (sts.metadata.deletionTimestamp) return;
  const h = await syncHistory(ctx, sts);
  const update = h.update.metadata.name;
  const current = sts.status?.currentRevision ?? update;
  const owned = ctx.store.list(R.pods, sts.metadata.namespace).filter((p) => ownedBy(p, sts) && activePod(p));
  await step(ctx, sts, new Map(owned.map((p) => [ordinalOf(sts, p), p])), current, update);
  const pods = ctx.store.list(R.pods, sts.metadata.namespace).filter((p) => ownedBy(p, sts) && activePod(p));
  const updated = pods.filter((p) => p.metadata.labels?.[HASH_LABEL] === update).length;
  const ready = pods.filter(podReady).length;
  const done = updated === sts.spec.replicas && ready === sts.spec.replicas && pods.length === sts.spec.replicas;
  const currentRevision = done ? update : current;
  const status: Obj = {
    observedGeneration: sts.metadata.generation,
    replicas: pods.length,
    readyReplicas: ready,
    currentReplicas: pods.filter((p) => p.metadata.labels?.[HASH_LABEL] === currentRevision).length,
    updatedReplicas: updated,
    currentRevision,
    updateRevision: update,
    collisionCount: 0,
  };
  for (const k of ['readyReplicas', 'currentReplicas', 'updatedReplicas']) if (!status[k]) delete status[k];
  trimHistory(ctx, sts, h, new Set(pods.map((p) => p.metadata.labels?.[HASH_LABEL])));
  const fresh = ctx.store.get(R.statefulsets, sts.metadata.namespace, sts.metadata.name);
  if (fresh) writeStatus(ctx, R.statefulsets, fresh, status);
}
