import { describeRef, type KubeClient, type KubeObject, type ObjectRef } from '../../kube/types.js';
import { imagesOf } from '../../manifests/images.js';
import { ANNOTATION } from '../../manifests/metadata.js';
import { currentRevision, lastWriteTime, revisionOf } from '../rollout/revisions.js';
import { waitForRollout } from '../rollout/wait.js';
import type { RollbackItem, RollbackOptions, RollbackResult } from './types.js';
import { restoreConfigItems, recreateWorkload, keepsNeededConfig } from './config-items.js';
import { workloadKey, type DeployRecord, type ResourceRecord, type WorkloadRecord } from './record.js';
import {
  replaceBrokenPods,
  restoreTemplate,
  targetFromRevision,
  targetFromState,
  type RestoreTarget,
} from './restore.js';

export type { RollbackAction, RollbackItem, RollbackOptions, RollbackResult } from './types.js';

async function revisionNow(client: KubeClient, live: KubeObject): Promise<number> {
  if (live.kind === 'Deployment') return revisionOf(live);
  return (await currentRevision(client, live).catch(() => undefined))?.revision ?? 0;
}

/** Patches one workload back to the target; the wait happens later for all workloads at once. */
async function restoreOne(
  client: KubeClient,
  live: KubeObject,
  target: RestoreTarget,
  options: RollbackOptions,
): Promise<{ item: RollbackItem; patched?: KubeObject }> {
  const ref = {
    apiVersion: live.apiVersion,
    kind: live.kind,
    name: live.metadata.name ?? '',
    namespace: live.metadata.namespace,
  };
  const fromRevision = (await revisionNow(client, live)) || undefined;
  const base = {
    ref,
    key: workloadKey(ref),
    fromRevision,
    fromImages: imagesOf(live),
    images: imagesOf({ ...live, spec: { template: target.template } }),
  };
  const from = live.metadata.annotations?.[ANNOTATION.version] ?? `revision ${fromRevision ?? '?'}`;
  const extra = { [ANNOTATION.rollbackReason]: options.reason, [ANNOTATION.rolledBackFrom]: from };
  try {
    const patched = await restoreTemplate(client, live, target, extra, options.fieldManager);
    if (!patched)
      return {
        item: {
          ...base,
          action: 'unchanged',
          toRevision: base.fromRevision,
          message: `${describeRef(ref)} already runs the target template (revision ${target.revision}); nothing to do`,
        },
        // Restored by an interrupted deploy: its rollout may still be under way, so it is waited for too.
        patched: live,
      };
    options.log(
      `${describeRef(ref)}: restoring the template of revision ${target.revision} (images ${JSON.stringify(base.images)})`,
    );
    if (live.kind === 'StatefulSet') {
      const replaced = await replaceBrokenPods(client, live);
      if (replaced.length)
        options.log(
          `${describeRef(ref)}: deleted broken pod(s) ${replaced.join(', ')} so the StatefulSet recreates them from the restored template`,
        );
    }
    return {
      item: {
        ...base,
        action: 'rolled-back',
        toRevision: target.revision,
        message: `rolled back to the template of revision ${target.revision}`,
      },
      patched,
    };
  } catch (error) {
    return {
      item: { ...base, action: 'failed', message: `${describeRef(ref)}: rollback failed: ${(error as Error).message}` },
    };
  }
}

/** Waits for every patched workload in parallel and records the revision the controller gave it. */
async function waitAll(
  client: KubeClient,
  pending: { item: RollbackItem; patched?: KubeObject }[],
  options: RollbackOptions,
): Promise<void> {
  await Promise.all(
    pending
      .filter((p) => p.patched)
      .map(async ({ item, patched }) => {
        if (!options.wait) return;
        item.outcome = await waitForRollout(client, patched!, {
          timeoutMs: options.timeoutMs,
          graceMs: options.graceMs,
          log: options.log,
          cancel: options.signal,
          expected: {
            generation: patched!.metadata.generation ?? 0,
            template: (patched!.spec as Record<string, unknown> | undefined)?.template,
            writtenAt: lastWriteTime(patched!, options.fieldManager),
          },
        });
        const live = await client.get(item.ref);
        if (live)
          item.toRevision = (await currentRevision(client, live).catch(() => undefined))?.revision ?? item.toRevision;
        if (item.outcome.state !== 'ready') {
          item.action = 'failed';
          item.message = options.signal?.aborted
            ? `interrupted by ${String(options.signal.reason)} while waiting for ${describeRef(item.ref)}: the restore is written, its rollout continues in the cluster`
            : `the rollback rollout of ${describeRef(item.ref)} did not finish: ${item.outcome.message}`;
        }
      }),
  );
}

async function handleNew(client: KubeClient, ref: ResourceRecord, options: RollbackOptions): Promise<RollbackItem> {
  const key = workloadKey(ref);
  if (!options.pruneNew)
    return {
      ref,
      key,
      action: 'new',
      message: `${describeRef(ref)} did not exist before the deploy; kept (set prune-new to delete it)`,
    };
  const deleted = await client.delete(ref);
  return {
    ref,
    key,
    action: 'pruned',
    message: `${describeRef(ref)} did not exist before the deploy; ${deleted ? 'deleted' : 'already gone'}`,
  };
}

/**
 * Rolls every workload of a deploy record back to what ran before that deploy, reports (or
 * prunes) objects the deploy created, waits for the rollback rollouts. Running it twice changes
 * nothing the second time.
 */
export async function rollbackRecord(
  client: KubeClient,
  record: DeployRecord,
  options: RollbackOptions,
): Promise<RollbackResult> {
  // Configuration first, so the pods the workload rollback starts read the restored content.
  const items: RollbackItem[] = await restoreConfigItems(client, record, options);
  const pending: { item: RollbackItem; patched?: KubeObject }[] = [];
  for (const w of record.workloads as WorkloadRecord[]) {
    const live = await client.get(w);
    if (!w.existedBefore || !w.before) continue;
    if (!live) {
      items.push(await recreateWorkload(client, w, options));
      continue;
    }
    const one = await restoreOne(client, live, await targetFromState(client, live, w.before), options);
    items.push(one.item);
    pending.push(one);
  }
  await waitAll(client, pending, options);
  for (const resource of [...record.resources].reverse()) {
    if (resource.existedBefore) continue;
    items.push(keepsNeededConfig(record, resource) ?? (await handleNew(client, resource, options)));
  }
  return summarize(items);
}

/** `kubectl rollout undo` for named workloads: to a revision, or the previous one (0). */
export async function rollbackWorkloads(
  client: KubeClient,
  refs: ObjectRef[],
  toRevision: number,
  options: RollbackOptions,
): Promise<RollbackResult> {
  const items: RollbackItem[] = [];
  const pending: { item: RollbackItem; patched?: KubeObject }[] = [];
  for (const ref of refs) {
    const live = await client.get(ref);
    if (!live) {
      items.push({ ref, key: workloadKey(ref), action: 'missing', message: `${describeRef(ref)} does not exist` });
      continue;
    }
    try {
      const one = await restoreOne(client, live, await targetFromRevision(client, live, toRevision), options);
      items.push(one.item);
      pending.push(one);
    } catch (error) {
      items.push({ ref, key: workloadKey(ref), action: 'failed', message: (error as Error).message });
    }
  }
  await waitAll(client, pending, options);
  return summarize(items);
}

function summarize(items: RollbackItem[]): RollbackResult {
  return {
    items,
    rolledBack: items.some((i) => i.action === 'rolled-back' || i.action === 'restored' || i.action === 'recreated'),
    ok: !items.some((i) => i.action === 'failed' || i.action === 'missing'),
  };
}
