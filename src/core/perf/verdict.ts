import { metricValue, type Measured } from './metrics.js';
import { median } from './statistics.js';
import { compare, type Threshold } from './thresholds.js';

export type Verdict = 'pass' | 'warn' | 'fail';

export interface ThresholdResult {
  expression: string;
  metric: string;
  op: Threshold['op'];
  limit: number;
  /** Median over runs of the metric (ms for latency, fraction for ratios). */
  measured: number;
  /** Each run's value, so a reader sees the spread behind the median. */
  perRun: number[];
  verdict: Verdict;
  /** The baseline report's value of the same metric, when a baseline was given. */
  baseline?: number;
}

/**
 * Judges one threshold on the median of its per-run values. Warn never loosens a threshold: it
 * flags a pass that sits within `warnMargin` (a fraction of the limit) of failing, like Kayenta's
 * "marginal". Equality thresholds and zero limits have no margin.
 */
export function judgeThreshold(threshold: Threshold, runs: readonly Measured[], warnMargin: number): ThresholdResult {
  const perRun = runs.map((run) => metricValue(run, threshold.metric));
  const measured = median(perRun);
  const base = {
    expression: threshold.expression,
    metric: threshold.metric.name,
    op: threshold.op,
    limit: threshold.limit,
    measured,
    perRun,
  };
  if (!compare(measured, threshold.op, threshold.limit)) return { ...base, verdict: 'fail' };
  // No response at all proves nothing about latency: `p(95) < 2s` must not pass on an empty histogram.
  if (threshold.metric.kind === 'latency' && runs.every((run) => run.histogram.totalCount === 0))
    return { ...base, verdict: 'fail' };
  return { ...base, verdict: nearLimit(threshold, measured, warnMargin) ? 'warn' : 'pass' };
}

function nearLimit({ op, limit }: Threshold, measured: number, margin: number): boolean {
  if (margin <= 0 || limit === 0) return false;
  const band = Math.abs(limit) * margin;
  if (op === '<' || op === '<=') return measured >= limit - band;
  if (op === '>' || op === '>=') return measured <= limit + band;
  return false;
}

/** The worst of several verdicts. */
export function worst(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('fail')) return 'fail';
  return verdicts.includes('warn') ? 'warn' : 'pass';
}

/**
 * Whether a threshold is already lost mid-run (for abort-on-fail). Counts only grow, so an upper
 * bound on a count is lost the moment it is crossed; other metrics are judged once `settled`
 * (enough of the run has passed for a percentile or rate to mean something).
 */
export function alreadyLost(threshold: Threshold, partial: Measured, settled: boolean): boolean {
  const value = metricValue(partial, threshold.metric);
  if (compare(value, threshold.op, threshold.limit)) return false;
  if (threshold.metric.kind === 'count') return ['<', '<=', '=='].includes(threshold.op);
  return settled;
}
