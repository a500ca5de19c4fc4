import type { KubeClient } from '../../kube/types.js';
import { canaryReplicas, deploymentRef, deploymentSpec, selectorOf, trackDeployment, trackService } from './objects.js';
import type { Plan } from './plan.js';
import { gatewayRouter, ingressRouter } from './routes.js';
import { ProgressiveRun, StepFailure } from './run.js';
import { applyOwnedObject, removeTrack } from './session.js';
import { clearState } from './state.js';
import { replicasRouter, type TrafficRouter } from './traffic.js';
import type { ProgressiveOptions, ProgressiveResult } from './types.js';

/**
 * A canary release: a `<name>-canary` Deployment beside stable takes a growing share of the
 * traffic (by replica count, HTTPRoute weights or a canary Ingress) until the final 100%
 * promotes the new template onto the stable Deployment and the canary goes.
 */
export class CanaryRun extends ProgressiveRun {
  /** Canary capacity: pods for the weight (in replicas mode this is also the traffic split). */
  private readonly scaler: TrafficRouter;
  private readonly router: TrafficRouter;
  private readonly stableReplicas: number;

  constructor(client: KubeClient, plan: Plan, options: ProgressiveOptions, result: ProgressiveResult) {
    super(client, plan, options, result, 'canary');
    this.stableReplicas = deploymentSpec(plan.stable).replicas ?? 1;
    const ref = deploymentRef(options.namespace, this.workload);
    this.scaler = replicasRouter(client, ref, this.stableReplicas, options.fieldManager);
    const stableService = plan.service.metadata.name ?? '';
    const { mode } = options.traffic;
    this.router =
      mode === 'gateway-api'
        ? gatewayRouter(client, plan.route!, stableService, this.workload, options.fieldManager)
        : mode === 'ingress-nginx'
          ? ingressRouter(client, plan.route!, stableService, this.workload, options.fieldManager)
          : this.scaler;
  }

  protected async start(): Promise<void> {
    const { plan, options } = this;
    const hide = options.traffic.mode === 'replicas' ? [] : Object.keys(selectorOf(plan.service));
    const replicas = this.state.weight ? canaryReplicas(this.stableReplicas, this.state.weight) : 0;
    const deployment = trackDeployment(plan.stable, plan.template, 'canary', replicas, hide);
    await applyOwnedObject(this.client, trackService(plan.service, this.stableName, 'canary'), options.fieldManager);
    await applyOwnedObject(this.client, deployment, options.fieldManager);
    await this.saveState();
    if (this.state.weight) await this.weightStep(this.state.weight);
  }

  /** Scales the canary for the weight, waits for its pods (fail-fast), then moves the traffic. */
  protected async weightStep(weight: number): Promise<void> {
    const share = await this.scaler.setWeight(weight);
    await this.waitForTrack();
    this.share = this.router === this.scaler ? share : await this.router.setWeight(weight);
    this.sampler?.weight(weight, this.share);
    this.options.log(`${this.workload}: ${weight}% requested, ${this.share.toFixed(1)}% of traffic on the canary`);
  }

  protected async finish(): Promise<{ ok: boolean; message?: string }> {
    const { options } = this;
    const promoted = await options.phase('canary: promote (stable takes the new template)', () => options.promote());
    if (!promoted.ok) throw new StepFailure([`promotion failed: ${promoted.message ?? ''}`]);
    await options.phase('canary: remove the canary', () => this.teardown());
    return promoted;
  }

  protected async teardown(): Promise<void> {
    await this.router.reset();
    await removeTrack(this.client, this.options.namespace, this.stableName, 'canary', this.options.fieldManager);
    await this.router.cleanup();
    await clearState(this.client, this.stableRef, this.options.fieldManager);
  }
}
