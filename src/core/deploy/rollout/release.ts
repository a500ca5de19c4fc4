import { describeRef, refOf, type KubeClient, type KubeObject } from '../../kube/types.js';
import { orderForApply } from '../../manifests/order.js';
import { isWorkload, type Manifest } from '../../manifests/types.js';
import { Deadline } from '../deadline.js';
import { captureRecord, workloadKey, type DeployRecord } from '../rollback/record.js';
import { rollbackRecord, type RollbackResult } from '../rollback/rollback.js';
import { newReleaseId } from '../snapshot/backup.js';
import { snapshotConfigs } from '../snapshot/capture.js';
import { AbortWatch, interruptedMessage, interruptionRecord, type Interruption } from './interrupt.js';
import { timedPhase, type PhaseSpan } from './phase-spans.js';
import { applyAll, recordAfter, validateAll, type AppliedResource } from './phases.js';
import { lastWriteTime } from './revisions.js';
import { waitForRollout, type RolloutOutcome } from './wait.js';

export type { AppliedResource } from './phases.js';

export interface ReleaseOptions {
  namespace: string;
  fieldManager: string;
  force: boolean;
  wait: boolean;
  timeoutMs: number;
  /** When the step began, so `timeoutMs` also covers loading the manifests (default: now). */
  startedAt?: number;
  graceMs: number;
  rollbackOnFailure: boolean;
  version?: string;
  context: string;
  /** Persists the deploy record (before the apply and again after); returns its path. */
  saveRecord(record: DeployRecord): Promise<string>;
  log(message: string): void;
  phase<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Aborted when the run is cancelled (SIGINT/SIGTERM): stop, write the restore without waiting, record it. */
  signal?: AbortSignal;
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

/** Waits for every applied workload; the first that fails ends the others' waits (the release is rolled back as a whole). */
async function waitAll(
  client: KubeClient,
  workloads: KubeObject[],
  options: ReleaseOptions,
  deadline: Deadline,
  abort: AbortWatch,
): Promise<RolloutOutcome[]> {
  const cancel = new AbortController();
  abort.forward(cancel);
  return Promise.all(
    workloads.map((w) =>
      waitForRollout(client, w, {
        timeoutMs: Math.max(1, deadline.remaining()),
        graceMs: options.graceMs,
        log: (message: string) => options.log(message),
        cancel: cancel.signal,
        expected: {
          generation: w.metadata.generation ?? 0,
          template: (w.spec as Record<string, unknown> | undefined)?.template,
          writtenAt: lastWriteTime(w, options.fieldManager),
        },
      }).then((outcome) => {
        if (outcome.state !== 'ready') cancel.abort();
        return outcome;
      }),
    ),
  );
}

/** Applies, then waits; returns why the release failed (undefined when it did not) and whether a newer deploy took over. */
async function applyAndWait(
  client: KubeClient,
  ordered: Manifest[],
  result: ReleaseResult,
  options: ReleaseOptions,
  deadline: Deadline,
  workloads: Map<string, KubeObject>,
  abort: AbortWatch,
): Promise<{ failure?: string; superseded: boolean }> {
  const position = new Map(ordered.map((m, i) => [describeRef(refOf(m.object)), i]));
  try {
    deadline.enter('apply');
    await options.phase('Apply (server-side)', () =>
      applyAll(client, ordered, result.record, options, deadline, (resource, live) => {
        result.applied.push(resource);
        if (isWorkload(live)) workloads.set(describeRef(resource), live);
      }),
    );
    if (options.wait && workloads.size) {
      deadline.enter('rollout');
      result.outcomes = await options.phase('Rollout', () =>
        waitAll(client, [...workloads.values()], options, deadline, abort),
      );
    }
  } catch (error) {
    return { failure: `apply failed: ${(error as Error).message}`, superseded: false };
  } finally {
    result.applied.sort((a, b) => (position.get(describeRef(a)) ?? 0) - (position.get(describeRef(b)) ?? 0));
  }
  const bad = result.outcomes.filter((o) => o.state !== 'ready' && o.state !== 'cancelled');
  const failure = bad.length ? bad.map((o) => `${workloadKey(o.ref)}: ${o.message}`).join('; ') : undefined;
  return { failure, superseded: bad.some((o) => o.state === 'superseded') };
}

/** Rolls the whole release back in the same step: workloads to the record, created objects deleted. */
async function rollBack(
  client: KubeClient,
  result: ReleaseResult,
  options: ReleaseOptions,
  wait: boolean,
): Promise<void> {
  const failure = result.message ?? '';
  result.rollback = await options
    .phase('Rollback', () =>
      rollbackRecord(client, result.record, {
        reason: `deploy${options.version ? ` of ${options.version}` : ''} failed: ${failure}`.slice(0, 1000),
        fieldManager: `${options.fieldManager}-rollback`,
        pruneNew: true,
        wait,
        timeoutMs: options.timeoutMs,
        graceMs: options.graceMs,
        log: (message: string) => options.log(message),
      }),
    )
    .catch((error: unknown) => rollbackCrashed(result.record, error));
  if (result.rollback.ok && result.rollback.rolledBack) result.status = 'rolled-back';
}

/**
 * One release, start to end, under one deadline (`timeoutMs`): validate everything and dry-run
 * every object (nothing changes if anything fails or the deadline passes), record what runs now,
 * apply tier by tier with server-side apply, wait like kubectl with fail-fast, and on failure
 * (the deadline passing mid-apply included) roll back to the record in the same step.
 */
export async function release(
  client: KubeClient,
  manifests: Manifest[],
  given: ReleaseOptions,
): Promise<ReleaseResult> {
  const phases: PhaseSpan[] = [];
  const options = { ...given, phase: timedPhase((title, fn) => given.phase(title, fn), phases) };
  const deadline = new Deadline(options.timeoutMs, options.startedAt);
  const abort = new AbortWatch(options.signal);
  deadline.follow(options.signal);
  try {
    const { notDryRun, dryRun, ordered, record, live } = await prepareRelease(
      client,
      manifests,
      options,
      deadline,
    ).catch((error: unknown) => {
      throw abort.reason ? new Error(`${interruptedMessage(abort.reason, 'validate')}; nothing was applied`) : error;
    });
    record.configs = await snapshotConfigs(client, ordered, live, dryRun, {
      releaseId: newReleaseId(),
      fieldManager: options.fieldManager,
      log: (message: string) => options.log(message),
      signal: deadline.signal,
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
    const responses = new Map<string, KubeObject>();
    const outcome = await applyAndWait(client, ordered, result, options, deadline, responses, abort);
    let { failure } = outcome;
    const { superseded } = outcome;
    const during: Interruption['during'] = deadline.phase === 'rollout' ? 'rollout' : 'apply';
    if (abort.reason) failure = interruptedMessage(abort.reason, during);
    if (failure) {
      result.status = 'failed';
      result.message = failure;
      // Interrupted: only the restore patch fits the runner's kill window; a rollback step waits for it.
      if (options.rollbackOnFailure && !superseded)
        await rollBack(client, result, options, options.wait && !abort.reason);
      if (abort.reason) record.interruption = interruptionRecord(abort, during, result.rollback);
    }
    // Without a wait, a successful release's apply responses already say what runs.
    const answered = !options.wait && result.status === 'succeeded' ? responses : undefined;
    await recordAfter(client, record, result.outcomes, answered);
    recordPath = await options.saveRecord(record);
    result.recordPath = recordPath;
    return result;
  } finally {
    deadline.dispose();
  }
}

/** Validation, dry run and the record of what runs now: nothing in the cluster changes here. */
async function prepareRelease(client: KubeClient, manifests: Manifest[], options: ReleaseOptions, deadline: Deadline) {
  const { notDryRun, dryRun } = await options.phase('Validate and dry-run', () =>
    validateAll(client, manifests, options, deadline),
  );
  deadline.enter('recording what runs now');
  const ordered = orderForApply(manifests);
  const { record, live } = await deadline.race(captureRecord(client, ordered, recordMeta(options), deadline.signal));
  return { notDryRun, dryRun, ordered, record, live };
}

const recordMeta = (options: ReleaseOptions) => ({
  version: options.version,
  namespace: options.namespace,
  context: options.context,
  fieldManager: options.fieldManager,
});
