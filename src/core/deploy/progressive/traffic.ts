import type { KubeClient, ObjectRef } from '../../kube/types.js';
import { canaryReplicas, replicaShare } from './objects.js';
import type { TrafficMode } from './state.js';

/**
 * How traffic is split between stable and canary. Each mode moves a share of requests with
 * plain Kubernetes objects; none needs a controller in the cluster.
 */
export interface TrafficRouter {
  mode: TrafficMode;
  /** Sends about `weight` percent of requests to the canary; resolves to the exact share configured. */
  setWeight(weight: number): Promise<number>;
  /** Every request back to stable (the first thing an abort does). */
  reset(): Promise<void>;
  /** Removes what the mode added besides the canary workload and Service (route backends, canary Ingress). */
  cleanup(): Promise<void>;
}

/**
 * replicas mode: the canary Deployment sits behind the same Service as stable, so the share is
 * its pod count over all pods; at weight w it gets ceil(stable * w / 100) replicas (at least 1).
 */
export function replicasRouter(
  client: KubeClient,
  canary: ObjectRef,
  stableReplicas: number,
  fieldManager: string,
): TrafficRouter {
  const scale = (replicas: number) => client.patch(canary, { spec: { replicas } }, 'merge', fieldManager);
  return {
    mode: 'replicas',
    async setWeight(weight) {
      const replicas = canaryReplicas(stableReplicas, weight);
      await scale(replicas);
      return replicaShare(stableReplicas, replicas);
    },
    async reset() {
      if (await client.get(canary)) await scale(0);
    },
    cleanup: () => Promise.resolve(),
  };
}
