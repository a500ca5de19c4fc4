import { mannWhitney, median } from '../perf/statistics.js';
import { formatNumber, observedValue } from './conditions.js';
import type { Direction, Outcome, Sample } from './types.js';
import type { Condition } from './conditions.js';

/** One-sided significance level of the Mann-Whitney test (Kayenta's default confidence, 95%). */
export const ALPHA = 0.05;
/** Fewer points per side than this say nothing about a difference. */
export const MIN_POINTS = 3;

export interface ComparisonDetail {
  canaryMedian: number;
  baselineMedian: number;
  /** Relative change of the canary's median in the bad direction (0.25 = 25% worse); Infinity from a zero baseline. */
  worsening: number;
  pValue: number;
  /** Rank-biserial correlation, + = canary higher. */
  effectSize: number;
  canaryPoints: number;
  baselinePoints: number;
}

export interface ComparisonJudgement {
  outcome: Outcome;
  reason: string;
  detail?: ComparisonDetail;
}

function numbers(samples: readonly Sample[], condition: Condition | undefined): number[] {
  return samples
    .map((s) => observedValue(condition, s))
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

function worseningOf(canary: number, baseline: number, direction: Direction): number {
  const change =
    baseline === 0 ? (canary === 0 ? 0 : Math.sign(canary) * Infinity) : (canary - baseline) / Math.abs(baseline);
  if (direction === 'increase') return change;
  if (direction === 'decrease') return -change;
  return Math.abs(change);
}

function pValueOf(baseline: number[], canary: number[], direction: Direction): { p: number; effect: number } {
  const test = mannWhitney(baseline, canary);
  const p =
    direction === 'increase'
      ? test.pGreater
      : direction === 'decrease'
        ? test.pLess
        : Math.min(1, 2 * Math.min(test.pGreater, test.pLess));
  return { p, effect: test.effectSize };
}

/**
 * Kayenta-style judgement of one metric: the canary fails only when it is worse than the baseline
 * by more than `maxDifference` (relative, on medians) AND the Mann-Whitney test finds the shift
 * significant, so noise between two healthy versions does not raise a false alarm.
 */
export function compareSamples(
  canarySamples: readonly Sample[],
  baselineSamples: readonly Sample[],
  options: { direction: Direction; maxDifference: number; condition?: Condition },
): ComparisonJudgement {
  const canary = numbers(canarySamples, options.condition);
  const baseline = numbers(baselineSamples, options.condition);
  if (canary.length < MIN_POINTS || baseline.length < MIN_POINTS)
    return {
      outcome: 'inconclusive',
      reason: `too few points to compare (canary ${canary.length}, baseline ${baseline.length}; need ${MIN_POINTS} each): no traffic or no series`,
    };
  const [canaryMedian, baselineMedian] = [median(canary), median(baseline)];
  const worsening = worseningOf(canaryMedian, baselineMedian, options.direction);
  const { p, effect } = pValueOf(baseline, canary, options.direction);
  const detail: ComparisonDetail = {
    canaryMedian,
    baselineMedian,
    worsening,
    pValue: p,
    effectSize: effect,
    canaryPoints: canary.length,
    baselinePoints: baseline.length,
  };
  const worse = worsening > options.maxDifference && p < ALPHA;
  const change = Number.isFinite(worsening) ? `${(worsening * 100).toFixed(1)}% worse` : 'worse than a zero baseline';
  const reason = `canary median ${formatNumber(canaryMedian)} vs baseline ${formatNumber(baselineMedian)} (${change}, allowed ${(options.maxDifference * 100).toFixed(1)}%; Mann-Whitney p=${formatNumber(p)})`;
  return { outcome: worse ? 'fail' : 'pass', reason, detail };
}
