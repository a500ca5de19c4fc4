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

/** Stable sort by dependency rank; objects of the same rank keep their order in the manifests. */
export function orderForApply(manifests: Manifest[]): Manifest[] {
  return manifests
    .map((manifest, index) => ({ manifest, index, rank: RANK[manifest.object.kind] ?? OTHER }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.manifest);
}
