import { describeRef, refOf, type KubeClient, type KubeObject, type ObjectRef } from '../../kube/types.js';
import { API_CONCURRENCY, mapLimit } from '../../manifests/concurrency.js';
import { contentFromBackup } from '../snapshot/backup.js';
import { sameContent, type ConfigRecord } from '../snapshot/kinds.js';
import type { DeployRecord } from './record.js';

export interface ConfigRestore {
  ref: ObjectRef;
  ok: boolean;
  /** False when the object already had its prior content (a second rollback changes nothing). */
  changed: boolean;
  message: string;
}

/** The prior object of a ConfigMap or Secret, rebuilt from its backup; undefined when the backup is gone. */
async function fromBackup(client: KubeClient, config: ConfigRecord): Promise<KubeObject | undefined> {
  const backup = await client.get({ ...config, name: config.backup ?? '' });
  if (!backup) return undefined;
  const content = contentFromBackup(backup);
  const object: KubeObject = {
    apiVersion: config.apiVersion,
    kind: config.kind,
    metadata: {
      name: config.name,
      namespace: config.namespace,
      labels: content.labels,
      annotations: content.annotations,
    },
  };
  if (content.data) object.data = content.data;
  if (content.binaryData) object.binaryData = content.binaryData;
  if (content.type) object.type = content.type;
  return object;
}

/**
 * Puts the prior content back exactly: a JSON patch replacing data (and binaryData), spec,
 * labels and annotations, so keys the release added are gone and nothing else is merged in.
 * An object deleted since is created again.
 */
async function putBack(
  client: KubeClient,
  prior: KubeObject,
  fieldManager: string,
): Promise<'restored' | 'recreated' | 'unchanged'> {
  const live = await client.get(refOf(prior));
  if (!live) {
    await client.apply(prior, { fieldManager, force: true });
    return 'recreated';
  }
  if (sameContent(live, prior) && sameMetadata(live, prior)) return 'unchanged';
  const ops: { op: string; path: string; value?: unknown }[] = [];
  for (const field of ['data', 'binaryData', 'spec']) {
    if (prior[field] !== undefined) ops.push({ op: 'add', path: `/${field}`, value: prior[field] });
    else if (live[field] !== undefined) ops.push({ op: 'remove', path: `/${field}` });
  }
  ops.push(
    { op: 'add', path: '/metadata/labels', value: prior.metadata.labels ?? {} },
    { op: 'add', path: '/metadata/annotations', value: prior.metadata.annotations ?? {} },
  );
  await client.patch(refOf(prior), ops, 'json', fieldManager);
  return 'restored';
}

const sameMetadata = (a: KubeObject, b: KubeObject) =>
  JSON.stringify(sorted(a.metadata.labels)) === JSON.stringify(sorted(b.metadata.labels)) &&
  JSON.stringify(sorted(a.metadata.annotations)) === JSON.stringify(sorted(b.metadata.annotations));

const sorted = (map: Record<string, string> | undefined) =>
  Object.entries(map ?? {}).sort(([x], [y]) => x.localeCompare(y));

async function restoreOne(client: KubeClient, config: ConfigRecord, fieldManager: string): Promise<ConfigRestore> {
  const ref: ObjectRef = {
    apiVersion: config.apiVersion,
    kind: config.kind,
    name: config.name,
    namespace: config.namespace,
  };
  const fail = (message: string): ConfigRestore => ({ ref, ok: false, changed: false, message });
  try {
    const prior = config.backup ? await fromBackup(client, config) : config.object;
    if (!prior) return fail(`${describeRef(ref)}: backup ${config.backup} is gone; cannot restore`);
    const how = await putBack(client, prior, fieldManager);
    const from = config.backup ? ` from backup ${config.backup}` : '';
    const message =
      how === 'unchanged'
        ? `${describeRef(ref)} already has its content from before the deploy; nothing to do`
        : `${describeRef(ref)} ${how} to its content before the deploy${from}`;
    return { ref, ok: true, changed: how !== 'unchanged', message };
  } catch (error) {
    return fail(`${describeRef(ref)}: restore failed: ${(error as Error).message}`);
  }
}

/** Restores every configuration object the record snapshotted (ConfigMap, Secret, Service, HPA, PDB, Ingress). */
export async function restoreConfigs(
  client: KubeClient,
  record: DeployRecord,
  fieldManager: string,
): Promise<ConfigRestore[]> {
  const changed = (record.configs ?? []).filter((c) => c.existedBefore && (c.backup || c.object));
  return mapLimit(changed, API_CONCURRENCY, (config) => restoreOne(client, config, fieldManager));
}
