import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/repo.js';
import { parseActionErrors, parseWorkflowErrors, rewriteSelfReferences } from '../helpers/workflow-lint.js';
import { condition, interpolate, type Contexts, type RunStatus } from './expressions.js';
import { evaluateOutputs, runSteps, type StepDef, type StepScenario, type StepRecord } from './steps.js';

interface JobDef {
  needs?: string | string[];
  environment?: string | { name?: string };
  if?: string | boolean;
  steps?: StepDef[];
  outputs?: Record<string, string>;
}

interface InputSpec {
  default?: unknown;
}

/** A file GitHub's own parser accepts, as data: the emulator refuses to walk anything GitHub would reject. */
function load<T>(relativePath: string, kind: 'workflow' | 'action'): T {
  const text = readFileSync(join(repoRoot, relativePath), 'utf8');
  const errors =
    kind === 'workflow'
      ? parseWorkflowErrors(relativePath, rewriteSelfReferences(text))
      : parseActionErrors(relativePath, text);
  if (errors.length) throw new Error(`${relativePath} is not valid for GitHub: ${errors.join('; ')}`);
  return parse(text) as T;
}

const defaultsOf = (specs: Record<string, InputSpec> = {}) =>
  Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.default ?? '']));

export interface JobRun {
  result: RunStatus | 'skipped';
  steps: Record<string, StepRecord>;
  /** Keys of the steps that ran, in order. */
  ran: string[];
  outputs: Record<string, string>;
}

export interface WorkflowScenario extends Omit<StepScenario, 'endings'> {
  inputs?: Record<string, unknown>;
  secrets?: Record<string, string>;
  github?: Record<string, unknown>;
  /** Per job: step key -> ending. */
  endings?: Record<string, StepScenario['endings']>;
  /** Secrets of GitHub environments, by environment name (the repository settings, not the caller). */
  environmentSecrets?: Record<string, Record<string, string>>;
}

/**
 * The secrets a job sees: what the caller passed, and for a job with `environment:` that
 * environment's secrets on top (names are case-insensitive; the environment's value wins).
 */
function secretsFor(job: JobDef, contexts: Contexts, scenario: WorkflowScenario): Record<string, string> {
  const passed = scenario.secrets ?? {};
  const declared = typeof job.environment === 'object' ? job.environment.name : job.environment;
  if (!declared) return passed;
  const name = interpolate(declared, contexts);
  const own = Object.entries(scenario.environmentSecrets?.[name] ?? {});
  const merged = Object.fromEntries(Object.entries(passed).map(([k, v]) => [k.toLowerCase(), v]));
  for (const [key, value] of own) merged[key.toLowerCase()] = value;
  return merged;
}

/** Runs a reusable workflow's jobs in `needs` order, with job-level `if` and needs results as GitHub evaluates them. */
export function runWorkflow(relativePath: string, scenario: WorkflowScenario) {
  const doc = load<{
    on: { workflow_call: { inputs?: Record<string, InputSpec>; outputs?: Record<string, unknown> } };
    jobs: Record<string, JobDef>;
  }>(relativePath, 'workflow');
  const call = doc.on.workflow_call;
  const base: Contexts = {
    inputs: { ...defaultsOf(call.inputs), ...scenario.inputs },
    secrets: scenario.secrets ?? {},
    github: { repository: 'acme/shop', ref_name: 'v1.2.3', run_attempt: scenario.attempt ?? 1, ...scenario.github },
    runner: { temp: '/runner/temp', os: 'Linux' },
    vars: {},
    env: {},
    matrix: {},
    strategy: {},
  };
  const jobs: Record<string, JobRun> = {};
  for (const [name, job] of Object.entries(doc.jobs)) {
    const needs = [job.needs ?? []].flat();
    const needsContext = Object.fromEntries(
      needs.map((n) => [n, { result: jobs[n].result, outputs: jobs[n].outputs }]),
    );
    const upstream: RunStatus = needs.some((n) => jobs[n].result === 'failure' || jobs[n].result === 'cancelled')
      ? needs.some((n) => jobs[n].result === 'cancelled')
        ? 'cancelled'
        : 'failure'
      : 'success';
    const contexts = { ...base, needs: needsContext };
    const skippedUpstream = needs.some((n) => jobs[n].result === 'skipped');
    const runs = condition(job.if, contexts, upstream) && !(skippedUpstream && job.if === undefined);
    if (!runs) {
      jobs[name] = { result: 'skipped', steps: {}, ran: [], outputs: {} };
      continue;
    }
    const jobContexts = { ...contexts, secrets: secretsFor(job, contexts, scenario) };
    const result = runSteps(job.steps ?? [], jobContexts, { ...scenario, endings: scenario.endings?.[name] });
    jobs[name] = {
      result: result.status,
      steps: result.steps,
      ran: result.order.filter((s) => s.outcome !== 'skipped').map((s) => s.key),
      outputs: evaluateOutputs(job.outputs ?? {}, contexts, result),
    };
  }
  const outputs = evaluateOutputs(call.outputs ?? {}, { ...base, jobs }, { status: 'success', steps: {}, order: [] });
  return { jobs, outputs };
}

/** Runs a composite action (the root action.yml, actions/verify) with its declared input defaults. */
export function runComposite(relativePath: string, inputs: Record<string, string>, scenario: StepScenario) {
  const doc = load<{
    inputs?: Record<string, InputSpec>;
    outputs?: Record<string, unknown>;
    runs: { steps: StepDef[] };
  }>(relativePath, 'action');
  const contexts: Contexts = {
    inputs: { ...defaultsOf(doc.inputs), ...inputs },
    github: { repository: 'acme/shop', run_attempt: scenario.attempt ?? 1 },
    runner: { temp: '/runner/temp', os: 'Linux' },
    env: {},
  };
  const result = runSteps(doc.runs.steps, contexts, scenario);
  return {
    result: result.status,
    steps: result.steps,
    ran: result.order.filter((s) => s.outcome !== 'skipped').map((s) => s.key),
    outputs: evaluateOutputs(doc.outputs ?? {}, contexts, result),
  };
}
