import { SecretMask } from '../runtime/masking.js';
import type { PipelineConfig, StepInputs } from './config.js';
import { restoredVersionOf } from './restored.js';
import { runStep, type PipelineActions, type PipelineEvents, type StepContext, type StepRecord } from './steps.js';

export type PipelineStatus = 'succeeded' | 'failed' | 'rolled-back';

export interface PipelineResult {
  version?: string;
  environment: string;
  status: PipelineStatus;
  /** Why it failed or was rolled back, in one line. */
  reason?: string;
  restoredVersion?: string;
  steps: StepRecord[];
  startedAt: string;
  durationMs: number;
}

export interface PipelineOptions {
  env: Readonly<Record<string, string | undefined>>;
  tempDir: string;
  events?: PipelineEvents;
  mask?: SecretMask;
}

const passed = (s: StepRecord) => s.outcome === 'passed';
const lines = (...paths: Array<string | undefined>) => paths.filter(Boolean).join('\n');

/** deploy's images input from the build: `<image>=<image-ref>` unless the config names images itself. */
function deployInputs(config: PipelineConfig, version: string | undefined, build?: StepRecord): StepInputs {
  const inputs = { ...config.deploy };
  if (!inputs.version && version) inputs.version = version;
  const image = config.build?.images?.split(/\r?\n|,/)[0]?.trim();
  if (build && !inputs.images && image && build.outputs['image-ref'])
    inputs.images = `${image}=${build.outputs['image-ref']}`;
  return inputs;
}

/** Verification in the order of the verify action; the first failure stops it. Returns the failed step. */
async function verify(ctx: StepContext, config: PipelineConfig, steps: StepRecord[]): Promise<StepRecord | undefined> {
  const plan = [
    ['health-check', 'wait until the service is healthy'],
    ['smoke-test', 'run the smoke-test suite'],
    ['perf-gate', 'load test against thresholds and baseline'],
  ] as const;
  for (const [name, title] of plan) {
    const inputs = config.verify[name];
    if (!inputs) continue;
    const step = await runStep(ctx, name, title, inputs);
    steps.push(step);
    if (!passed(step)) return step;
  }
  return undefined;
}

function scoreInputs(config: PipelineConfig, steps: StepRecord[]): StepInputs {
  const out = (name: string, key: string) => steps.find((s) => s.name === name)?.outputs[key];
  const given = config['quality-score'] ?? {};
  return {
    comment: 'false',
    ...given,
    performance: given.performance ?? out('perf-gate', 'report') ?? '',
    health: given.health ?? lines(out('health-check', 'report'), out('smoke-test', 'report')),
  };
}

/**
 * The chain of the reusable deploy workflow, run locally: build-and-push -> deploy -> verify ->
 * quality-score -> on any failure after the deploy, rollback from the deploy record -> notify.
 * Each step is the action's own definition run through runAction() with inputs from the config.
 */
export async function runPipeline(
  config: PipelineConfig,
  actions: PipelineActions,
  options: PipelineOptions,
): Promise<PipelineResult> {
  const started = Date.now();
  const ctx: StepContext = {
    actions,
    env: options.env,
    cwd: config.baseDir,
    tempDir: options.tempDir,
    mask: options.mask ?? new SecretMask(),
    events: options.events ?? {},
  };
  const steps: StepRecord[] = [];
  const result = (status: PipelineStatus, reason?: string, restoredVersion?: string): PipelineResult => ({
    version,
    environment: config.environment,
    status,
    reason,
    restoredVersion,
    steps,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
  });
  let version = config.version;
  let build: StepRecord | undefined;
  if (config.build) {
    build = await runStep(ctx, 'build-and-push', 'build and push the image', {
      ...config.build,
      ...(version && !config.build.version ? { version } : {}),
    });
    steps.push(build);
    if (!passed(build)) return notify(ctx, config, result('failed', `build failed: ${build.failure}`));
    version ||= build.outputs.version;
  }
  const deploy = await runStep(
    ctx,
    'deploy',
    `deploy ${version ?? ''} to ${config.environment}`.replace('  ', ' '),
    deployInputs(config, version, build),
  );
  steps.push(deploy);
  if (!passed(deploy)) {
    const rolledBack = deploy.outputs['rolled-back'] === 'true';
    const restored = rolledBack ? await restoredVersionOf(deploy.outputs.record) : undefined;
    return notify(
      ctx,
      config,
      result(rolledBack ? 'rolled-back' : 'failed', `deploy failed: ${deploy.failure}`, restored),
    );
  }
  const failedGate = await verify(ctx, config, steps);
  let gateFailure = failedGate ? `${failedGate.name} failed: ${failedGate.failure}` : undefined;
  if (config['quality-score'] && steps.some((s) => s.name === 'health-check' && s.outputs.report)) {
    const score = await runStep(ctx, 'quality-score', 'score the release', scoreInputs(config, steps));
    steps.push(score);
    if (!passed(score))
      gateFailure = gateFailure
        ? `${gateFailure}; quality-score: ${score.failure}`
        : `quality-score failed: ${score.failure}`;
  }
  if (!gateFailure) return notify(ctx, config, result('succeeded'));
  const rollback = await runStep(ctx, 'rollback', 'roll back from the deploy record', {
    reason: gateFailure.slice(0, 300),
    ...config.rollback,
    record: deploy.outputs.record,
  });
  steps.push(rollback);
  if (passed(rollback) && rollback.outputs['rolled-back'] === 'true') {
    return notify(ctx, config, result('rolled-back', gateFailure, await restoredVersionOf(deploy.outputs.record)));
  }
  return notify(
    ctx,
    config,
    result('failed', `${gateFailure}; rollback: ${rollback.failure ?? 'nothing was rolled back'}`),
  );
}

async function notify(ctx: StepContext, config: PipelineConfig, result: PipelineResult): Promise<PipelineResult> {
  if (!config.notify) return result;
  const out = (name: string, key: string) => result.steps.find((s) => s.name === name)?.outputs[key] ?? '';
  const step = await runStep(ctx, 'notify', 'notify the outcome', {
    status: result.status,
    version: result.version ?? 'unversioned',
    environment: config.environment,
    digest: out('build-and-push', 'digest'),
    verdict: out('perf-gate', 'verdict'),
    score: out('quality-score', 'score'),
    reason: result.reason ?? '',
    'restored-version': result.restoredVersion ?? '',
    ...config.notify,
  });
  result.steps.push(step);
  return result;
}
