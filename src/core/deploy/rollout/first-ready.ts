import type { KubeObject } from '../../kube/types.js';
import { readyCondition } from './pods.js';

const isReady = (pod: KubeObject) => readyCondition(pod)?.status === 'True';

/** Names of the pods already Ready when the wait began (they are not this rollout's first pod). */
export const readyPodNames = (pods: KubeObject[]) => new Set(pods.filter(isReady).map((p) => p.metadata.name ?? ''));

/** A pod that was not Ready when the wait began is Ready now: the rollout's first new pod (release timeline). */
export const firstNewPodReady = (pods: Map<string, KubeObject>, initial: Set<string> | undefined) =>
  initial !== undefined && [...pods.entries()].some(([name, pod]) => !initial.has(name) && isReady(pod));
