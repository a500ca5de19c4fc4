import type { KubeClient, KubeObject, ObjectRef } from '../../kube/types.js';
import { selectorString } from '../rollout/revisions.js';
import type { WorkloadRecord } from './record.js';

type Obj = Record<string, unknown>;
const SKEW_MS = 5000;
const list = (value: unknown): Obj[] => (Array.isArray(value) ? (value as Obj[]) : []);
const obj = (value: unknown): Obj => (value && typeof value === 'object' ? (value as Obj) : {});
const name = (value: unknown): string | undefined => obj(value).name as string | undefined;

/** `ConfigMap/<name>` and `Secret/<name>` for every config a pod template reads (volumes, envFrom, env). */
export function configsReadBy(template: unknown): Set<string> {
  const spec = obj(obj(template).spec);
  const found = new Set<string>();
  const add = (kind: string, n: unknown) => typeof n === 'string' && n && found.add(`${kind}/${n}`);
  for (const volume of list(spec.volumes)) {
    add('ConfigMap', name(volume.configMap));
    add('Secret', obj(volume.secret).secretName);
    for (const source of list(obj(volume.projected).sources)) {
      add('ConfigMap', name(source.configMap));
      add('Secret', name(source.secret));
    }
  }
  for (const container of [...list(spec.containers), ...list(spec.initContainers)]) {
    for (const from of list(container.envFrom)) {
      add('ConfigMap', name(from.configMapRef));
      add('Secret', name(from.secretRef));
    }
    for (const env of list(container.env)) {
      add('ConfigMap', name(obj(env.valueFrom).configMapKeyRef));
      add('Secret', name(obj(env.valueFrom).secretKeyRef));
    }
  }
  return found;
}

/** Whether a workload's recorded template reads this ConfigMap or Secret. */
export const reads = (workload: WorkloadRecord, config: ObjectRef): boolean =>
  Boolean(workload.before && configsReadBy(workload.before.template).has(`${config.kind}/${config.name}`));

/**
 * Restarts the pods of a workload that started while the release's configuration was live
 * (created at or after `since`): env values are read once at start, so only a new pod sees the
 * restored ConfigMap or Secret. Their controller recreates them. Returns the names deleted.
 */
export async function restartReaders(client: KubeClient, workload: KubeObject, since: string): Promise<string[]> {
  // Pod times are the server's, whole seconds; the record's is the runner's: allow some skew.
  const from = new Date(Date.parse(since) - SKEW_MS).toISOString().slice(0, 19) + 'Z';
  const selector = selectorString(obj(workload.spec).selector as Parameters<typeof selectorString>[0]);
  const { items } = await client.list('v1', 'Pod', workload.metadata.namespace, { labelSelector: selector });
  const started = items.filter(
    (pod) => (pod.metadata.creationTimestamp ?? '') >= from && !pod.metadata.deletionTimestamp,
  );
  return deletePods(client, started);
}

/** Deletes pods (their controller recreates them) and returns their names. */
export async function deletePods(client: KubeClient, pods: KubeObject[]): Promise<string[]> {
  for (const pod of pods)
    await client.delete({
      apiVersion: 'v1',
      kind: 'Pod',
      name: pod.metadata.name ?? '',
      namespace: pod.metadata.namespace,
    });
  return pods.map((pod) => pod.metadata.name ?? '');
}
