import { shortName, type ActionModel, type StepCall } from './steps.js';

/**
 * Stand-ins for each action's outputs, written from what the real actions do (their action.yml
 * outputs and the adapters' behaviour): deploy rolls back in its own step on a failed rollout and
 * writes the restore on SIGINT, so both end with rolled-back=true and the record path.
 */
const RECORD = 'deploy-kit-record.json';

const byOutcome =
  (outputs: Record<StepCall['outcome'], Record<string, string>>): ActionModel =>
  (call) => ({ outputs: outputs[call.outcome] });

const deploy = byOutcome({
  success: { status: 'succeeded', record: RECORD, 'rolled-back': 'false' },
  failure: { status: 'rolled-back', record: RECORD, 'rolled-back': 'true' },
  cancelled: { status: 'rolled-back', record: RECORD, 'rolled-back': 'true' },
});

const verifyOutputs = (verdict: string) => ({
  verdict,
  'health-report': 'health-report.json',
  'perf-report': 'perf-report.json',
  'smoke-report': 'smoke-report.json',
});

const verify = byOutcome({
  success: verifyOutputs('pass'),
  failure: verifyOutputs('fail'),
  cancelled: {},
});

/** One run's artifact store: upload-artifact v4+ refuses an existing name unless `overwrite: true`. */
export class ArtifactStore {
  readonly names = new Map<string, number>();

  readonly upload: ActionModel = (call) => {
    if (call.outcome !== 'success') return {};
    const name = call.with.name || 'artifact';
    if (this.names.has(name) && call.with.overwrite !== 'true') return { outcome: 'failure' };
    this.names.set(name, call.attempt);
    return { outputs: { 'artifact-id': String(this.names.size) } };
  };
}

export function models(
  store = new ArtifactStore(),
  overrides: Record<string, ActionModel> = {},
): (uses: string) => ActionModel | undefined {
  const table: Record<string, ActionModel> = {
    'build-and-push': byOutcome({
      success: { version: 'v1.2.3', digest: 'sha256:feed', 'image-ref': 'ghcr.io/acme/shop@sha256:feed' },
      failure: {},
      cancelled: {},
    }),
    deploy,
    verify,
    'quality-score': byOutcome({ success: { score: '91' }, failure: { score: '42' }, cancelled: {} }),
    rollback: byOutcome({
      success: { 'rolled-back': 'true' },
      failure: { 'rolled-back': 'false' },
      cancelled: { 'rolled-back': 'false' },
    }),
    notify: byOutcome({
      success: { 'deployment-id': '7', 'deployment-state': 'in_progress' },
      failure: {},
      cancelled: {},
    }),
    'health-check': byOutcome({
      success: { healthy: 'true', report: 'health-report.json' },
      failure: { healthy: 'false', report: 'health-report.json' },
      cancelled: {},
    }),
    'smoke-test': byOutcome({
      success: { passed: 'true', report: 'smoke-report.json' },
      failure: { passed: 'false', report: 'smoke-report.json' },
      cancelled: {},
    }),
    'perf-gate': byOutcome({
      success: { passed: 'true', verdict: 'pass', report: 'perf-report.json' },
      failure: { passed: 'false', verdict: 'fail', report: 'perf-report.json' },
      cancelled: {},
    }),
    'upload-artifact': store.upload,
    'perf-baseline': () => ({ outputs: { path: 'perf-baseline.json', 'run-id': '403' } }),
  };
  return (uses) => overrides[shortName(uses)] ?? table[shortName(uses)];
}
