import { DeployKitError } from '../../../shared/errors.js';
import type { KubeClient } from '../../kube/types.js';
import { refOf } from '../../kube/types.js';
import { rolloutStatus } from '../rollout/status.js';
import { BlueGreenRun } from './blue-green.js';
import { CanaryRun } from './canary.js';
import { abortFromState } from './cleanup.js';
import { trackName } from './objects.js';
import { planRelease, type Plan } from './plan.js';
import { waitReady } from './session.js';
import type { ProgressiveOptions, ProgressiveResult } from './types.js';

export type { StepAnalysis, StepContext, StepVerdict } from './analysis.js';
export type { ProgressiveOptions, ProgressiveResult, TrafficConfig } from './types.js';

/** A Deployment still rolling out (another deploy in flight) is waited for before the new version starts. */
async function settleStable(client: KubeClient, plan: Plan, options: ProgressiveOptions): Promise<void> {
  if (rolloutStatus(plan.stable).done) return;
  const name = plan.stable.metadata.name ?? '';
  options.log(`deployment/${name} is mid-rollout; waiting for it to finish before the ${options.strategy} starts`);
  const outcome = await waitReady(client, refOf(plan.stable), { ...options, signal: options.signal });
  if (outcome.state !== 'ready')
    throw new DeployKitError(
      `deployment/${name} was mid-rollout and did not finish (${outcome.message}); the ${options.strategy} did not start and nothing was changed`,
    );
  plan.stable = (await client.get(refOf(plan.stable))) ?? plan.stable;
}

/**
 * A progressive release (canary or blue-green) of one Deployment. Resolves undefined when the
 * Deployment does not exist yet (nothing to compare with: the caller deploys it normally).
 * A half-done release of the same template is resumed; one of another template is aborted first.
 */
export async function progressiveRelease(
  client: KubeClient,
  options: ProgressiveOptions,
): Promise<ProgressiveResult | undefined> {
  const started = Date.now();
  const plan = await planRelease(client, options);
  if (!plan) return undefined;
  const result: ProgressiveResult = {
    strategy: options.strategy,
    mode: options.strategy === 'canary' ? options.traffic.mode : 'replicas',
    status: 'aborted',
    deployment: plan.stable.metadata.name ?? '',
    workload: trackName(plan.stable.metadata.name ?? '', options.strategy === 'canary' ? 'canary' : 'preview'),
    steps: [],
    message: '',
    elapsedMs: 0,
  };
  const previous = plan.state;
  if (previous && (previous.template !== plan.digest || previous.strategy !== options.strategy)) {
    const removed = await options.phase('Clean up a half-done release of another version', () =>
      abortFromState(client, refOf(plan.stable), previous, options.fieldManager),
    );
    result.cleanedUp = `aborted the half-done ${previous.strategy} of another template (step ${previous.step + 1}): removed ${removed.join(', ')}`;
    options.log(result.cleanedUp);
    plan.state = undefined;
    plan.stable = (await client.get(refOf(plan.stable))) ?? plan.stable;
  }
  await settleStable(client, plan, options);
  const run =
    options.strategy === 'canary'
      ? new CanaryRun(client, plan, options, result)
      : new BlueGreenRun(client, plan, options, result);
  await run.run();
  result.elapsedMs = Date.now() - started;
  return result;
}
