import type { KubeObject, ObjectRef } from '../../kube/types.js';
import { OWNER_LABEL, TRACK_LABEL } from './state.js';

type Labels = Record<string, string>;

/** A pod template as far as progressive delivery reads it; the rest passes through. */
export interface PodTemplate {
  metadata?: { labels?: Labels; [key: string]: unknown };
  [key: string]: unknown;
}

interface DeploymentSpec {
  replicas?: number;
  selector?: { matchLabels?: Labels };
  template?: PodTemplate;
  progressDeadlineSeconds?: number;
  minReadySeconds?: number;
}

interface ServiceSpec {
  selector?: Labels;
  ports?: Record<string, unknown>[];
}

export const deploymentSpec = (object: KubeObject | undefined): DeploymentSpec => object?.spec ?? {};
export const serviceSpec = (object: KubeObject | undefined): ServiceSpec => object?.spec ?? {};
/** A Service's selector ({} when it has none). */
export const selectorOf = (service: KubeObject | undefined): Labels => serviceSpec(service).selector ?? {};

/** `canary` for a canary release, `preview` for blue-green: the suffix and the track label value. */
export type Track = 'canary' | 'preview';

export const deploymentRef = (namespace: string, name: string): ObjectRef => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  name,
  namespace,
});

export const serviceRef = (namespace: string, name: string): ObjectRef => ({
  apiVersion: 'v1',
  kind: 'Service',
  name,
  namespace,
});

/** `web-canary`, `web-preview`. */
export const trackName = (stable: string, track: Track): string => `${stable}-${track}`;

/** The labels that pick a track's pods: its track and the stable Deployment it belongs to. */
export const trackSelector = (stable: string, track: Track): Record<string, string> => ({
  [TRACK_LABEL]: track,
  [OWNER_LABEL]: stable,
});

/**
 * The canary (or preview) Deployment: the new pod template plus the track labels, with a
 * selector only its own pods match. `hideFrom` lists label keys removed from its pods so a
 * Service selecting the stable pods does not select these (gateway-api, ingress-nginx,
 * blue-green); in replicas mode nothing is removed and the shared Service selects both.
 */
export function trackDeployment(
  stable: KubeObject,
  template: PodTemplate,
  track: Track,
  replicas: number,
  hideFrom: string[] = [],
): KubeObject {
  const spec = deploymentSpec(stable);
  const stableName = stable.metadata.name ?? '';
  const podTemplate = JSON.parse(JSON.stringify(template)) as PodTemplate;
  const labels: Labels = { ...podTemplate.metadata?.labels };
  for (const key of hideFrom) delete labels[key];
  podTemplate.metadata = { ...podTemplate.metadata, labels: { ...labels, ...trackSelector(stableName, track) } };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: trackName(stableName, track),
      namespace: stable.metadata.namespace,
      labels: trackSelector(stableName, track),
    },
    spec: {
      replicas,
      selector: { matchLabels: trackSelector(stableName, track) },
      ...(spec.progressDeadlineSeconds ? { progressDeadlineSeconds: spec.progressDeadlineSeconds } : {}),
      ...(spec.minReadySeconds ? { minReadySeconds: spec.minReadySeconds } : {}),
      template: podTemplate,
    },
  };
}

/** A Service with `base`'s ports that selects only the track's pods: the endpoint analysis probes. */
export function trackService(base: KubeObject, stableName: string, track: Track): KubeObject {
  const ports = (serviceSpec(base).ports ?? []).map((port) => {
    const copy = { ...port };
    delete copy.nodePort;
    return copy;
  });
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: trackName(stableName, track),
      namespace: base.metadata.namespace,
      labels: trackSelector(stableName, track),
    },
    spec: { selector: trackSelector(stableName, track), ports },
  };
}

/** Whether a Service's selector picks the pods of this template (the "does it select the Deployment"). */
export function selects(service: KubeObject, template: PodTemplate): boolean {
  const selector = selectorOf(service);
  if (!Object.keys(selector).length) return false;
  const labels = template.metadata?.labels ?? {};
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** Replicas a canary gets for a weight: the step's share of the stable count, rounded up, at least 1. */
export function canaryReplicas(stableReplicas: number, weight: number): number {
  return Math.max(1, Math.ceil((stableReplicas * weight) / 100));
}

/** The exact share of pods (so of requests, round-robin) those replica counts give, in percent. */
export const replicaShare = (stable: number, canary: number): number =>
  stable + canary === 0 ? 0 : (100 * canary) / (stable + canary);
