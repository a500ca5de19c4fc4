import type { KubeClient, KubeObject, ObjectRef } from '../../kube/types.js';
import { rollbackManager } from '../../manifests/apply.js';
import { abortFromState } from './cleanup.js';
import { deploymentRef, deploymentSpec, type PodTemplate } from './objects.js';
import { waitReady } from './session.js';
import { OWNER_LABEL, readState, TRACK_LABEL, type ProgressState } from './state.js';

/** What `deploy-kit canary status` shows: the recorded state and the new version's pods. */
export interface ProgressStatus {
  deployment: string;
  state?: ProgressState;
  workload?: { name: string; replicas: number; ready: number };
}

export async function progressStatus(client: KubeClient, stable: ObjectRef): Promise<ProgressStatus> {
  const live = await client.get(stable);
  if (!live) throw new Error(`deployment/${stable.name} does not exist in namespace ${stable.namespace ?? ''}`);
  const state = readState(live);
  if (!state) return { deployment: stable.name };
  const workload = await client.get(deploymentRef(stable.namespace ?? '', state.workload));
  const status = (workload?.status ?? {}) as { replicas?: number; readyReplicas?: number };
  return {
    deployment: stable.name,
    state,
    workload: workload && { name: state.workload, replicas: status.replicas ?? 0, ready: status.readyReplicas ?? 0 },
  };
}

/**
 * The new version's template as the stable Deployment should run it: the track labels go and
 * the labels hidden from the stable Service's selector come back from the stable template.
 */
export function promotedTemplate(track: KubeObject, stable: KubeObject): PodTemplate {
  const template = JSON.parse(JSON.stringify(deploymentSpec(track).template ?? {})) as PodTemplate;
  const labels = { ...deploymentSpec(stable).template?.metadata?.labels, ...template.metadata?.labels };
  delete labels[TRACK_LABEL];
  delete labels[OWNER_LABEL];
  template.metadata = { ...template.metadata, labels };
  return template;
}

/**
 * `deploy-kit canary promote`: the stable Deployment takes the canary/preview template (a
 * rolling update, revision history as usual; written like a rollback so the next deploy owns
 * the fields again), then traffic, objects and state are cleaned up as after an automatic promotion.
 */
export async function promoteFromState(
  client: KubeClient,
  stable: ObjectRef,
  options: { fieldManager: string; timeoutMs: number; graceMs: number; log: (line: string) => void },
): Promise<string[]> {
  const live = await client.get(stable);
  const state = live && readState(live);
  if (!live || !state) throw new Error(`deployment/${stable.name} has no canary or blue-green in flight`);
  const track = await client.get(deploymentRef(stable.namespace ?? '', state.workload));
  if (!track)
    throw new Error(`deployment/${state.workload} is gone: nothing to promote; run 'canary abort' to clean up`);
  const template = promotedTemplate(track, live);
  await client.patch(
    stable,
    [{ op: 'replace', path: '/spec/template', value: template }],
    'json',
    rollbackManager(options.fieldManager),
  );
  const outcome = await waitReady(client, stable, { ...options, log: (line) => options.log(line) });
  if (outcome.state !== 'ready')
    throw new Error(`deployment/${stable.name} did not roll out the promoted template: ${outcome.message}`);
  return abortFromState(client, stable, state, options.fieldManager);
}

export { abortFromState };
