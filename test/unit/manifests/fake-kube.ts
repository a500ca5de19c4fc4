import { KubeApiError } from '../../../src/core/kube/errors.js';
import type { KubeClient, KubeObject, ObjectRef, ResourceInfo } from '../../../src/core/kube/types.js';

const KINDS: ResourceInfo[] = [
  { apiVersion: 'v1', kind: 'ConfigMap', plural: 'configmaps', namespaced: true },
  { apiVersion: 'v1', kind: 'Service', plural: 'services', namespaced: true },
  { apiVersion: 'v1', kind: 'Namespace', plural: 'namespaces', namespaced: false },
  { apiVersion: 'apps/v1', kind: 'Deployment', plural: 'deployments', namespaced: true },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', plural: 'clusterroles', namespaced: false },
];

/**
 * An in-memory KubeClient for core unit tests: discovery of a few kinds, objects in a map, and
 * a hook deciding how an apply answers (to play the API server's validation or a conflict).
 */
export function fakeKube(options: { onApply?: (object: KubeObject, dryRun: boolean, force: boolean) => void } = {}) {
  const objects = new Map<string, KubeObject>();
  const applied: { object: KubeObject; dryRun: boolean; force: boolean }[] = [];
  const key = (ref: ObjectRef) => `${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
  const client: KubeClient = {
    resource: async (apiVersion, kind) => KINDS.find((k) => k.apiVersion === apiVersion && k.kind === kind),
    get: async <T extends KubeObject>(ref: ObjectRef) => objects.get(key(ref)) as T | undefined,
    list: async <T extends KubeObject>(apiVersion: string, kind: string, namespace: string | undefined) => ({
      items: [...objects.values()].filter(
        (o) => o.apiVersion === apiVersion && o.kind === kind && (!namespace || o.metadata.namespace === namespace),
      ) as T[],
      resourceVersion: '1',
    }),
    watch: async () => undefined,
    apply: async (object, o) => {
      applied.push({ object, dryRun: Boolean(o.dryRun), force: o.force });
      options.onApply?.(object, Boolean(o.dryRun), o.force);
      if (!o.dryRun)
        objects.set(key({ ...object, name: object.metadata.name ?? '', namespace: object.metadata.namespace }), object);
      return object;
    },
    patch: async () => {
      throw new KubeApiError(405, 'MethodNotAllowed', 'not in the fake');
    },
    delete: async (ref) => objects.delete(key(ref)),
  };
  return { client, objects, applied };
}
