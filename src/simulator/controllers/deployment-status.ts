import type { Obj } from '../types.js';
import { setCondition } from './context.js';
import { fenceposts, specReplicas, statusSum } from './rollout-math.js';

const msg = {
  created: (n: string) => `Created new replica set "${n}"`,
  found: (n: string) => `Found new replica set "${n}"`,
  progressing: (n: string) => `ReplicaSet "${n}" is progressing.`,
  complete: (n: string) => `ReplicaSet "${n}" has successfully progressed.`,
  timedOut: (n: string) => `ReplicaSet "${n}" has timed out progressing.`,
};

function complete(d: Obj, s: Obj): boolean {
  const want = d.spec.replicas;
  return (
    s.updatedReplicas === want &&
    s.replicas === want &&
    s.availableReplicas === want &&
    s.observedGeneration >= d.metadata.generation
  );
}

function progressed(old: Obj, s: Obj): boolean {
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = s.replicas - s.updatedReplicas;
  return (
    s.updatedReplicas > (old.updatedReplicas ?? 0) ||
    newOld < oldOld ||
    s.readyReplicas > (old.readyReplicas ?? 0) ||
    s.availableReplicas > (old.availableReplicas ?? 0)
  );
}

function timedOut(d: Obj, cond: Obj | undefined, now: string): boolean {
  if (!cond || cond.reason === 'NewReplicaSetAvailable') return false;
  if (cond.reason === 'ProgressDeadlineExceeded') return true;
  return Date.parse(now) > Date.parse(cond.lastUpdateTime) + d.spec.progressDeadlineSeconds * 1000;
}

function progressing(d: Obj, s: Obj, old: Obj, newRS: Obj | undefined, created: boolean, now: string): Obj[] {
  let conds: Obj[] = s.conditions;
  const name = newRS?.metadata.name ?? '';
  const cond = () => conds.find((c) => c.type === 'Progressing');
  if (d.spec.paused)
    return setCondition(
      conds,
      { type: 'Progressing', status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' },
      now,
    );
  if (cond()?.reason === 'DeploymentPaused')
    conds = setCondition(
      conds,
      { type: 'Progressing', status: 'Unknown', reason: 'DeploymentResumed', message: 'Deployment is resumed' },
      now,
    );
  if (created)
    conds = setCondition(
      conds,
      { type: 'Progressing', status: 'True', reason: 'NewReplicaSetCreated', message: msg.created(name) },
      now,
    );
  else if (!cond() && newRS)
    conds = setCondition(
      conds,
      { type: 'Progressing', status: 'True', reason: 'FoundNewReplicaSet', message: msg.found(name) },
      now,
    );
  const current = cond();
  const isComplete = s.replicas === s.updatedReplicas && current?.reason === 'NewReplicaSetAvailable';
  if (isComplete || !newRS) return conds;
  if (complete(d, s))
    return setCondition(
      conds,
      { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: msg.complete(name) },
      now,
    );
  if (progressed(old, s)) {
    const next = {
      type: 'Progressing',
      status: 'True',
      reason: 'ReplicaSetUpdated',
      message: msg.progressing(name),
      lastUpdateTime: now,
      lastTransitionTime: current?.status === 'True' ? current.lastTransitionTime : now,
    };
    return [...conds.filter((c) => c.type !== 'Progressing'), next];
  }
  if (timedOut(d, current, now))
    return setCondition(
      conds,
      { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: msg.timedOut(name) },
      now,
    );
  return conds;
}

/** The deployment status the real controller computes: counts, observedGeneration, Available and Progressing. */
export function deploymentStatus(
  d: Obj,
  newRS: Obj | undefined,
  oldRSs: Obj[],
  old: Obj,
  created: boolean,
  now: string,
): Obj {
  const all = newRS ? [newRS, ...oldRSs] : oldRSs;
  const available = statusSum(all, 'availableReplicas');
  const s: Obj = {
    observedGeneration: d.metadata.generation,
    replicas: statusSum(all, 'replicas'),
    updatedReplicas: newRS?.status?.replicas ?? 0,
    readyReplicas: statusSum(all, 'readyReplicas'),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, specReplicas(all) - available),
    conditions: [...(old.conditions ?? [])],
    ...(old.collisionCount ? { collisionCount: old.collisionCount } : {}),
  };
  const minAvailable = d.spec.replicas - fenceposts(d).unavailable;
  const avail =
    available >= minAvailable
      ? {
          type: 'Available',
          status: 'True',
          reason: 'MinimumReplicasAvailable',
          message: 'Deployment has minimum availability.',
        }
      : {
          type: 'Available',
          status: 'False',
          reason: 'MinimumReplicasUnavailable',
          message: 'Deployment does not have minimum availability.',
        };
  s.conditions = setCondition(s.conditions, avail, now);
  s.conditions = progressing(d, s, old, newRS, created, now);
  s.conditions.sort((a: Obj, b: Obj) => (a.type === 'Available' ? -1 : b.type === 'Available' ? 1 : 0));
  for (const k of ['readyReplicas', 'availableReplicas', 'unavailableReplicas', 'updatedReplicas', 'replicas'])
    if (!s[k]) delete s[k];
  return s;
}
