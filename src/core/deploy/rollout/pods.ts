import type { Loose } from '../loose.js';
import type { KubeObject } from '../../kube/types.js';

/** Waiting reasons that will not fix themselves: the fail-fast rules. */
export const FATAL_REASONS = [
  'ImagePullBackOff',
  'ErrImagePull',
  'CrashLoopBackOff',
  'CreateContainerConfigError',
  'InvalidImageName',
];

/** A pod condition as the API reports it. */
export interface PodCondition {
  type: string;
  status: string;
  reason?: string;
  lastTransitionTime?: string;
}

/** The pod's Ready condition (absent before the kubelet first reports). */
export const readyCondition = (pod: KubeObject): PodCondition | undefined =>
  ((pod.status as { conditions?: PodCondition[] } | undefined)?.conditions ?? []).find((c) => c.type === 'Ready');

/** The parts of a container status that say whether it was killed for memory. */
export interface TerminationStates {
  state?: { terminated?: { reason?: string } };
  lastState?: { terminated?: { reason?: string } };
}

/** The container is, or last was, OOMKilled. */
export const oomKilled = (cs: TerminationStates) =>
  cs.state?.terminated?.reason === 'OOMKilled' || cs.lastState?.terminated?.reason === 'OOMKilled';

export interface ContainerProblem {
  pod: string;
  container: string;
  reason: string;
  message: string;
  restartCount: number;
  image: string;
}

/** Every container (init containers too) of a pod stuck in one of the fatal waiting reasons. */
export function podProblems(pod: KubeObject): ContainerProblem[] {
  const status = (pod.status ?? {}) as Loose;
  const statuses: Loose[] = [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])];
  const problems: ContainerProblem[] = [];
  for (const cs of statuses) {
    const waiting = cs.state?.waiting;
    if (!waiting || !FATAL_REASONS.includes(waiting.reason)) continue;
    const last = cs.lastState?.terminated;
    const exit = last ? ` (last exit code ${last.exitCode}${last.reason ? `, ${last.reason}` : ''})` : '';
    problems.push({
      pod: pod.metadata.name ?? '',
      container: cs.name,
      reason: waiting.reason,
      message: `${waiting.message ?? ''}${exit}`.trim(),
      restartCount: cs.restartCount ?? 0,
      image: cs.image ?? '',
    });
  }
  return problems;
}

/** A one-line view of a pod's containers for logs: `web-abc: app=CrashLoopBackOff(restarts 3)`. */
export function describeContainers(pod: KubeObject): string {
  const status = (pod.status ?? {}) as Loose;
  const parts = [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])].map((cs: Loose) => {
    const state =
      cs.state?.waiting?.reason ??
      (cs.state?.running ? (cs.ready ? 'Ready' : 'Running') : (cs.state?.terminated?.reason ?? 'Unknown'));
    return `${cs.name}=${state}(restarts ${cs.restartCount ?? 0})`;
  });
  return `${pod.metadata.name}: ${status.phase ?? 'Unknown'}${parts.length ? ` ${parts.join(' ')}` : ''}`;
}

/**
 * Remembers when each pod/container/reason was first seen, so a problem only fails the rollout
 * once it has lasted the grace period (a single ErrImagePull can be a registry hiccup).
 */
export class FailureTracker {
  private readonly firstSeen = new Map<string, number>();

  constructor(private readonly graceMs: number) {}

  /** The problems that have lasted at least the grace period, given the current pods. */
  update(pods: KubeObject[], now: number): ContainerProblem[] {
    const live = new Set<string>();
    const expired: ContainerProblem[] = [];
    for (const pod of pods) {
      for (const problem of podProblems(pod)) {
        // ErrImagePull and ImagePullBackOff alternate: one clock for the pull failure.
        const family = problem.reason.includes('Pull') ? 'pull' : problem.reason;
        const key = `${problem.pod}/${problem.container}/${family}`;
        live.add(key);
        if (!this.firstSeen.has(key)) this.firstSeen.set(key, now);
        if (now - (this.firstSeen.get(key) ?? now) >= this.graceMs) expired.push(problem);
      }
    }
    for (const key of this.firstSeen.keys()) if (!live.has(key)) this.firstSeen.delete(key);
    return expired;
  }
}
