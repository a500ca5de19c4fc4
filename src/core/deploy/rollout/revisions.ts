import type { Loose } from '../loose.js';
import type { KubeClient, KubeObject } from '../../kube/types.js';

/** Labels and annotations the controllers use to tie revisions to pods. */
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const POD_TEMPLATE_HASH = 'pod-template-hash';
export const CONTROLLER_REVISION_HASH = 'controller-revision-hash';

/** A label selector object as the `labelSelector` query string. */
export function selectorString(selector: Loose | undefined): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) parts.push(`${key}=${value}`);
  for (const e of selector?.matchExpressions ?? []) {
    if (e.operator === 'In') parts.push(`${e.key} in (${e.values.join(',')})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${e.values.join(',')})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.join(',');
}

/** Controlled by that owner (by uid, so a recreated namesake does not count). */
export const isOwnedBy = (object: KubeObject, owner: KubeObject): boolean =>
  (object.metadata.ownerReferences ?? []).some((ref) => ref.uid === owner.metadata.uid && ref.controller !== false);

/** The deployment.kubernetes.io/revision number of a Deployment or ReplicaSet (0 when unset). */
export const revisionOf = (object: KubeObject): number =>
  Number(object.metadata.annotations?.[REVISION_ANNOTATION] ?? 0);

/** The ReplicaSets a Deployment controls, newest revision first. */
export async function replicaSetsOf(client: KubeClient, deployment: KubeObject): Promise<KubeObject[]> {
  const selector = selectorString((deployment.spec as Loose)?.selector);
  const { items } = await client.list('apps/v1', 'ReplicaSet', deployment.metadata.namespace, {
    labelSelector: selector,
  });
  return items.filter((rs) => isOwnedBy(rs, deployment)).sort((a, b) => revisionOf(b) - revisionOf(a));
}

/** The ControllerRevisions of a StatefulSet or DaemonSet, newest first. */
export async function controllerRevisionsOf(client: KubeClient, workload: KubeObject): Promise<KubeObject[]> {
  const selector = selectorString((workload.spec as Loose)?.selector);
  const { items } = await client.list('apps/v1', 'ControllerRevision', workload.metadata.namespace, {
    labelSelector: selector,
  });
  return items
    .filter((cr) => isOwnedBy(cr, workload))
    .sort((a, b) => Number((b as Loose).revision) - Number((a as Loose).revision));
}

/** The revision a workload runs now: deployment annotation, or the ControllerRevision number. */
export interface CurrentRevision {
  revision: number;
  /** pod-template-hash (Deployment) or controller-revision-hash values identifying its pods. */
  podHashes: string[];
  /** The ReplicaSet or ControllerRevision holding that revision. */
  holder?: KubeObject;
}

/** Finds what a workload runs now; undefined until the controller has created it. */
export async function currentRevision(client: KubeClient, workload: KubeObject): Promise<CurrentRevision | undefined> {
  if (workload.kind === 'Deployment') {
    const wanted = revisionOf(workload);
    const rs = (await replicaSetsOf(client, workload)).find((r) => revisionOf(r) === wanted);
    if (!rs) return undefined;
    const hash = rs.metadata.labels?.[POD_TEMPLATE_HASH];
    return { revision: wanted, podHashes: hash ? [hash] : [], holder: rs };
  }
  const revisions = await controllerRevisionsOf(client, workload);
  const status = (workload.status ?? {}) as Loose;
  const cr =
    workload.kind === 'StatefulSet' && status.updateRevision
      ? (revisions.find((r) => r.metadata.name === status.updateRevision) ?? revisions[0])
      : revisions[0];
  if (!cr) return undefined;
  const hashes = [cr.metadata.name ?? '', cr.metadata.labels?.[CONTROLLER_REVISION_HASH] ?? ''].filter(Boolean);
  return { revision: Number((cr as Loose).revision ?? 0), podHashes: hashes, holder: cr };
}

/** Whether a pod belongs to the revision identified by these hashes. */
export function podInRevision(pod: KubeObject, hashes: string[]): boolean {
  const labels = pod.metadata.labels ?? {};
  return hashes.includes(labels[POD_TEMPLATE_HASH] ?? '') || hashes.includes(labels[CONTROLLER_REVISION_HASH] ?? '');
}

/** Server time of the latest write by this field manager (from managedFields), to tell our change from older state. */
export function lastWriteTime(object: KubeObject, manager: string): string | undefined {
  const entries = ((object.metadata.managedFields ?? []) as { manager?: string; time?: string }[]).filter(
    (e) => e.manager === manager && e.time,
  );
  return entries
    .map((e) => e.time!)
    .sort()
    .at(-1);
}
