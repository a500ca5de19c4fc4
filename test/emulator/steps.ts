import { condition, interpolate, type Contexts, type RunStatus } from './expressions.js';

export interface StepDef {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string | boolean;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}

/** What the scenario does to one step: it ends normally, fails, or the run is cancelled while it runs. */
export type Ending = 'success' | 'failure' | 'cancel';

export interface StepCall {
  key: string;
  uses: string;
  with: Record<string, string>;
  /** The step's result: success, failure, or cancelled when the runner stopped it. */
  outcome: 'success' | 'failure' | 'cancelled';
  attempt: number;
}

/** An action's stand-in: the outputs it writes for a call (it may also turn the outcome into a failure). */
export type ActionModel = (call: StepCall) => { outputs?: Record<string, string>; outcome?: StepCall['outcome'] };

export interface StepRecord {
  key: string;
  outcome: 'success' | 'failure' | 'cancelled' | 'skipped';
  with?: Record<string, string>;
  outputs: Record<string, string>;
}

export interface StepScenario {
  /** Step key -> how it ends; unnamed steps end in success. */
  endings?: Record<string, Ending>;
  models: (uses: string) => ActionModel | undefined;
  attempt?: number;
}

/** `actions/upload-artifact@sha` -> upload-artifact, `$/actions/deploy` -> deploy. */
export const shortName = (uses: string) =>
  uses
    .replace(/@.*$/, '')
    .split('/')
    .filter((p) => p && p !== '$')
    .at(-1) ?? uses;

export const stepKey = (step: StepDef) => step.id ?? shortName(step.uses ?? step.name ?? 'run');

/**
 * Runs steps the way the runner's StepsRunner does: the implicit success() condition, the job
 * status that the status functions read, and on a cancel the running step's condition evaluated
 * again (it keeps running only if it still holds, as `always()` and `cancelled()` steps do).
 */
export function runSteps(
  steps: StepDef[],
  base: Contexts,
  scenario: StepScenario,
  initial: RunStatus = 'success',
): { status: RunStatus; steps: Record<string, StepRecord>; order: StepRecord[] } {
  let status = initial;
  const records: Record<string, StepRecord> = {};
  const order: StepRecord[] = [];
  const contexts = () => ({
    ...base,
    steps: Object.fromEntries(
      Object.entries(records).map(([k, r]) => [k, { outcome: r.outcome, conclusion: r.outcome, outputs: r.outputs }]),
    ),
    job: { status },
  });
  for (const step of steps) {
    const key = stepKey(step);
    if (!condition(step.if, contexts(), status)) {
      records[key] = { key, outcome: 'skipped', outputs: {} };
      order.push(records[key]);
      continue;
    }
    const inputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([name, value]) => [name, interpolate(value, contexts(), status)]),
    );
    const ending = scenario.endings?.[key] ?? 'success';
    let outcome: StepCall['outcome'] = ending === 'failure' ? 'failure' : 'success';
    if (ending === 'cancel') {
      status = 'cancelled';
      if (!condition(step.if, contexts(), status)) outcome = 'cancelled';
    }
    const model = scenario.models(step.uses ?? 'run');
    const call: StepCall = { key, uses: step.uses ?? 'run', with: inputs, outcome, attempt: scenario.attempt ?? 1 };
    const result = model ? model(call) : {};
    outcome = result.outcome ?? outcome;
    records[key] = { key, outcome, with: inputs, outputs: result.outputs ?? {} };
    order.push(records[key]);
    if (outcome === 'failure' && !step['continue-on-error'] && status === 'success') status = 'failure';
  }
  return { status, steps: records, order };
}

/** Evaluates a map of output expressions once the steps are done (job outputs, composite outputs). */
export function evaluateOutputs(
  outputs: Record<string, unknown>,
  base: Contexts,
  result: ReturnType<typeof runSteps>,
): Record<string, string> {
  const contexts = {
    ...base,
    steps: Object.fromEntries(
      Object.entries(result.steps).map(([k, r]) => [
        k,
        { outcome: r.outcome, conclusion: r.outcome, outputs: r.outputs },
      ]),
    ),
    job: { status: result.status },
  };
  return Object.fromEntries(
    Object.entries(outputs).map(([name, spec]) => [
      name,
      interpolate(
        typeof spec === 'object' && spec !== null ? (spec as { value?: unknown }).value : spec,
        contexts,
        result.status,
      ),
    ]),
  );
}
