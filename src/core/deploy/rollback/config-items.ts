import { describeRef, type KubeClient, type ObjectRef } from '../../kube/types.js';
import { restoreConfigs } from './config.js';
import { reads, restartReaders } from './readers.js';
import { workloadKey, type DeployRecord, type ResourceRecord, type WorkloadRecord } from './record.js';
import type { RollbackItem, RollbackOptions } from './types.js';

/**
 * Restores the record's configuration snapshots and restarts the pods that started while the
 * release's configuration was live in every workload reading a restored ConfigMap or Secret.
 */
export async function restoreConfigItems(
  client: KubeClient,
  record: DeployRecord,
  options: RollbackOptions,
): Promise<RollbackItem[]> {
  const restored = await restoreConfigs(client, record, options.fieldManager);
  const items: RollbackItem[] = restored.map((r) => ({
    ref: r.ref,
    key: workloadKey(r.ref),
    action: !r.ok ? 'failed' : r.changed ? 'restored' : 'unchanged',
    message: r.message,
  }));
  for (const r of restored) options.log(r.message);
  const back = restored.filter((r) => r.changed).map((r) => r.ref);
  for (const w of record.workloads.filter((w) => back.some((ref) => reads(w, ref)))) {
    const live = await client.get(w);
    if (!live) continue;
    const pods = await restartReaders(client, live, record.createdAt);
    if (pods.length)
      options.log(`${describeRef(w)}: restarted pod(s) ${pods.join(', ')} so they read the restored configuration`);
  }
  return items;
}

/** A workload the release (or anyone since) deleted: created again from the record's copy. */
export async function recreateWorkload(
  client: KubeClient,
  w: WorkloadRecord,
  options: RollbackOptions,
): Promise<RollbackItem> {
  const key = workloadKey(w);
  const prior = w.before?.object;
  if (!prior)
    return {
      ref: w,
      key,
      action: 'missing',
      message: `${describeRef(w)} no longer exists and the record has no copy of it; re-run the previous deploy to recreate it`,
    };
  try {
    await client.apply(prior, { fieldManager: options.fieldManager, force: true });
    options.log(`${describeRef(w)}: recreated as it was before the deploy`);
    return { ref: w, key, action: 'recreated', message: `${describeRef(w)} recreated as it was before the deploy` };
  } catch (error) {
    return {
      ref: w,
      key,
      action: 'failed',
      message: `${describeRef(w)}: recreate failed: ${(error as Error).message}`,
    };
  }
}

/**
 * A ConfigMap or Secret the release created that the rollback target still reads (a
 * content-hashed name the old template refers to) is kept, not pruned.
 */
export function keepsNeededConfig(record: DeployRecord, resource: ResourceRecord): RollbackItem | undefined {
  const ref: ObjectRef = resource;
  const reader = record.workloads.find((w) => w.existedBefore && reads(w, ref));
  if (!reader) return undefined;
  return {
    ref,
    key: workloadKey(ref),
    action: 'kept',
    message: `${describeRef(ref)} was created by the deploy but ${describeRef(reader)} reads it after the rollback; kept`,
  };
}
