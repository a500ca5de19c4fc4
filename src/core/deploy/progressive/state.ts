import { createHash } from 'node:crypto';
import type { KubeClient, KubeObject, ObjectRef } from '../../kube/types.js';
import { normalizeTemplate } from '../rollout/template.js';

/** The annotation on the stable Deployment that holds a progressive release in flight. */
export const STATE_ANNOTATION = 'deploy-kit.dev/progressive';
/** Label on every object a progressive release creates, naming the stable Deployment. */
export const OWNER_LABEL = 'deploy-kit.dev/progressive-of';
/** Pod label telling canary/preview pods from stable ones (and the Service that selects only them). */
export const TRACK_LABEL = 'deploy-kit.dev/track';

export type Strategy = 'canary' | 'blue-green';
export type TrafficMode = 'replicas' | 'gateway-api' | 'ingress-nginx';

/** What a re-run, `deploy-kit canary status|promote|abort` and a cancelled run need to know. */
export interface ProgressState {
  strategy: Strategy;
  mode: TrafficMode;
  /** Index of the next step to run (steps before it are done). */
  step: number;
  /** Share of traffic on the new version right now (0-100). */
  weight: number;
  /** sha256 of the new pod template: the same release continues, another one cleans up first. */
  template: string;
  /** Names of the canary/preview Deployment and Service. */
  workload: string;
  service: string;
  /** The shared (replicas, blue-green active) or stable Service; gateway-api route / ingress-nginx Ingress. */
  stableService: string;
  route?: string;
  /** blue-green: the active Service's selector before the switch, restored at the end. */
  activeSelector?: Record<string, string>;
  switched?: boolean;
  version?: string;
  startedAt: string;
  updatedAt: string;
}

/** A stable digest of a pod template (defaults and hash labels left out), to recognise the same release. */
export function templateDigest(template: unknown): string {
  const normalized = normalizeTemplate(template);
  return createHash('sha256')
    .update(JSON.stringify(sortKeys(normalized)))
    .digest('hex')
    .slice(0, 16);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}

/** The state recorded on a Deployment, or undefined when no progressive release is in flight. */
export function readState(deployment: KubeObject): ProgressState | undefined {
  const raw = deployment.metadata.annotations?.[STATE_ANNOTATION];
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as ProgressState;
  } catch {
    return undefined;
  }
}

/** Writes the state with a merge patch (only this annotation changes; the template is untouched). */
export async function writeState(
  client: KubeClient,
  ref: ObjectRef,
  state: ProgressState,
  fieldManager: string,
): Promise<void> {
  const value = JSON.stringify({ ...state, updatedAt: new Date().toISOString() });
  await client.patch(ref, { metadata: { annotations: { [STATE_ANNOTATION]: value } } }, 'merge', fieldManager);
}

export async function clearState(client: KubeClient, ref: ObjectRef, fieldManager: string): Promise<void> {
  await client.patch(ref, { metadata: { annotations: { [STATE_ANNOTATION]: null } } }, 'merge', fieldManager);
}
