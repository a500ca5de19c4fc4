import { runAction, type ActionDefinition, type ActionOutcome, type InputShape } from '../actions/harness.js';
import { SecretMask } from '../runtime/masking.js';
import { createStepRuntime, type LogLevel } from './step-runtime.js';

export type StepName =
  'build-and-push' | 'deploy' | 'health-check' | 'smoke-test' | 'perf-gate' | 'quality-score' | 'rollback' | 'notify';

export type AnyDefinition = ActionDefinition<InputShape, unknown>;

/** The actions the chain calls, injected so the core never imports an adapter by name. */
export type PipelineActions = Record<StepName, AnyDefinition>;

export interface StepRecord {
  name: StepName;
  title: string;
  outcome: ActionOutcome | 'skipped';
  inputs: Record<string, string>;
  outputs: Record<string, string>;
  /** The step's failure line (`deploy-kit/<action>: ...`) when it did not pass. */
  failure?: string;
  warnings: string[];
  summary: string;
  durationMs: number;
  /** Epoch ms the step began, for the release timeline. */
  startedAt?: number;
}

export interface PipelineEvents {
  stepStart?(name: StepName, title: string): void;
  log?(name: StepName, level: LogLevel, message: string): void;
  stepEnd?(record: StepRecord): void;
}

export interface StepContext {
  actions: PipelineActions;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  tempDir: string;
  mask: SecretMask;
  events: PipelineEvents;
}

/** Runs one action's definition through runAction(), exactly as its bundle would on a runner. */
export async function runStep(
  ctx: StepContext,
  name: StepName,
  title: string,
  inputs: Record<string, string>,
): Promise<StepRecord> {
  ctx.events.stepStart?.(name, title);
  const started = Date.now();
  const runtime = createStepRuntime({
    inputs,
    env: ctx.env,
    cwd: ctx.cwd,
    tempDir: ctx.tempDir,
    mask: ctx.mask,
    log: (level, message) => ctx.events.log?.(name, level, message),
  });
  const outcome = await runAction(ctx.actions[name], runtime);
  const record: StepRecord = {
    name,
    title,
    outcome,
    // Masked after the run: the action registered its secret inputs while parsing them.
    inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, ctx.mask.apply(v)])),
    outputs: runtime.capture.outputs,
    failure: runtime.capture.failures[0],
    warnings: runtime.capture.warnings,
    summary: runtime.capture.summary,
    durationMs: Date.now() - started,
    startedAt: started,
  };
  ctx.events.stepEnd?.(record);
  return record;
}
