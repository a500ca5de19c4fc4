import { decodeHistogram, percentileMs } from './histogram.js';
import { higherIsWorse, metricValue, type Measured, type Metric } from './metrics.js';
import type { TimelineEntry } from './recorder.js';
import { mannWhitney, median } from './statistics.js';
import type { RegressionRule } from './thresholds.js';
import type { Verdict } from './verdict.js';

/** Significance level: a worsening must be this unlikely under "same distribution" to fail the gate. */
export const ALPHA = 0.05;

export interface RegressionResult {
  expression: string;
  metric: string;
  baseline: number;
  current: number;
  /** Relative worsening as a fraction (positive = worse; Infinity when the baseline was 0). */
  change: number;
  allowed: number;
  /** One-sided Mann-Whitney p-value over the per-window samples, for "current is worse". */
  pValue: number;
  /** 1 - pValue. */
  confidence: number;
  /** Rank-biserial correlation, oriented so that positive means worse. */
  effectSize: number;
  samples: { baseline: number; current: number };
  verdict: Verdict;
}

/** The per-window samples of a metric; windows without traffic carry no latency sample. */
export function windowSamples(timeline: readonly TimelineEntry[], metric: Metric): number[] {
  const samples: number[] = [];
  for (const entry of timeline) {
    if (metric.kind === 'rate') {
      if (entry.durationMs > 0) samples.push(entry.requests / (entry.durationMs / 1000));
    } else if (metric.kind === 'ratio') {
      const attempts = entry.requests + entry.errors;
      if (attempts > 0) samples.push((entry.non2xx + entry.errors) / attempts);
    } else if (entry.requests > 0) {
      const histogram = decodeHistogram(entry.histogram);
      const window: Measured = {
        histogram,
        counts: { requests: entry.requests } as Measured['counts'],
        durationMs: entry.durationMs,
      };
      samples.push(
        metric.percentile !== undefined ? percentileMs(histogram, metric.percentile) : metricValue(window, metric),
      );
    }
  }
  return samples;
}

function relativeChange(metric: Metric, baseline: number, current: number): number {
  const worse = higherIsWorse(metric) ? current - baseline : baseline - current;
  if (baseline === 0) return worse > 0 ? Infinity : 0;
  return worse / Math.abs(baseline);
}

export interface Side {
  runs: readonly Measured[];
  timeline: readonly TimelineEntry[];
}

/**
 * Compares a release with a baseline on one metric. The headline numbers are the same medians the
 * thresholds use; whether the difference is real is decided by a Mann-Whitney U test over the
 * per-window samples. Fail needs both: worse by more than allowed AND significant at ALPHA.
 * Worse by more than allowed but not significant is a warn (it may be noise; run longer).
 */
export function compareWithBaseline(rule: RegressionRule, baseline: Side, current: Side): RegressionResult {
  const base = median(baseline.runs.map((run) => metricValue(run, rule.metric)));
  const now = median(current.runs.map((run) => metricValue(run, rule.metric)));
  const a = windowSamples(baseline.timeline, rule.metric);
  const b = windowSamples(current.timeline, rule.metric);
  const test = mannWhitney(a, b);
  const worseUp = higherIsWorse(rule.metric);
  const pValue = worseUp ? test.pGreater : test.pLess;
  const change = relativeChange(rule.metric, base, now);
  const exceeded = change > rule.allowed;
  const significant = pValue < ALPHA;
  const verdict: Verdict = exceeded ? (significant ? 'fail' : 'warn') : 'pass';
  return {
    expression: rule.expression,
    metric: rule.metric.name,
    baseline: base,
    current: now,
    change,
    allowed: rule.allowed,
    pValue: round(pValue, 6),
    confidence: round(1 - pValue, 6),
    effectSize: round(worseUp ? test.effectSize : -test.effectSize, 4),
    samples: { baseline: a.length, current: b.length },
    verdict,
  };
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
