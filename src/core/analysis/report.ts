import type { ComparisonDetail } from './compare.js';
import type { Direction, Outcome, ProviderName } from './types.js';

export const ANALYSIS_REPORT_SCHEMA = 'deploy-kit/analysis-report@1';

export interface MeasurementRecord {
  /** 1-based measurement number. */
  index: number;
  at: string;
  outcome: Outcome;
  /** The judged number (ms for a quantile condition; the canary's median in comparison mode). */
  value?: number;
  reason: string;
  comparison?: ComparisonDetail;
}

export interface MetricResult {
  name: string;
  provider: ProviderName;
  /** The query as sent for the release (or the canary), variables filled. */
  query: string;
  baselineQuery?: string;
  condition?: string;
  direction?: Direction;
  outcome: Outcome;
  counts: Record<Outcome, number>;
  measurements: MeasurementRecord[];
  reason: string;
}

export interface AnalysisReport {
  schema: typeof ANALYSIS_REPORT_SCHEMA;
  kitVersion: string;
  createdAt: string;
  mode: 'measure' | 'compare';
  config: {
    intervalMs: number;
    count: number;
    initialDelayMs: number;
    failureLimit: number;
    inconclusiveLimit: number;
    minScore: number;
    lookbackMs?: number;
    stepMs?: number;
    maxDifference?: number;
  };
  vars: Record<string, string>;
  baselineVars?: Record<string, string>;
  metrics: MetricResult[];
  /** 0-100: the share of metrics that passed. */
  score: number;
  verdict: Outcome;
  /** Set when the run stopped before `count` measurements because a limit was already exceeded. */
  stoppedEarly?: string;
  reasons: string[];
}

/** A metric's phase from its measurements, as an AnalysisRun judges it. */
export function metricOutcome(
  counts: Record<Outcome, number>,
  limits: { failureLimit: number; inconclusiveLimit: number },
): Outcome {
  if (counts.fail > limits.failureLimit) return 'fail';
  if (counts.inconclusive > limits.inconclusiveLimit) return 'inconclusive';
  // Only inconclusive answers within the limit is still no evidence: never a silent pass.
  return counts.pass > 0 ? 'pass' : 'inconclusive';
}

/** Score = share of metrics that passed; the verdict fails only when a failure drags it below min-score. */
export function overallVerdict(
  metrics: readonly MetricResult[],
  minScore: number,
): { score: number; verdict: Outcome } {
  const passed = metrics.filter((m) => m.outcome === 'pass').length;
  const score = metrics.length ? Math.round((100 * passed) / metrics.length) : 0;
  if (metrics.length && score >= minScore) return { score, verdict: 'pass' };
  return { score, verdict: metrics.some((m) => m.outcome === 'fail') ? 'fail' : 'inconclusive' };
}

export function reasonsOf(metrics: readonly MetricResult[]): string[] {
  return metrics.filter((m) => m.outcome !== 'pass').map((m) => `${m.name}: ${m.outcome} (${m.reason})`);
}
