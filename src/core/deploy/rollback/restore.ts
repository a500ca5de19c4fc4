import type { Loose } from '../loose.js';
import type { KubeClient, KubeObject } from '../../kube/types.js';
import { podProblems } from '../rollout/pods.js';
import {
  controllerRevisionsOf,
  isOwnedBy,
  replicaSetsOf,
  revisionOf,
  selectorString,
  POD_TEMPLATE_HASH,
} from '../rollout/revisions.js';
import { deletePods } from './readers.js';
import { normalizeTemplate, sameTemplate, type WorkloadState } from './record.js';

/** Annotations kubectl never copies from a ReplicaSet back onto its Deployment on undo. */
const SKIP_ANNOTATIONS = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

/** A revision to go back to: the template and, when still present, the object holding it. */
export interface RestoreTarget {
  template: Loose;
  revision: number;
  holder?: KubeObject;
}

/** The target of a deploy record: its ReplicaSet/ControllerRevision if still kept, else the recorded template. */
export async function targetFromState(
  client: KubeClient,
  live: KubeObject,
  state: WorkloadState,
): Promise<RestoreTarget> {
  const holders =
    live.kind === 'Deployment' ? await replicaSetsOf(client, live) : await controllerRevisionsOf(client, live);
  const holder =
    holders.find((h) => h.metadata.name === state.holder) ??
    holders.find((h) => sameTemplate(templateOfHolder(h), state.template));
  return { template: holder ? templateOfHolder(holder) : state.template, revision: state.revision, holder };
}

/** `kubectl rollout undo --to-revision=N` (0 = the previous revision) target selection. */
export async function targetFromRevision(
  client: KubeClient,
  live: KubeObject,
  toRevision: number,
): Promise<RestoreTarget> {
  const holders =
    live.kind === 'Deployment' ? await replicaSetsOf(client, live) : await controllerRevisionsOf(client, live);
  const numberOf = (h: KubeObject) => (live.kind === 'Deployment' ? revisionOf(h) : Number((h as Loose).revision ?? 0));
  const revisions = [...new Set(holders.map(numberOf))].sort((a, b) => b - a);
  const wanted = toRevision === 0 ? revisions[1] : toRevision;
  if (wanted === undefined)
    throw new Error(
      `no previous revision found for ${live.kind.toLowerCase()}/${live.metadata.name} (revisions: ${revisions.join(', ') || 'none'})`,
    );
  const holder = holders.find((h) => numberOf(h) === wanted);
  if (!holder)
    throw new Error(
      `unable to find revision ${wanted} of ${live.kind.toLowerCase()}/${live.metadata.name} in its history (revisions: ${revisions.join(', ')})`,
    );
  return { template: templateOfHolder(holder), revision: wanted, holder };
}

/** The pod template a ReplicaSet or ControllerRevision holds, without the hash label. */
export function templateOfHolder(holder: KubeObject): Loose {
  if (holder.kind === 'ControllerRevision') return normalizeTemplate((holder as Loose).data?.spec?.template);
  return normalizeTemplate((holder.spec as Loose)?.template);
}

/** kubectl's annotation rule: keep the Deployment's skip-listed annotations, take the rest from the ReplicaSet. */
export function undoAnnotations(deployment: KubeObject, rs: KubeObject | undefined): Record<string, string> {
  const current = deployment.metadata.annotations ?? {};
  if (!rs) return { ...current };
  const annotations: Record<string, string> = {};
  for (const key of SKIP_ANNOTATIONS) if (current[key] !== undefined) annotations[key] = current[key];
  for (const [key, value] of Object.entries(rs.metadata.annotations ?? {}))
    if (!SKIP_ANNOTATIONS.has(key)) annotations[key] = value;
  return annotations;
}

/**
 * Applies the target the way `kubectl rollout undo` does. Deployments: a JSON patch replacing
 * spec.template (the ReplicaSet's, hash label removed) and metadata.annotations, so the
 * controller adopts the old ReplicaSet and gives it the next revision. StatefulSets and
 * DaemonSets: the ControllerRevision's data as a strategic merge patch. Returns undefined when
 * the live template already equals the target (nothing to do: rollback is idempotent).
 */
export async function restoreTemplate(
  client: KubeClient,
  live: KubeObject,
  target: RestoreTarget,
  extraAnnotations: Record<string, string>,
  fieldManager: string,
): Promise<KubeObject | undefined> {
  const spec = (live.spec ?? {}) as Loose;
  if (sameTemplate(spec.template, target.template)) return undefined;
  const ref = {
    apiVersion: live.apiVersion,
    kind: live.kind,
    name: live.metadata.name ?? '',
    namespace: live.metadata.namespace,
  };
  if (live.kind === 'Deployment') {
    if (spec.paused)
      throw new Error(`deployment/${ref.name} is paused; resume it (kubectl rollout resume) before rolling back`);
    const template = normalizeTemplate(target.template);
    if (template.metadata?.labels) delete template.metadata.labels[POD_TEMPLATE_HASH];
    const annotations = { ...undoAnnotations(live, target.holder), ...extraAnnotations };
    return client.patch(
      ref,
      [
        { op: 'replace', path: '/spec/template', value: template },
        { op: 'replace', path: '/metadata/annotations', value: annotations },
      ],
      'json',
      fieldManager,
    );
  }
  const data = target.holder
    ? (target.holder as Loose).data
    : { spec: { template: { ...target.template, $patch: 'replace' } } };
  await client.patch(ref, data, 'strategic', fieldManager);
  return client.patch(ref, { metadata: { annotations: extraAnnotations } }, 'merge', fieldManager);
}

/**
 * The StatefulSet "forced rollback" step: with OrderedReady the controller never replaces a pod
 * that is not Ready, so pods stuck in a fatal state are deleted and recreated from the restored
 * template. Returns the names deleted.
 */
export async function replaceBrokenPods(client: KubeClient, statefulSet: KubeObject): Promise<string[]> {
  const selector = selectorString((statefulSet.spec as Loose)?.selector);
  const { items } = await client.list('v1', 'Pod', statefulSet.metadata.namespace, { labelSelector: selector });
  const broken = items.filter((pod) => isOwnedBy(pod, statefulSet) && podProblems(pod).length > 0);
  return deletePods(client, broken);
}
