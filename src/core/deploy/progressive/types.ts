import type { HttpDeps } from '../../http/deps.js';
import type { KubeObject, ObjectRef } from '../../kube/types.js';
import type { CombinedVerdict, StepAnalysis } from './analysis.js';
import type { MeasuredShare } from './share.js';
import type { ProgressState, Strategy, TrafficMode } from './state.js';
import type { Step } from './steps.js';

/** Where traffic is split: the Service (replicas, blue-green), plus the HTTPRoute or Ingress of the other modes. */
export interface TrafficConfig {
  mode: TrafficMode;
  /** The Service in front of the stable pods (found by selector when not given). */
  service?: string;
  /** gateway-api: the HTTPRoute whose backendRefs name the stable Service. */
  route?: string;
  /** ingress-nginx: the Ingress that routes to the stable Service. */
  ingress?: string;
}

export interface ProgressiveOptions {
  strategy: Strategy;
  namespace: string;
  /** The Deployment manifest carrying the new pod template. */
  deployment: KubeObject;
  steps: Step[];
  traffic: TrafficConfig;
  fieldManager: string;
  /** Deadline of each wait for pods (canary/preview ready, the stable rollout before a start). */
  timeoutMs: number;
  graceMs: number;
  /** blue-green: how long the old version stays scaled after the switch. */
  scaleDownDelayMs: number;
  version?: string;
  /** Step analyses besides the Kubernetes signals (health, smoke, perf, metrics...). */
  analyses: StepAnalysis[];
  /** Base URL of a Service, HTTPRoute or Ingress as this host reaches it, undefined when it cannot. */
  urlOf(ref: ObjectRef): Promise<string | undefined>;
  /**
   * The URL users reach, sampled to measure the share of requests the new version answered
   * (default: the HTTPRoute/Ingress of the mode, else the shared Service, through urlOf).
   */
  trafficUrl?: string;
  /** Path sampled on the default traffic URL (one that answers with the version, e.g. /version). */
  trafficPath?: string;
  /** Called once the checks passed and before the first write (the adapter applies the other manifests). */
  beforeStart?(): Promise<void>;
  probe: HttpDeps['probe'];
  /** Aborted on cancel: the release aborts cleanly (traffic back, canary removed). */
  signal?: AbortSignal;
  /** Rolls the stable Deployment to the new template (a normal rolling release); false = it failed. */
  promote(): Promise<{ ok: boolean; message?: string }>;
  log(message: string): void;
  phase<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export interface StepReport {
  index: number;
  label: string;
  outcome: 'passed' | 'failed' | 'resumed';
  /** Share of traffic on the new version during the step (exact, from the replica counts or weights). */
  share: number;
  elapsedMs: number;
  verdict?: CombinedVerdict;
  message?: string;
}

export interface ProgressiveResult {
  strategy: Strategy;
  mode: TrafficMode;
  status: 'promoted' | 'aborted';
  deployment: string;
  workload: string;
  /** Step index a re-run resumed from, when it did. */
  resumedAt?: number;
  /** What a re-run found and removed first (a half-done release of another template). */
  cleanedUp?: string;
  steps: StepReport[];
  failedStep?: { index: number; label: string; reasons: string[] };
  measured?: MeasuredShare;
  message: string;
  elapsedMs: number;
  state?: ProgressState;
}
