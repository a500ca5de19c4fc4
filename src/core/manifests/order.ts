import type { Manifest } from './types.js';

/** Apply order: what others reference first, workloads after their config, routing last. */
const RANK: Record<string, number> = {
  Namespace: 0,
  CustomResourceDefinition: 1,
  PriorityClass: 2,
  StorageClass: 2,
  ServiceAccount: 3,
  ClusterRole: 3,
  Role: 3,
  ClusterRoleBinding: 4,
  RoleBinding: 4,
  ResourceQuota: 5,
  LimitRange: 5,
  Secret: 6,
  ConfigMap: 6,
  PersistentVolume: 7,
  PersistentVolumeClaim: 8,
  Service: 9,
  Deployment: 10,
  StatefulSet: 10,
  DaemonSet: 10,
  ReplicaSet: 10,
  Pod: 10,
  Job: 11,
  CronJob: 11,
  HorizontalPodAutoscaler: 12,
  PodDisruptionBudget: 12,
  Ingress: 13,
  NetworkPolicy: 13,
};
const OTHER = 12;

const rankOf = (manifest: Manifest) => RANK[manifest.object.kind] ?? OTHER;

/** Stable sort by dependency rank; objects of the same rank keep their order in the manifests. */
export function orderForApply(manifests: Manifest[]): Manifest[] {
  return manifests
    .map((manifest, index) => ({ manifest, index, rank: rankOf(manifest) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.manifest);
}

/**
 * The ordered manifests cut into dependency tiers (one per rank): a tier is applied only after
 * the one before it finished, objects within a tier concurrently.
 */
export function applyTiers(manifests: Manifest[]): Manifest[][] {
  const tiers: Manifest[][] = [];
  let last: number | undefined;
  for (const manifest of orderForApply(manifests)) {
    const rank = rankOf(manifest);
    if (rank !== last) tiers.push([]);
    tiers[tiers.length - 1].push(manifest);
    last = rank;
  }
  return tiers;
}
