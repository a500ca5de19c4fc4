import type { KubeClient } from '../../kube/types.js';
import { refOf } from '../../kube/types.js';
import { deploymentSpec, selectorOf, trackDeployment, trackSelector, trackService } from './objects.js';
import type { Plan } from './plan.js';
import { ProgressiveRun, StepFailure } from './run.js';
import { applyOwnedObject, progressiveManager, removeTrack, sleepUnlessAborted } from './session.js';
import { clearState } from './state.js';
import type { ProgressiveOptions, ProgressiveResult } from './types.js';

/** A merge patch that makes a Service's selector exactly `next` (keys not in it are removed). */
export function selectorPatch(current: Record<string, string>, next: Record<string, string>) {
  const selector: Record<string, string | null> = {};
  for (const key of Object.keys(current)) selector[key] = null;
  return { spec: { selector: { ...selector, ...next } } };
}

/**
 * A blue-green release: the new version runs fully scaled as `<name>-preview` behind a preview
 * Service; analysis runs against the preview; then the active Service's selector switches to it
 * while the old pods stay up for `scale-down-delay` (going back is one selector switch). After
 * the delay the stable Deployment takes the new template, the selector returns and the preview goes.
 */
export class BlueGreenRun extends ProgressiveRun {
  constructor(client: KubeClient, plan: Plan, options: ProgressiveOptions, result: ProgressiveResult) {
    super(client, plan, options, result, 'preview');
  }

  private get activeSelector(): Record<string, string> {
    return this.state.activeSelector ?? selectorOf(this.plan.service);
  }

  protected async start(): Promise<void> {
    const { plan, options } = this;
    this.state = { ...this.state, activeSelector: this.activeSelector };
    const replicas = deploymentSpec(plan.stable).replicas ?? 1;
    const hide = Object.keys(this.activeSelector);
    const deployment = trackDeployment(plan.stable, plan.template, 'preview', replicas, hide);
    await applyOwnedObject(this.client, trackService(plan.service, this.stableName, 'preview'), options.fieldManager);
    await applyOwnedObject(this.client, deployment, options.fieldManager);
    await this.saveState();
    await this.waitForTrack();
  }

  protected weightStep(): Promise<void> {
    return Promise.reject(new StepFailure(['blue-green steps take no weights before the final 100% (the switch)']));
  }

  private async pointActiveAt(selector: Record<string, string>): Promise<void> {
    const service = refOf(this.plan.service);
    const live = await this.client.get(service);
    const current = selectorOf(live);
    await this.client.patch(
      service,
      selectorPatch(current, selector),
      'merge',
      progressiveManager(this.options.fieldManager),
    );
  }

  protected async finish(): Promise<{ ok: boolean; message?: string }> {
    const { options } = this;
    await options.phase('blue-green: switch the active Service to the preview', async () => {
      await this.pointActiveAt(trackSelector(this.stableName, 'preview'));
      this.state = { ...this.state, switched: true, weight: 100 };
      this.share = 100;
      await this.saveState();
    });
    const delay = `blue-green: old version kept for scale-down-delay (${Math.round(options.scaleDownDelayMs / 1000)}s)`;
    const waited = await options.phase(delay, () => sleepUnlessAborted(options.scaleDownDelayMs, options.signal));
    if (!waited) this.cancelled();
    const promoted = await options.phase('blue-green: stable takes the new template', () => options.promote());
    if (!promoted.ok) throw new StepFailure([`promotion failed: ${promoted.message ?? ''}`]);
    await options.phase('blue-green: selector back, preview removed', () => this.teardown());
    return promoted;
  }

  protected async teardown(): Promise<void> {
    if (this.state.switched) await this.pointActiveAt(this.activeSelector);
    await removeTrack(this.client, this.options.namespace, this.stableName, 'preview', this.options.fieldManager);
    await clearState(this.client, this.stableRef, this.options.fieldManager);
  }
}
