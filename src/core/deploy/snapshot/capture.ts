import { refOf, type KubeClient, type KubeObject } from '../../kube/types.js';
import { API_CONCURRENCY, mapLimit } from '../../manifests/concurrency.js';
import type { Manifest } from '../../manifests/types.js';
import { backupOf, pruneBackups } from './backup.js';
import { backedUpInCluster, isConfigKind, restorable, sameContent, type ConfigRecord } from './kinds.js';

export interface SnapshotOptions {
  releaseId: string;
  fieldManager: string;
  log(message: string): void;
  signal?: AbortSignal;
}

/** One object's snapshot: none when its content does not change, a backup or an inline copy otherwise. */
async function snapshotOne(
  client: KubeClient,
  manifest: Manifest,
  live: KubeObject | undefined,
  after: KubeObject | undefined,
  options: SnapshotOptions,
): Promise<ConfigRecord | undefined> {
  const ref = refOf(manifest.object);
  if (!live) return { ...ref, existedBefore: false };
  if (after && sameContent(live, after)) return undefined;
  if (!backedUpInCluster(live)) return { ...ref, existedBefore: true, object: restorable(live) };
  const backup = backupOf(live, options.releaseId);
  await client.apply(backup, { fieldManager: options.fieldManager, force: true });
  const pruned = await pruneBackups(client, ref);
  options.log(
    `${live.kind.toLowerCase()}/${ref.name}: prior content backed up as ${backup.metadata.name}${pruned.length ? ` (older backups deleted: ${pruned.join(', ')})` : ''}`,
  );
  return { ...ref, existedBefore: true, backup: backup.metadata.name };
}

/**
 * Snapshots every ConfigMap, Secret, Service, HPA, PDB and Ingress whose content the release
 * changes (the dry run says what it becomes), before anything is applied. ConfigMaps and
 * Secrets go to backup objects in the cluster (the record keeps their names, never their data);
 * the others are kept in the record. Objects the release creates are listed so a rollback can
 * delete them.
 */
export async function snapshotConfigs(
  client: KubeClient,
  manifests: Manifest[],
  live: (KubeObject | undefined)[],
  dryRun: Map<Manifest, KubeObject>,
  options: SnapshotOptions,
): Promise<ConfigRecord[]> {
  const indexed = manifests
    .map((manifest, index) => ({ manifest, live: live[index] }))
    .filter((m) => isConfigKind(m.manifest.object));
  const records = await mapLimit(
    indexed,
    API_CONCURRENCY,
    (m) => snapshotOne(client, m.manifest, m.live, dryRun.get(m.manifest), options),
    options.signal,
  );
  return records.filter((r): r is ConfigRecord => r !== undefined);
}
