import { randomSuffix } from '../api.js';
import type { Obj } from '../types.js';
import { activePod, KCM, ownedBy, podAvailable, podReady, R, writeStatus, type ControllerContext } from './context.js';
import { HASH_LABEL, syncHistory, trimHistory } from './history.js';
import { NODE_NAME } from './kubelet.js';
import { podFromTemplate } from './replicaset.js';

/**
 * The DaemonSet controller for the simulator's single node: one pod per DaemonSet, replaced when
 * the template changes (RollingUpdate), ControllerRevisions and the DaemonSet status counts.
 */
export async function syncDaemonSet(ctx: ControllerContext, ds: Obj): Promise<void> {
  if (ds.metadata.deletionTimestamp) return;
  const ns = ds.metadata.namespace;
  const h = await syncHistory(ctx, ds);
  let pods = ctx.store.list(R.pods, ns).filter((p) => ownedBy(p, ds) && activePod(p));
  if (!pods.length) {
    const pod = podFromTemplate(ds, `${ds.metadata.name}-${randomSuffix()}`, {
      [HASH_LABEL]: h.hash,
      'pod-template-generation': String(ds.metadata.generation),
    });
    pod.spec.nodeName = NODE_NAME;
    await ctx.api.create(R.pods, ns, pod, { manager: KCM });
    ctx.events.record(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, 'daemonset-controller');
  } else if (ds.spec.updateStrategy?.type !== 'OnDelete') {
    for (const p of pods.filter((x) => x.metadata.labels?.[HASH_LABEL] !== h.hash)) {
      ctx.api.delete(R.pods, ns, p.metadata.name);
      ctx.events.record(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, 'daemonset-controller');
    }
  }
  pods = ctx.store.list(R.pods, ns).filter((p) => ownedBy(p, ds) && activePod(p));
  const available = pods.filter((p) => podAvailable(p, ds.spec.minReadySeconds ?? 0)).length;
  const status: Obj = {
    currentNumberScheduled: pods.length,
    numberMisscheduled: 0,
    desiredNumberScheduled: 1,
    numberReady: pods.filter(podReady).length,
    observedGeneration: ds.metadata.generation,
    updatedNumberScheduled: pods.filter((p) => p.metadata.labels?.[HASH_LABEL] === h.hash).length,
    numberAvailable: available,
    numberUnavailable: Math.max(0, 1 - available),
  };
  for (const k of ['updatedNumberScheduled', 'numberAvailable', 'numberUnavailable']) if (!status[k]) delete status[k];
  trimHistory(ctx, ds, h, new Set(pods.map((p) => p.metadata.labels?.[HASH_LABEL])));
  const fresh = ctx.store.get(R.daemonsets, ns, ds.metadata.name);
  if (fresh) writeStatus(ctx, R.daemonsets, fresh, status);
}
