import type { KubeClient, KubeObject } from '../../kube/types.js';
import { FATAL_REASONS, oomKilled, readyCondition } from '../rollout/pods.js';
import { selectorString } from '../rollout/revisions.js';

interface ContainerStatus {
  name: string;
  restartCount?: number;
  state?: { waiting?: { reason?: string }; terminated?: { reason?: string } };
  lastState?: { terminated?: { reason?: string } };
}
interface PodStatus {
  containerStatuses?: ContainerStatus[];
}
interface EventObject extends KubeObject {
  type?: string;
  reason?: string;
  message?: string;
  lastTimestamp?: string;
  eventTime?: string;
  involvedObject?: { name?: string };
}

/** What every step analysis gets: where the new and the old version answer, and which pods run the new one. */
export interface StepContext {
  /** Index of the step in `steps` (0-based) and how it reads (`analysis`, `10%`). */
  step: number;
  label: string;
  /** Share of traffic on the new version now, in percent. */
  weight: number;
  namespace: string;
  /** The canary/preview Deployment and the label selector of its pods. */
  workload: string;
  podSelector: Record<string, string>;
  /** Base URLs of the canary (preview) endpoint and the stable endpoint, where they are reachable. */
  canaryUrl?: string;
  stableUrl?: string;
  /** When the canary started: Events older than this are not the canary's. */
  since: string;
  signal: AbortSignal;
}

/** One check's verdict; `reasons` say why it failed (or what it saw, when it passed). */
export interface StepVerdict {
  check: string;
  passed: boolean;
  reasons: string[];
}

/**
 * A step analysis: the extension point for checks beyond the built-in ones (e.g. metric
 * analysis against Prometheus). It must resolve (not throw) with a verdict; a throw counts as failed.
 */
export type StepAnalysis = (ctx: StepContext) => Promise<StepVerdict>;

/** All verdicts of one step combined: it passes only when every check passed; reasons name the check. */
export interface CombinedVerdict {
  passed: boolean;
  verdicts: StepVerdict[];
  reasons: string[];
}

export async function analyseStep(analyses: readonly StepAnalysis[], ctx: StepContext): Promise<CombinedVerdict> {
  const verdicts = await Promise.all(
    analyses.map((analysis) =>
      analysis(ctx).catch((error: unknown): StepVerdict => ({
        check: analysis.name || 'analysis',
        passed: false,
        reasons: [`the check itself failed: ${(error as Error).message}`],
      })),
    ),
  );
  const reasons = verdicts.filter((v) => !v.passed).flatMap((v) => v.reasons.map((r) => `${v.check}: ${r}`));
  return { passed: reasons.length === 0 && verdicts.every((v) => v.passed), verdicts, reasons };
}

/** Problems of one canary pod as a kubelet would report them: restarts, not ready, OOMKilled, fatal waits. */
export function podSignals(pod: KubeObject): string[] {
  const name = pod.metadata.name ?? '';
  const status = (pod.status ?? {}) as PodStatus;
  const signals: string[] = [];
  for (const cs of status.containerStatuses ?? []) {
    if ((cs.restartCount ?? 0) > 0)
      signals.push(`pod ${name} container ${cs.name} restarted ${cs.restartCount} time(s)`);
    if (oomKilled(cs)) signals.push(`pod ${name} container ${cs.name} was OOMKilled`);
    const waiting = cs.state?.waiting?.reason;
    if (waiting && FATAL_REASONS.includes(waiting)) signals.push(`pod ${name} container ${cs.name} is in ${waiting}`);
  }
  const ready = readyCondition(pod);
  if (ready?.status !== 'True') signals.push(`pod ${name} is not ready${ready?.reason ? ` (${ready.reason})` : ''}`);
  return signals;
}

async function warningEvents(client: KubeClient, namespace: string, pods: string[], since: string): Promise<string[]> {
  if (!pods.length) return [];
  const { items } = await client.list<EventObject>('v1', 'Event', namespace);
  return items
    .filter((e) => e.type === 'Warning' && pods.includes(e.involvedObject?.name ?? ''))
    .filter((e) => (e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp ?? '') >= since)
    .slice(-5)
    .map((e) => `Warning ${e.reason ?? ''} on pod ${e.involvedObject?.name ?? ''}: ${e.message ?? ''}`.trim());
}

/**
 * The Kubernetes signals of the canary pods: restarts, not-ready, OOMKilled, fatal waiting
 * reasons and Warning Events since the canary started. No pods at all is a failure too.
 */
export function kubeSignals(client: KubeClient): StepAnalysis {
  return async function kubernetes(ctx) {
    const { items } = await client.list('v1', 'Pod', ctx.namespace, {
      labelSelector: selectorString({ matchLabels: ctx.podSelector }),
    });
    const pods = items.filter((p) => !p.metadata.deletionTimestamp);
    if (!pods.length) return { check: 'kubernetes', passed: false, reasons: [`no pods of ${ctx.workload} found`] };
    const signals = pods.flatMap(podSignals);
    const events = await warningEvents(
      client,
      ctx.namespace,
      pods.map((p) => p.metadata.name ?? ''),
      ctx.since,
    );
    const reasons = [...signals, ...events];
    return {
      check: 'kubernetes',
      passed: reasons.length === 0,
      reasons: reasons.length ? reasons : [`${pods.length} pod(s) ready, no restarts, no Warning Events`],
    };
  };
}
