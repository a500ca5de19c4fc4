import { describeRef, refOf, type KubeClient, type KubeObject, type ObjectRef } from '../../kube/types.js';
import { applyOwned } from '../../manifests/apply.js';
import { imagesOf } from '../../manifests/images.js';
import { orderForApply } from '../../manifests/order.js';
import { isWorkload, ManifestError, type Manifest } from '../../manifests/types.js';
import { dryRunAll, validateManifests } from '../../manifests/validate.js';
import { captureRecord, workloadKey, type DeployRecord } from '../rollback/record.js';
import { rollbackRecord, type RollbackResult } from '../rollback/rollback.js';
import { timedPhase, type PhaseSpan } from './phases.js';
import { currentRevision, lastWriteTime } from './revisions.js';
import { waitForRollout, type RolloutOutcome } from './wait.js';

export interface ReleaseOptions {
  namespace: string;
  fieldManager: string;
  force: boolean;
  wait: boolean;
  timeoutMs: number;
  graceMs: number;
  rollbackOnFailure: boolean;
  version?: string;
  context: string;
  /** Persists the deploy record (before the apply and again after); returns its path. */
  saveRecord(record: DeployRecord): Promise<string>;
  log(message: string): void;
  phase<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export interface AppliedResource extends ObjectRef {
  created: boolean;
}

export interface ReleaseResult {
  status: 'succeeded' | 'failed' | 'rolled-back';
  record: DeployRecord;
  recordPath: string;
  applied: AppliedResource[];
  outcomes: RolloutOutcome[];
  rollback?: RollbackResult;
  /** Why the release failed, for the step's failure line. */
  message?: string;
  /** Objects whose server dry run had to wait for a namespace this release creates. */
  notDryRun: string[];
  /** When each phase ran, for the release timeline (with each outcome's own times). */
  phases?: PhaseSpan[];
}

async function validate(client: KubeClient, manifests: Manifest[], options: ReleaseOptions): Promise<string[]> {
  const problems = await validateManifests(manifests, client, options.namespace);
  if (problems.length) throw new ManifestError(problems);
  const newNamespaces = new Set<string>();
  for (const { object } of manifests) {
    if (object.kind === 'Namespace' && !(await client.get(refOf(object))))
      newNamespaces.add(object.metadata.name ?? '');
  }
  const { skipped } = await dryRunAll(
    manifests,
    client,
    { fieldManager: options.fieldManager, force: options.force },
    newNamespaces,
  );
  return skipped.map((m) => describeRef(refOf(m.object)));
}

async function applyAll(client: KubeClient, ordered: Manifest[], record: DeployRecord, options: ReleaseOptions) {
  const applied: { resource: AppliedResource; result: KubeObject }[] = [];
  for (const { object } of ordered) {
    const result = await applyOwned(client, object, { fieldManager: options.fieldManager, force: options.force });
    const ref = refOf(object);
    const created = !record.resources.find(
      (r) => r.kind === ref.kind && r.name === ref.name && r.namespace === ref.namespace,
    )?.existedBefore;
    const generation = result.metadata.generation === undefined ? '' : ` (generation ${result.metadata.generation})`;
    options.log(`${describeRef(ref)} ${created ? 'created' : 'applied'}${generation}`);
    applied.push({ resource: { ...ref, created }, result });
  }
  return applied;
}

async function recordAfter(client: KubeClient, record: DeployRecord, outcomes: RolloutOutcome[]): Promise<void> {
  for (const w of record.workloads) {
    const live = await client.get(w).catch(() => undefined);
    const outcome = outcomes.find((o) => o.ref.kind === w.kind && o.ref.name === w.name);
    const revision = live ? (await currentRevision(client, live).catch(() => undefined))?.revision : undefined;
    w.after = {
      revision,
      images: live ? imagesOf(live) : {},
      generation: live?.metadata.generation,
      status: outcome?.state,
      message: outcome?.message,
    };
  }
}

/** A rollback that could not even start (API down): the step still reports what it tried. */
function rollbackCrashed(record: DeployRecord, error: unknown): RollbackResult {
  const message = `rollback failed: ${(error as Error).message}; the deploy record still names the target, re-run actions/rollback with it`;
  return {
    ok: false,
    rolledBack: false,
    items: record.workloads
      .filter((w) => w.existedBefore)
      .map((w) => ({ ref: w, key: workloadKey(w), action: 'failed', message })),
  };
}

/**
 * One release, start to end: validate everything and dry-run every object (nothing changes if
 * anything fails), record what runs now, apply in dependency order with server-side apply,
 * wait like kubectl with fail-fast, and on failure roll back to the record in the same step.
 */
export async function release(
  client: KubeClient,
  manifests: Manifest[],
  given: ReleaseOptions,
): Promise<ReleaseResult> {
  const started = Date.now();
  const phases: PhaseSpan[] = [];
  const options = { ...given, phase: timedPhase((title, fn) => given.phase(title, fn), phases) };
  const notDryRun = await options.phase('Validate and dry-run', () => validate(client, manifests, options));
  const ordered = orderForApply(manifests);
  const record = await captureRecord(client, ordered, {
    version: options.version,
    namespace: options.namespace,
    context: options.context,
    fieldManager: options.fieldManager,
  });
  let recordPath = await options.saveRecord(record);
  const result: ReleaseResult = {
    status: 'succeeded',
    record,
    recordPath,
    applied: [],
    outcomes: [],
    notDryRun,
    phases,
  };
  let failure: string | undefined;
  let superseded = false;
  try {
    const applied = await options.phase('Apply (server-side)', () => applyAll(client, ordered, record, options));
    result.applied = applied.map((a) => a.resource);
    const workloads = applied.filter((a) => isWorkload(a.result));
    if (options.wait && workloads.length) {
      // The first workload that fails ends the others' waits: the release is rolled back as a whole.
      const cancel = new AbortController();
      result.outcomes = await options.phase('Rollout', () =>
        Promise.all(
          workloads.map((w) =>
            waitForRollout(client, w.result, {
              timeoutMs: Math.max(1000, options.timeoutMs - (Date.now() - started)),
              graceMs: options.graceMs,
              log: options.log,
              cancel: cancel.signal,
              expected: {
                generation: w.result.metadata.generation ?? 0,
                template: (w.result.spec as Record<string, unknown> | undefined)?.template,
                writtenAt: lastWriteTime(w.result, options.fieldManager),
              },
            }).then((outcome) => {
              if (outcome.state !== 'ready') cancel.abort();
              return outcome;
            }),
          ),
        ),
      );
    }
    const bad = result.outcomes.filter((o) => o.state !== 'ready' && o.state !== 'cancelled');
    superseded = bad.some((o) => o.state === 'superseded');
    if (bad.length) failure = bad.map((o) => `${workloadKey(o.ref)}: ${o.message}`).join('; ');
  } catch (error) {
    failure = `apply failed: ${(error as Error).message}`;
  }
  if (failure) {
    result.status = 'failed';
    result.message = failure;
    if (options.rollbackOnFailure && !superseded) {
      result.rollback = await options
        .phase('Rollback', () =>
          rollbackRecord(client, record, {
            reason: `deploy${options.version ? ` of ${options.version}` : ''} failed: ${failure}`.slice(0, 1000),
            fieldManager: `${options.fieldManager}-rollback`,
            pruneNew: false,
            wait: options.wait,
            timeoutMs: options.timeoutMs,
            graceMs: options.graceMs,
            log: options.log,
          }),
        )
        .catch((error: unknown) => rollbackCrashed(record, error));
      if (result.rollback.ok && result.rollback.rolledBack) result.status = 'rolled-back';
    }
  }
  await recordAfter(client, record, result.outcomes);
  recordPath = await options.saveRecord(record);
  return result;
}
