import { describeRef, type KubeClient, type KubeObject, type ObjectRef } from '../../kube/types.js';
import { labelValue } from '../../manifests/metadata.js';

/** Labels and annotations that tie a backup object to its original. */
export const BACKUP = {
  label: 'deploy-kit.dev/backup-of',
  release: 'deploy-kit.dev/backup-release',
  original: 'deploy-kit.dev/backup-of',
  metadata: 'deploy-kit.dev/backup-metadata',
  type: 'deploy-kit.dev/backup-type',
  secretType: 'deploy-kit.dev/backup',
} as const;

/** Backups kept per original object; older ones are deleted when a new one is made. */
export const BACKUP_RETENTION = 5;

/** `<name>-dkb-<release id>`, within the 253 characters of an object name. */
export const backupName = (name: string, releaseId: string) => `${name.slice(0, 240)}-dkb-${releaseId}`;

/** A short id unique to one release (time plus randomness), used in backup names. */
export const newReleaseId = () =>
  `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3)
    .toString(36)
    .padStart(3, '0')}`;

/**
 * The backup object of a live ConfigMap or Secret: the same kind in the same namespace (so only
 * who may read the original may read it), owned by the original (deleted with it), carrying its
 * data, binaryData and metadata. A Secret backup gets its own type so no controller acts on it.
 */
export function backupOf(live: KubeObject, releaseId: string): KubeObject {
  const { labels, annotations } = live.metadata;
  const kept = live as KubeObject & { data?: unknown; binaryData?: unknown; type?: string; immutable?: boolean };
  return {
    apiVersion: live.apiVersion,
    kind: live.kind,
    metadata: {
      name: backupName(live.metadata.name ?? '', releaseId),
      namespace: live.metadata.namespace,
      labels: {
        [BACKUP.label]: labelValue(live.metadata.name ?? ''),
        [BACKUP.release]: releaseId,
        'app.kubernetes.io/managed-by': 'deploy-kit',
      },
      annotations: {
        [BACKUP.original]: live.metadata.name ?? '',
        [BACKUP.metadata]: JSON.stringify({ labels, annotations, immutable: kept.immutable }),
        ...(kept.type ? { [BACKUP.type]: kept.type } : {}),
      },
      ownerReferences: [
        { apiVersion: live.apiVersion, kind: live.kind, name: live.metadata.name ?? '', uid: live.metadata.uid ?? '' },
      ],
    },
    ...(kept.data ? { data: kept.data } : {}),
    ...(kept.binaryData ? { binaryData: kept.binaryData } : {}),
    ...(live.kind === 'Secret' ? { type: BACKUP.secretType } : {}),
  };
}

/** The original's content as its backup holds it: data, binaryData, labels, annotations, type. */
export function contentFromBackup(backup: KubeObject): {
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  type?: string;
} {
  const meta = JSON.parse(backup.metadata.annotations?.[BACKUP.metadata] ?? '{}') as {
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  const held = backup as KubeObject & { data?: Record<string, string>; binaryData?: Record<string, string> };
  return {
    data: held.data,
    binaryData: held.binaryData,
    labels: meta.labels,
    annotations: meta.annotations,
    type: backup.metadata.annotations?.[BACKUP.type],
  };
}

/** Deletes the oldest backups of one original beyond the retention limit; returns the names deleted. */
export async function pruneBackups(
  client: KubeClient,
  original: ObjectRef,
  keep = BACKUP_RETENTION,
): Promise<string[]> {
  const { items } = await client.list(original.apiVersion, original.kind, original.namespace, {
    labelSelector: `${BACKUP.label}=${labelValue(original.name)}`,
  });
  const mine = items
    .filter((b) => b.metadata.annotations?.[BACKUP.original] === original.name)
    .sort(
      (a, b) =>
        (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '') ||
        (b.metadata.name ?? '').localeCompare(a.metadata.name ?? ''),
    );
  const old = mine.slice(keep);
  for (const b of old) await client.delete({ ...original, name: b.metadata.name ?? '' });
  return old.map((b) => describeRef({ ...original, name: b.metadata.name ?? '' }));
}
