import type { Loose } from '../loose.js';
import type { KubeObject } from '../../kube/types.js';

/** One evaluation of a workload, worded like `kubectl rollout status`. */
export interface RolloutStatus {
  done: boolean;
  message: string;
  /** Set when the rollout cannot finish (progress deadline exceeded, unsupported strategy). */
  error?: string;
  /** updated/ready/available of desired, for progress lines and the summary. */
  counts: { desired: number; updated: number; ready: number; available: number };
}

function counts(desired: number, s: Loose, ready: string, available: string, updated: string) {
  return { desired, updated: s[updated] ?? 0, ready: s[ready] ?? 0, available: s[available] ?? 0 };
}

/**
 * kubectl's DeploymentStatusViewer, rule for rule, with one addition: a ProgressDeadlineExceeded
 * condition last updated before `staleBefore` (the server time of our own write) is left over
 * from the release being replaced. The controller keeps it until the new rollout progresses, so
 * an undo of a stuck release would otherwise fail at once.
 */
export function deploymentStatus(d: KubeObject, staleBefore?: string): RolloutStatus {
  const spec = (d.spec ?? {}) as Loose;
  const s = (d.status ?? {}) as Loose;
  const name = d.metadata.name;
  const desired = spec.replicas ?? 1;
  const c = counts(desired, s, 'readyReplicas', 'availableReplicas', 'updatedReplicas');
  if ((d.metadata.generation ?? 0) > (s.observedGeneration ?? 0)) {
    return { done: false, message: 'Waiting for deployment spec update to be observed...', counts: c };
  }
  const progressing = (s.conditions ?? []).find((x: Loose) => x.type === 'Progressing');
  const stale =
    staleBefore && progressing?.lastUpdateTime && Date.parse(progressing.lastUpdateTime) <= Date.parse(staleBefore);
  if (progressing?.reason === 'ProgressDeadlineExceeded' && !stale) {
    return {
      done: false,
      message: `deployment "${name}" exceeded its progress deadline`,
      error: `deployment "${name}" exceeded its progress deadline (ProgressDeadlineExceeded: ${progressing.message ?? ''})`,
      counts: c,
    };
  }
  const updated = s.updatedReplicas ?? 0;
  if (spec.replicas !== undefined && updated < spec.replicas) {
    return {
      done: false,
      message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${spec.replicas} new replicas have been updated...`,
      counts: c,
    };
  }
  if ((s.replicas ?? 0) > updated) {
    return {
      done: false,
      message: `Waiting for deployment "${name}" rollout to finish: ${(s.replicas ?? 0) - updated} old replicas are pending termination...`,
      counts: c,
    };
  }
  if ((s.availableReplicas ?? 0) < updated) {
    return {
      done: false,
      message: `Waiting for deployment "${name}" rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...`,
      counts: c,
    };
  }
  return { done: true, message: `deployment "${name}" successfully rolled out`, counts: c };
}

/** kubectl's DaemonSetStatusViewer. */
export function daemonSetStatus(ds: KubeObject): RolloutStatus {
  const spec = (ds.spec ?? {}) as Loose;
  const s = (ds.status ?? {}) as Loose;
  const name = ds.metadata.name;
  const desired = s.desiredNumberScheduled ?? 0;
  const c = counts(desired, s, 'numberReady', 'numberAvailable', 'updatedNumberScheduled');
  if ((spec.updateStrategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') {
    return {
      done: true,
      message: 'rollout status is only available for RollingUpdate strategy type',
      error: `daemon set "${name}": rollout status is only available for RollingUpdate strategy type`,
      counts: c,
    };
  }
  if ((ds.metadata.generation ?? 0) > (s.observedGeneration ?? 0)) {
    return { done: false, message: 'Waiting for daemon set spec update to be observed...', counts: c };
  }
  if ((s.updatedNumberScheduled ?? 0) < desired) {
    return {
      done: false,
      message: `Waiting for daemon set "${name}" rollout to finish: ${s.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...`,
      counts: c,
    };
  }
  if ((s.numberAvailable ?? 0) < desired) {
    return {
      done: false,
      message: `Waiting for daemon set "${name}" rollout to finish: ${s.numberAvailable ?? 0} of ${desired} updated pods are available...`,
      counts: c,
    };
  }
  return { done: true, message: `daemon set "${name}" successfully rolled out`, counts: c };
}

/** kubectl's StatefulSetStatusViewer, partitions included. */
export function statefulSetStatus(sts: KubeObject): RolloutStatus {
  const spec = (sts.spec ?? {}) as Loose;
  const s = (sts.status ?? {}) as Loose;
  const c = counts(spec.replicas ?? 1, s, 'readyReplicas', 'availableReplicas', 'updatedReplicas');
  const strategy = spec.updateStrategy ?? { type: 'RollingUpdate' };
  if ((strategy.type ?? 'RollingUpdate') !== 'RollingUpdate') {
    return {
      done: true,
      message: 'rollout status is only available for RollingUpdate strategy type',
      error: `statefulset "${sts.metadata.name}": rollout status is only available for RollingUpdate strategy type`,
      counts: c,
    };
  }
  if (!s.observedGeneration || (sts.metadata.generation ?? 0) > s.observedGeneration) {
    return { done: false, message: 'Waiting for statefulset spec update to be observed...', counts: c };
  }
  if (spec.replicas !== undefined && (s.readyReplicas ?? 0) < spec.replicas) {
    return {
      done: false,
      message: `Waiting for ${spec.replicas - (s.readyReplicas ?? 0)} pods to be ready...`,
      counts: c,
    };
  }
  if (strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (
      spec.replicas !== undefined &&
      partition !== undefined &&
      (s.updatedReplicas ?? 0) < spec.replicas - partition
    ) {
      return {
        done: false,
        message: `Waiting for partitioned roll out to finish: ${s.updatedReplicas ?? 0} out of ${spec.replicas - partition} new pods have been updated...`,
        counts: c,
      };
    }
    return {
      done: true,
      message: `partitioned roll out complete: ${s.updatedReplicas ?? 0} new pods have been updated...`,
      counts: c,
    };
  }
  if (s.updateRevision !== s.currentRevision) {
    return {
      done: false,
      message: `waiting for statefulset rolling update to complete ${s.updatedReplicas ?? 0} pods at revision ${s.updateRevision}...`,
      counts: c,
    };
  }
  return {
    done: true,
    message: `statefulset rolling update complete ${s.currentReplicas ?? 0} pods at revision ${s.currentRevision}...`,
    counts: c,
  };
}

/** Dispatches on kind; only apps/v1 workloads have a rollout. */
export function rolloutStatus(workload: KubeObject, staleBefore?: string): RolloutStatus {
  if (workload.kind === 'Deployment') return deploymentStatus(workload, staleBefore);
  if (workload.kind === 'DaemonSet') return daemonSetStatus(workload);
  if (workload.kind === 'StatefulSet') return statefulSetStatus(workload);
  return {
    done: true,
    message: `${workload.kind} has no rollout`,
    counts: { desired: 0, updated: 0, ready: 0, available: 0 },
  };
}
