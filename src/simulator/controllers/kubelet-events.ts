import { isCrash, isPullError, type KubeletTiming } from './pod-status.js';
import type { PodRuntime } from './pod-runtime.js';
import type { ContainerSpec } from './pod-spec.js';

/** Records one kubelet Event of a pod under a key, once unless `repeat` (then once per key). */
export type Say = (key: string, type: 'Normal' | 'Warning', reason: string, message: string, repeat?: boolean) => void;

function pullFailure(say: Say, c: ContainerSpec, elapsed: number, timing: KubeletTiming): void {
  say('pull', 'Normal', 'Pulling', `Pulling image "${c.image}"`);
  say(
    'pullfail',
    'Warning',
    'Failed',
    `Failed to pull image "${c.image}": rpc error: code = NotFound desc = failed to pull and unpack image "${c.image}": not found`,
  );
  say('errpull', 'Warning', 'Failed', 'Error: ErrImagePull');
  if (elapsed >= timing.pullBackoffMs) say('backoffpull', 'Normal', 'BackOff', `Back-off pulling image "${c.image}"`);
}

/** The Events a kubelet records for one container so far: pull, create, start, back-off, failed probes. */
export function containerEvents(
  say: Say,
  rt: PodRuntime,
  c: ContainerSpec,
  elapsed: number,
  timing: KubeletTiming,
): void {
  if (isPullError(c.image)) return pullFailure(say, c, elapsed, timing);
  if (elapsed < timing.readyDelayMs) return;
  say(`pulled-${c.name}`, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`);
  say(`created-${c.name}`, 'Normal', 'Created', `Created container ${c.name}`);
  say(`started-${c.name}`, 'Normal', 'Started', `Started container ${c.name}`);
  const restarts = Math.floor((elapsed - timing.readyDelayMs) / timing.crashPeriodMs);
  if (isCrash(c.image) || rt.appState === 'crashed')
    say(`backoff-${restarts}`, 'Warning', 'BackOff', 'Back-off restarting failed container', true);
  if (rt.probeOk === false)
    say(
      `unhealthy-${restarts}`,
      'Warning',
      'Unhealthy',
      `Readiness probe failed: HTTP probe failed with statuscode: 503`,
      true,
    );
}
