import { rollbackRecord, rollbackWorkloads } from '../../core/deploy/rollback/rollback.js';
import type { Runtime } from '../../runtime/runtime.js';
import { withInterrupts } from '../../runtime/signals.js';
import { ConfigError } from '../../shared/errors.js';
import { checkNamespace } from '../shared/namespace.js';
import { runAction, type ActionDefinition, type Inputs } from '../harness.js';
import { inputs } from './inputs.js';
import { renderSummary, type RollbackOutcome } from './summary.js';
import { parseWorkloads, readRecord } from './target.js';

type RollbackInputs = Inputs<typeof inputs>;

const GRACE_MS = 30_000;

async function execute(inputs: RollbackInputs, runtime: Runtime, signal?: AbortSignal): Promise<RollbackOutcome> {
  const hasRecord = Boolean(inputs.record);
  const hasWorkloads = Boolean(inputs.workloads?.length);
  if (hasRecord === hasWorkloads) {
    throw ConfigError.single(
      hasRecord ? 'workloads' : 'record',
      "give either record (the deploy step's record output) or workloads (deployment/name lines), exactly one of them",
    );
  }
  checkNamespace(inputs.namespace);
  const record = hasRecord ? await readRecord(inputs.record!, runtime.cwd) : undefined;
  // Loaded on use: the Kubernetes client is most of the bundle, and an input error needs none of it.
  const { connect } = await import('../shared/kube.js');
  const { access, client, namespace } = connect(inputs, runtime);
  if (record && record.context !== access.context) {
    runtime.warning(
      `the deploy record was written through context '${record.context}'; rolling back through context '${access.context}'`,
    );
  }
  const options = {
    reason: inputs.reason,
    pruneNew: inputs['prune-new'],
    wait: true,
    timeoutMs: inputs.timeout,
    graceMs: Math.min(GRACE_MS, inputs.timeout / 4),
    log: (line: string) => runtime.info(line),
    fieldManager: `${record?.fieldManager ?? 'deploy-kit'}-rollback`,
    signal,
  };
  if (record) {
    const result = await runtime.group(`Rollback from the deploy record (${record.workloads.length} workload(s))`, () =>
      rollbackRecord(client, record, options),
    );
    const nothing = record.workloads.length > 0 && record.workloads.every((w) => !w.existedBefore);
    return {
      ...result,
      source: inputs.record!,
      note: nothing
        ? 'nothing to roll back to: the recorded deploy was the first deploy of its workloads (use prune-new to delete them)'
        : undefined,
    };
  }
  const refs = parseWorkloads(inputs.workloads!, namespace);
  const target = inputs['to-revision'] ? `revision ${inputs['to-revision']}` : 'the previous revision';
  const result = await runtime.group(`Rollback of ${refs.length} workload(s) to ${target}`, () =>
    rollbackWorkloads(client, refs, inputs['to-revision'], options),
  );
  return { ...result, source: `workloads in namespace ${namespace}` };
}

/** rollback: restore exactly what ran before a deploy (from its record), or kubectl-style undo of named workloads. */
export const definition: ActionDefinition<typeof inputs, RollbackOutcome> = {
  name: 'rollback',
  inputs,
  execute: (inputs, runtime) => withInterrupts(runtime, (signal) => execute(inputs, runtime, signal)),
  outputs: (result) => ({
    'rolled-back': result.rolledBack,
    revisions: JSON.stringify(
      Object.fromEntries(result.items.filter((i) => i.toRevision !== undefined).map((i) => [i.key, i.toRevision])),
    ),
    images: JSON.stringify(Object.fromEntries(result.items.filter((i) => i.images).map((i) => [i.key, i.images]))),
  }),
  summary: renderSummary,
  failure: (result) =>
    result.ok
      ? undefined
      : `rollback failed: ${result.items
          .filter((i) => i.action === 'failed' || i.action === 'missing')
          .map((i) => i.message)
          .join('; ')}`,
};

export const run = (runtime: Runtime) => runAction(definition, runtime);
