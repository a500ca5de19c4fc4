import { clone, deepEqual, nowTime, type Obj } from '../types.js';
import { KCM, ownedBy, ownerRef, R, setCondition, templateHash, type ControllerContext } from './context.js';
import { fenceposts, newReplicaCount, oldScaleDowns, revisionOf, specReplicas, statusSum } from './rollout-math.js';
import { deploymentStatus } from './deployment-status.js';

const REV = 'deployment.kubernetes.io/revision';
const HASH = 'pod-template-hash';

/** Template without the pod-template-hash label, so a ReplicaSet's template compares to its deployment's. */
function withoutHash(t: Obj): Obj {
  const c = clone(t);
  if (c.metadata?.labels) delete c.metadata.labels[HASH];
  if (c.metadata?.labels && !Object.keys(c.metadata.labels).length) delete c.metadata.labels;
  return c;
}

function scaleRS(ctx: ControllerContext, d: Obj, rs: Obj, replicas: number): boolean {
  if (rs.spec.replicas === replicas) return false;
  const annotations = {
    ...rs.metadata.annotations,
    'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas),
    'deployment.kubernetes.io/max-replicas': String(d.spec.replicas + fenceposts(d).surge),
  };
  ctx.api.update(
    R.replicasets,
    rs.metadata.namespace,
    rs.metadata.name,
    { ...rs, metadata: { ...rs.metadata, annotations }, spec: { ...rs.spec, replicas } },
    { manager: KCM },
  );
  const verb = replicas > rs.spec.replicas ? 'up' : 'down';
  ctx.events.record(
    d,
    'Normal',
    'ScalingReplicaSet',
    `Scaled ${verb} replica set ${rs.metadata.name} to ${replicas}`,
    'deployment-controller',
  );
  return true;
}

async function createNewRS(ctx: ControllerContext, d: Obj, all: Obj[], revision: number): Promise<Obj> {
  const hash = templateHash(d.spec.template, d.status?.collisionCount);
  const template = clone(d.spec.template);
  template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, [HASH]: hash } };
  const rs: Obj = {
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      labels: template.metadata.labels,
      annotations: {
        ...copiedAnnotations(d),
        [REV]: String(revision),
        'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas),
        'deployment.kubernetes.io/max-replicas': String(d.spec.replicas + fenceposts(d).surge),
      },
      ownerReferences: [ownerRef(d)],
    },
    spec: {
      replicas: 0,
      minReadySeconds: d.spec.minReadySeconds ?? 0,
      selector: { ...d.spec.selector, matchLabels: { ...d.spec.selector.matchLabels, [HASH]: hash } },
      template,
    },
  };
  rs.spec.replicas = d.spec.strategy?.type === 'Recreate' ? 0 : newReplicaCount(d, all, rs);
  const created = await ctx.api.create(R.replicasets, d.metadata.namespace, rs, { manager: KCM });
  if (created.spec.replicas > 0)
    ctx.events.record(
      d,
      'Normal',
      'ScalingReplicaSet',
      `Scaled up replica set ${created.metadata.name} to ${created.spec.replicas}`,
      'deployment-controller',
    );
  return created;
}

/** Annotations the controller never copies from a Deployment to its ReplicaSets. */
const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REV,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

/** The Deployment's own annotations (change-cause, user ones) as the new ReplicaSet carries them. */
function copiedAnnotations(d: Obj): Record<string, string> {
  return Object.fromEntries(
    Object.entries((d.metadata.annotations ?? {}) as Record<string, string>).filter(([k]) => !NOT_COPIED.has(k)),
  );
}

/**
 * Keeps the new ReplicaSet's annotations in step: the Deployment's annotations are copied over
 * (added or overwritten, never removed) and a reused ReplicaSet (rollout undo) gets the next
 * revision, remembering its old ones in revision-history.
 */
function syncNewRSAnnotations(ctx: ControllerContext, rs: Obj, revision: number, d: Obj): Obj {
  const annotations: Record<string, string> = { ...rs.metadata.annotations, ...copiedAnnotations(d) };
  const current = revisionOf(rs);
  if (current < revision) {
    const history = annotations['deployment.kubernetes.io/revision-history'];
    if (current)
      annotations['deployment.kubernetes.io/revision-history'] = history ? `${history},${current}` : String(current);
    annotations[REV] = String(revision);
  }
  if (deepEqual(annotations, rs.metadata.annotations ?? {})) return rs;
  return ctx.api.update(
    R.replicasets,
    rs.metadata.namespace,
    rs.metadata.name,
    { ...rs, metadata: { ...rs.metadata, annotations } },
    { manager: KCM },
  );
}

function syncDeploymentRevision(ctx: ControllerContext, d: Obj, newRS: Obj): Obj {
  const rev = String(revisionOf(newRS));
  if (d.metadata.annotations?.[REV] === rev) return d;
  const annotations = { ...d.metadata.annotations, [REV]: rev };
  return ctx.api.update(
    R.deployments,
    d.metadata.namespace,
    d.metadata.name,
    { ...d, metadata: { ...d.metadata, annotations } },
    { manager: KCM },
  );
}

function cleanupHistory(ctx: ControllerContext, d: Obj, oldRSs: Obj[]): void {
  const limit = d.spec.revisionHistoryLimit ?? 10;
  const idle = oldRSs
    .filter((rs) => rs.spec.replicas === 0 && statusSum([rs], 'replicas') === 0)
    .sort((a, b) => revisionOf(a) - revisionOf(b));
  for (const rs of idle.slice(0, Math.max(0, idle.length - limit)))
    ctx.api.delete(R.replicasets, rs.metadata.namespace, rs.metadata.name);
}

/** Rolling or Recreate step; returns true when it changed a ReplicaSet's scale. */
function rollStep(ctx: ControllerContext, d: Obj, newRS: Obj, oldRSs: Obj[]): boolean {
  let changed = false;
  if (d.spec.strategy?.type === 'Recreate') {
    for (const rs of oldRSs) changed = scaleRS(ctx, d, rs, 0) || changed;
    const running = (p: Obj) => !['Succeeded', 'Failed'].includes(p.status?.phase);
    const oldPods = ctx.store
      .list(R.pods, d.metadata.namespace)
      .filter((p) => running(p) && oldRSs.some((rs) => ownedBy(p, rs)));
    if (!changed && !oldPods.length) changed = scaleRS(ctx, d, newRS, d.spec.replicas);
    return changed;
  }
  if (newRS.spec.replicas > d.spec.replicas) return scaleRS(ctx, d, newRS, d.spec.replicas);
  const wanted = newReplicaCount(d, [newRS, ...oldRSs], newRS);
  if (newRS.spec.replicas < d.spec.replicas && wanted !== newRS.spec.replicas) return scaleRS(ctx, d, newRS, wanted);
  for (const [name, replicas] of oldScaleDowns(d, oldRSs, newRS))
    changed =
      scaleRS(
        ctx,
        d,
        oldRSs.find((r) => r.metadata.name === name)!,
        replicas,
      ) || changed;
  return changed;
}

/**
 * The deployment controller: one ReplicaSet per pod template (named by its hash), revision
 * annotations (reused ReplicaSets get the next revision on undo), rolling updates within
 * maxSurge/maxUnavailable, Recreate, pause, history cleanup and the status conditions.
 */
export async function syncDeployment(ctx: ControllerContext, d: Obj): Promise<void> {
  if (d.metadata.deletionTimestamp) return;
  const rsList = ctx.store
    .list(R.replicasets, d.metadata.namespace)
    .filter((rs) => ownedBy(rs, d) && !rs.metadata.deletionTimestamp);
  let newRS = rsList.find((rs) => deepEqual(withoutHash(rs.spec.template), d.spec.template));
  const oldRSs = rsList.filter((rs) => rs !== newRS);
  const maxOld = Math.max(0, ...oldRSs.map(revisionOf));
  const before = clone(d.status ?? {});
  let created = false;
  if (d.spec.paused) {
    if (newRS && specReplicas(oldRSs) === 0) scaleRS(ctx, d, newRS, d.spec.replicas);
  } else {
    if (!newRS) {
      newRS = await createNewRS(ctx, d, rsList, maxOld + 1);
      created = true;
    } else newRS = syncNewRSAnnotations(ctx, newRS, maxOld + 1, d);
    d = syncDeploymentRevision(ctx, d, newRS);
    const refreshed = (rs: Obj) => ctx.store.get(R.replicasets, rs.metadata.namespace, rs.metadata.name) ?? rs;
    if (!rollStep(ctx, d, newRS, oldRSs) && specReplicas(oldRSs) === 0) cleanupHistory(ctx, d, oldRSs);
    newRS = refreshed(newRS);
    oldRSs.splice(0, oldRSs.length, ...oldRSs.map(refreshed));
  }
  const status = deploymentStatus(d, newRS, oldRSs, before, created, nowTime());
  if (!deepEqual(status, d.status ?? {}))
    ctx.api.update(
      R.deployments,
      d.metadata.namespace,
      d.metadata.name,
      { ...d, status },
      { subresource: 'status', manager: KCM },
    );
}

export { setCondition };
