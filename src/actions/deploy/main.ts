import { release, type ReleaseResult } from '../../core/deploy/rollout/release.js';
import { ManifestError } from '../../core/manifests/types.js';
import { workloadKey, type DeployRecord } from '../../core/deploy/rollback/record.js';
import type { Runtime } from '../../runtime/runtime.js';
import { writeJsonReport, reportPath } from '../../shared/report-file.js';
import { runAction, type ActionDefinition, type Inputs } from '../harness.js';
import { deployInputs } from './inputs.js';
import { executeProgressive, type ProgressiveReleaseResult } from './progressive.js';
import { progressiveFailure, renderProgressiveSummary } from './progressive-summary.js';
import { asConfigError, connect, prepareManifests } from './prepare.js';
import { renderDeploySummary } from './summary.js';

type DeployInputs = Inputs<typeof deployInputs>;

const recordName = () => `deploy-record-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.json`;

async function execute(inputs: DeployInputs, runtime: Runtime): Promise<ProgressiveReleaseResult> {
  const manifests = await prepareManifests(inputs, runtime);
  const { access, client } = connect(inputs, runtime);
  const namespace = inputs.namespace || access.config.getContextObject(access.context)?.namespace || 'default';
  const path = reportPath(inputs['record-file'], runtime.cwd, runtime.tempDir, recordName());
  runtime.info(
    `deploying ${manifests.length} object(s) to namespace '${namespace}' as field manager '${inputs['field-manager']}'`,
  );
  try {
    const save = (record: DeployRecord) => writeJsonReport(path, record);
    const signal = (runtime as { signal?: AbortSignal }).signal;
    if (inputs.strategy !== 'rolling') {
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
      graceMs: inputs['fail-fast-grace'],
      rollbackOnFailure: inputs['rollback-on-failure'],
      version: inputs.version,
      context: access.context,
      saveRecord: save,
      log: (line) => runtime.info(line),
      phase: (title, fn) => runtime.group(title, fn),
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
    ? `rolled back: ${text}`
    : `rollback incomplete: ${result.rollback.items
        .filter((i) => i.action === 'failed')
        .map((i) => i.message)
        .join('; ')}`;
}

/** deploy: validate, record, server-side apply, wait like kubectl, fail fast, roll back in the same step. */
export const definition: ActionDefinition<typeof deployInputs, ProgressiveReleaseResult> = {
  name: 'deploy',
  inputs: deployInputs,
  execute,
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
    result.progressive ? renderProgressiveSummary(result.progressive, result) : renderDeploySummary(result),
  failure: (result) =>
    result.progressive
      ? progressiveFailure(result.progressive)
      : result.status === 'succeeded'
        ? undefined
        : `${result.message}; ${rollbackText(result)}`,
};

export const run = (runtime: Runtime) => runAction(definition, runtime);
