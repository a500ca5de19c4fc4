import { release, type ReleaseResult } from '../../core/deploy/rollout/release.js';
import { ManifestError } from '../../core/manifests/types.js';
import { workloadKey, type DeployRecord } from '../../core/deploy/rollback/record.js';
import type { Runtime } from '../../runtime/runtime.js';
import { withInterrupts } from '../../runtime/signals.js';
import { writeJsonReport, reportPath } from '../../shared/report-file.js';
import { runAction, type ActionDefinition, type Inputs } from '../harness.js';
import { inputs } from './inputs.js';
import type { ProgressiveReleaseResult } from './progressive.js';
import { progressiveFailure, renderProgressiveSummary } from './progressive-summary.js';
import { renderSummary } from './summary.js';

type DeployInputs = Inputs<typeof inputs>;

const recordName = () => `deploy-record-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.json`;

async function execute(
  inputs: DeployInputs,
  runtime: Runtime,
  signal?: AbortSignal,
): Promise<ProgressiveReleaseResult> {
  const startedAt = Date.now();
  // Loaded on use: the Kubernetes client is most of the bundle, and an input error needs none of it.
  const { asConfigError, connect, prepareManifests } = await import('./prepare.js');
  const manifests = await prepareManifests(inputs, runtime);
  const { access, client, namespace } = connect(inputs, runtime);
  const path = reportPath(inputs['record-file'], runtime.cwd, runtime.tempDir, recordName());
  runtime.info(
    `deploying ${manifests.length} object(s) to namespace '${namespace}' as field manager '${inputs['field-manager']}'`,
  );
  try {
    // The output as soon as the record exists: a step cut short by a cancel still names it for the rollback step.
    const save = (record: DeployRecord) =>
      writeJsonReport(path, record, 'record-file').then((saved) => {
        runtime.output('record', saved);
        return saved;
      });
    if (inputs.strategy !== 'rolling') {
      // Loaded on use: the canary path brings the load generator and the verification cores.
      const { executeProgressive } = await import('./progressive.js');
      const ctx = { client, namespace, context: access.context, saveRecord: save, signal };
      const progressive = await executeProgressive(inputs, runtime, manifests, ctx);
      if (progressive) return progressive;
      runtime.info(`no running version to compare with: deploying with the rolling strategy`);
    }
    return await release(client, manifests, {
      namespace,
      fieldManager: inputs['field-manager'],
      force: inputs['force-conflicts'],
      wait: inputs.wait,
      timeoutMs: inputs.timeout,
      startedAt,
      graceMs: inputs['fail-fast-grace'],
      rollbackOnFailure: inputs['rollback-on-failure'],
      version: inputs.version,
      context: access.context,
      saveRecord: save,
      log: (line) => runtime.info(line),
      phase: (title, fn) => runtime.group(title, fn),
      signal,
    });
  } catch (error) {
    if (error instanceof ManifestError) throw asConfigError(error);
    throw error;
  }
}

const mapOf = (entries: [string, unknown][]) => JSON.stringify(Object.fromEntries(entries));

/** What it was rolled back to, for the failure line: `deployment/web -> revision 3 (app=nginx:1.25)`. */
function rollbackText(result: ReleaseResult): string {
  if (!result.rollback)
    return 'not rolled back (rollback-on-failure is false or a concurrent deploy owns the workload now)';
  const back = result.rollback.items.filter((i) => i.action === 'rolled-back');
  const restored = result.rollback.items.filter((i) => i.action === 'restored' || i.action === 'recreated');
  const also = restored.length ? `; restored ${restored.map((i) => i.key).join(', ')}` : '';
  if (!back.length && restored.length) return `rolled back${also}`;
  if (!back.length) {
    const first = result.record.workloads.every((w) => !w.existedBefore);
    return first
      ? 'nothing to roll back to: this was the first deploy of these workloads'
      : `rollback changed nothing: ${result.rollback.items.map((i) => i.message).join('; ')}`;
  }
  const versionOf = (key: string) => result.record.workloads.find((w) => workloadKey(w) === key)?.before?.version;
  const text = back
    .map((i) => {
      const version = versionOf(i.key);
      return `${i.key} -> revision ${i.toRevision}${version ? ` = ${version}` : ''} (${Object.entries(i.images ?? {})
        .map(([c, img]) => `${c}=${img}`)
        .join(', ')})`;
    })
    .join('; ');
  return result.rollback.ok
    ? `rolled back: ${text}${also}`
    : `rollback incomplete: ${result.rollback.items
        .filter((i) => i.action === 'failed')
        .map((i) => i.message)
        .join('; ')}`;
}

/** deploy: validate, record, server-side apply, wait like kubectl, fail fast, roll back in the same step. */
export const definition: ActionDefinition<typeof inputs, ProgressiveReleaseResult> = {
  name: 'deploy',
  inputs,
  execute: (inputs, runtime) => withInterrupts(runtime, (signal) => execute(inputs, runtime, signal)),
  outputs: (result) => ({
    status: result.status,
    record: result.recordPath,
    revisions: mapOf(result.record.workloads.map((w) => [workloadKey(w), w.after?.revision ?? null])),
    'previous-revisions': mapOf(result.record.workloads.map((w) => [workloadKey(w), w.before?.revision ?? null])),
    images: mapOf(result.record.workloads.map((w) => [workloadKey(w), w.after?.images ?? {}])),
    resources: JSON.stringify(
      result.applied.map((r) => ({
        apiVersion: r.apiVersion,
        kind: r.kind,
        name: r.name,
        namespace: r.namespace,
        created: r.created,
      })),
    ),
    'rolled-back': result.status === 'rolled-back',
  }),
  summary: (result) =>
    result.progressive ? renderProgressiveSummary(result.progressive, result) : renderSummary(result),
  failure: (result) =>
    result.progressive
      ? progressiveFailure(result.progressive)
      : result.status === 'succeeded'
        ? undefined
        : `${result.message}; ${rollbackText(result)}`,
};

export const run = (runtime: Runtime) => runAction(definition, runtime);
