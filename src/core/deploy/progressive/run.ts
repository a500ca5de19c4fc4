import type { KubeClient } from '../../kube/types.js';
import { refOf } from '../../kube/types.js';
import { analyseStep, kubeSignals, type StepContext } from './analysis.js';
import { deploymentRef, trackName, trackSelector, type Track } from './objects.js';
import type { Plan } from './plan.js';
import { sleepUnlessAborted, unlessAborted, waitReady } from './session.js';
import { ShareSampler } from './share.js';
import { writeState, type ProgressState } from './state.js';
import { describeStep, type Step } from './steps.js';
import type { ProgressiveOptions, ProgressiveResult, StepReport } from './types.js';

/** Why a step ended the release, with the reasons reported as the failed step's. */
export class StepFailure extends Error {
  constructor(
    readonly reasons: string[],
    readonly verdict?: StepReport['verdict'],
  ) {
    super(reasons.join('; '));
  }
}

/**
 * The part every progressive strategy shares: walk the steps before the final 100% (weights,
 * pauses, analyses) writing progress to the stable Deployment after each, then finish (promote)
 * or, on the first failure, cancel or timeout, abort. Subclasses say how traffic moves.
 */
export abstract class ProgressiveRun {
  protected readonly stableName: string;
  protected readonly workload: string;
  protected sampler?: ShareSampler;
  protected readonly since = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  protected state: ProgressState;
  /** Exact share of traffic on the new version now, in percent. */
  protected share = 0;

  constructor(
    protected readonly client: KubeClient,
    protected readonly plan: Plan,
    protected readonly options: ProgressiveOptions,
    protected readonly result: ProgressiveResult,
    protected readonly track: Track,
  ) {
    this.stableName = plan.stable.metadata.name ?? '';
    this.workload = trackName(this.stableName, track);
    const previous = plan.state;
    const resumed = previous?.template === plan.digest && previous.strategy === options.strategy ? previous : undefined;
    this.state = resumed ?? {
      strategy: options.strategy,
      mode: options.traffic.mode,
      step: 0,
      weight: 0,
      template: plan.digest,
      workload: this.workload,
      service: this.workload,
      stableService: plan.service.metadata.name ?? '',
      route: plan.route?.metadata.name,
      version: options.version,
      startedAt: new Date().toISOString(),
      updatedAt: '',
    };
    if (resumed) result.resumedAt = resumed.step;
  }

  /** Starts measuring which version answers the users' endpoint (needs the version to recognise it). */
  private async startSampler(): Promise<void> {
    const { options, plan } = this;
    if (!options.version) return;
    const entry = plan.route && options.strategy === 'canary' ? refOf(plan.route) : refOf(plan.service);
    const base = options.trafficUrl ? undefined : await options.urlOf(entry);
    const url = options.trafficUrl ?? (base ? new URL(options.trafficPath ?? '/', base).toString() : undefined);
    if (url) this.sampler = new ShareSampler(url, options.version, options.probe);
    else options.log("the users' endpoint is not reachable from here (set traffic-url): the share is not measured");
  }

  /** Creates (or, resumed, re-applies) the new version's objects. */
  protected abstract start(): Promise<void>;
  /** Moves `weight` percent of traffic to the new version (canary only). */
  protected abstract weightStep(weight: number): Promise<void>;
  /** The final step: the stable Deployment takes the new template and the extra objects go. */
  protected abstract finish(): Promise<{ ok: boolean; message?: string }>;
  /** Traffic back to stable, extra objects and state removed. */
  protected abstract teardown(): Promise<void>;

  protected get stableRef() {
    return refOf(this.plan.stable);
  }

  protected saveState(): Promise<void> {
    return writeState(this.client, this.stableRef, this.state, this.options.fieldManager);
  }

  protected cancelled(): never {
    throw new StepFailure(['cancelled: the run was cancelled']);
  }

  /** Waits for the new version's pods, failing fast like a rolling deploy. */
  protected async waitForTrack(): Promise<void> {
    const { options } = this;
    const outcome = await waitReady(this.client, deploymentRef(options.namespace, this.workload), {
      timeoutMs: options.timeoutMs,
      graceMs: options.graceMs,
      log: (message) => options.log(message),
      signal: options.signal,
    });
    if (outcome.state === 'cancelled') this.cancelled();
    if (outcome.state !== 'ready') throw new StepFailure([`${this.track} pods failed: ${outcome.message}`]);
  }

  protected async context(index: number, step: Step, signal: AbortSignal): Promise<StepContext> {
    const service = refOf(this.plan.service);
    return {
      step: index,
      label: describeStep(step),
      weight: this.share,
      namespace: this.options.namespace,
      workload: `deployment/${this.workload}`,
      podSelector: trackSelector(this.stableName, this.track),
      canaryUrl: await this.options.urlOf({ ...service, name: this.workload }),
      stableUrl: await this.options.urlOf(service),
      since: this.since,
      signal,
    };
  }

  private async analysisStep(index: number, step: Step): Promise<StepReport['verdict']> {
    const signal = this.options.signal ?? new AbortController().signal;
    const analyses = [kubeSignals(this.client), ...this.options.analyses];
    const verdict = await unlessAborted(analyseStep(analyses, await this.context(index, step, signal)), signal);
    if (!verdict) this.cancelled();
    for (const v of verdict.verdicts)
      this.options.log(`analysis ${v.check}: ${v.passed ? 'passed' : 'FAILED'} - ${v.reasons.join('; ')}`);
    if (!verdict.passed) throw new StepFailure(verdict.reasons, verdict);
    return verdict;
  }

  private async runStep(index: number, step: Step): Promise<StepReport['verdict']> {
    if (this.options.signal?.aborted) this.cancelled();
    if (step.kind === 'weight') await this.weightStep(step.weight);
    else if (step.kind === 'pause') {
      if (!(await sleepUnlessAborted(step.ms, this.options.signal))) this.cancelled();
    } else return this.analysisStep(index, step);
    return undefined;
  }

  private async walk(index: number, step: Step): Promise<void> {
    const started = Date.now();
    const label = describeStep(step);
    const title = `${this.options.strategy} step ${index + 1}/${this.options.steps.length}: ${label}`;
    const verdict = await this.options.phase(title, async () => {
      try {
        return await this.runStep(index, step);
      } catch (error) {
        this.recordFailure(index, started, error);
        throw error;
      }
    });
    this.result.steps.push({
      index,
      label,
      outcome: 'passed',
      share: this.share,
      elapsedMs: Date.now() - started,
      verdict,
    });
    this.state = { ...this.state, step: index + 1, weight: step.kind === 'weight' ? step.weight : this.state.weight };
    await this.saveState();
  }

  async run(): Promise<ProgressiveResult> {
    const { options } = this;
    const last = options.steps.length - 1;
    try {
      await options.beforeStart?.();
      await this.startSampler();
      await options.phase(`${options.strategy}: start ${this.workload}`, () => this.start());
      for (let index = this.state.step; index < last; index++) await this.walk(index, options.steps[index]);
      if (options.signal?.aborted) this.cancelled();
      const started = Date.now();
      this.sampler?.weight(100, 100);
      const finished = await this.finish();
      if (!finished.ok) throw new StepFailure([`promotion failed: ${finished.message ?? ''}`]);
      this.result.steps.push({
        index: last,
        label: '100%',
        outcome: 'passed',
        share: 100,
        elapsedMs: Date.now() - started,
      });
      this.result.status = 'promoted';
      this.result.message = `promoted: deployment/${this.stableName} runs the new template; ${this.workload} is removed`;
    } catch (error) {
      this.recordFailure(this.state.step, Date.now(), error);
      await options.phase(`${options.strategy}: abort (all traffic back to stable)`, () => this.teardown());
      const failed = this.result.failedStep!;
      this.result.status = 'aborted';
      this.result.message = `aborted at step ${failed.index + 1} (${failed.label}): ${failed.reasons.join('; ')}`;
    }
    this.result.measured = await this.sampler?.stop();
    return this.result;
  }

  private recordFailure(index: number, started: number, error: unknown): void {
    if (this.result.failedStep) return;
    const reasons = error instanceof StepFailure ? error.reasons : [(error as Error).message];
    const step = this.options.steps[index];
    const label = step ? describeStep(step) : 'start';
    this.result.failedStep = { index, label, reasons };
    this.result.steps.push({
      index,
      label,
      outcome: 'failed',
      share: this.share,
      elapsedMs: Date.now() - started,
      verdict: error instanceof StepFailure ? error.verdict : undefined,
      message: reasons.join('; '),
    });
  }
}
